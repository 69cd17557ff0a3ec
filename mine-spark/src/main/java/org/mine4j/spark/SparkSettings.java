package org.mine4j.spark;

import org.apache.spark.SparkConf;
import org.mine4j.bench.sweep.SweepJob;

/**
 * The Spark configuration of a sweep: the master ({@code --master}, else {@code spark-submit}'s,
 * else {@code local[--parallel]}, else {@code local[*]}), the application name, one native thread
 * per executor task, and for local masters no web UI and the loopback address.
 */
final class SparkSettings {
  /** The application name Spark shows. */
  static final String APP_NAME = "mine4j bench run";

  private SparkSettings() {}

  /** The configuration for a job; {@code spark.*} system properties (spark-submit's) are read. */
  static SparkConf conf(SweepJob job) {
    SparkConf conf = new SparkConf(true);
    if (job.master().isPresent()) {
      conf.setMaster(job.master().get());
    } else if (!conf.contains("spark.master")) {
      conf.setMaster(
          job.parallel().isPresent() ? "local[" + job.parallel().getAsInt() + "]" : "local[*]");
    }
    if (!conf.contains("spark.app.name")) {
      conf.setAppName(APP_NAME);
    }
    conf.setIfMissing("spark.executorEnv.OMP_NUM_THREADS", "1");
    conf.setIfMissing("spark.executorEnv.OPENBLAS_NUM_THREADS", "1");
    if (isLocal(conf.get("spark.master"))) {
      conf.setIfMissing("spark.ui.enabled", "false");
      conf.setIfMissing("spark.driver.host", "127.0.0.1");
      conf.setIfMissing("spark.driver.bindAddress", "127.0.0.1");
    }
    return conf;
  }

  /** Whether the master runs Spark inside this JVM ({@code local}, {@code local[K]}, ...). */
  static boolean isLocal(String master) {
    return master.equals("local") || master.startsWith("local[");
  }
}
