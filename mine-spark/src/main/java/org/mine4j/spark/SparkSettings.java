package org.mine4j.spark;

import java.util.Optional;
import java.util.OptionalInt;
import org.apache.spark.SparkConf;
import org.mine4j.api.MineException;

/**
 * The Spark configuration of a sweep: the master ({@code --master}, else {@code spark-submit}'s,
 * else {@code local[--parallel]}, else {@code local[*]}), the application name, one native thread
 * per executor task, and for local masters no web UI and the loopback address. A cluster master
 * needs {@code spark.jars} (spark-submit sets it to the application jar).
 */
final class SparkSettings {
  /** The application name Spark shows. */
  static final String APP_NAME = "mine4j bench run";

  private SparkSettings() {}

  /**
   * The configuration for a job; {@code spark.*} system properties (spark-submit's) are read.
   *
   * @throws MineException INVALID_OPTIONS for a cluster master without {@code spark.jars}
   */
  static SparkConf conf(OptionalInt parallel, Optional<String> master) {
    SparkConf conf = new SparkConf(true);
    if (master.isPresent()) {
      conf.setMaster(master.get());
    } else if (!conf.contains("spark.master")) {
      conf.setMaster(parallel.isPresent() ? "local[" + parallel.getAsInt() + "]" : "local[*]");
    }
    if (!conf.contains("spark.app.name")) {
      conf.setAppName(APP_NAME);
    }
    conf.setIfMissing("spark.executorEnv.OMP_NUM_THREADS", "1");
    conf.setIfMissing("spark.executorEnv.OPENBLAS_NUM_THREADS", "1");
    String chosen = conf.get("spark.master");
    if (isLocal(chosen)) {
      conf.setIfMissing("spark.ui.enabled", "false");
      conf.setIfMissing("spark.driver.host", "127.0.0.1");
      conf.setIfMissing("spark.driver.bindAddress", "127.0.0.1");
    } else if (conf.get("spark.jars", "").isBlank()) {
      // spark-submit ships its application jar; a driver started otherwise must name it.
      throw MineException.invalidOptions(
          "the executors of master "
              + chosen
              + " need the mine4j classes: spark-submit the shaded jar"
              + " mine-spark/target/mine-spark-VERSION-all.jar, or ship it from ./mine4j with"
              + " MINE4J_JAVA_OPTS=-Dspark.jars=PATH/TO/mine-spark-VERSION-all.jar (build it with"
              + " mvn -DskipTests package -pl mine-spark -am)");
    }
    return conf;
  }

  /** Whether the master runs Spark inside this JVM ({@code local}, {@code local[K]}, ...). */
  static boolean isLocal(String master) {
    return master.equals("local") || master.startsWith("local[");
  }
}
