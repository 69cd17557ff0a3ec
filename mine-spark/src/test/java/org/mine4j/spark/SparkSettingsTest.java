package org.mine4j.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.apache.spark.SparkConf;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mine4j.bench.plugins.Components;
import org.mine4j.bench.results.Json;
import org.mine4j.bench.sweep.RunExecutor;
import org.mine4j.bench.sweep.SweepJob;

/** The master and the settings a Spark sweep runs with. */
class SparkSettingsTest {
  private static final RunExecutor EXECUTOR = executor();

  @AfterEach
  void clearSparkSubmitsProperty() {
    System.clearProperty("spark.master");
  }

  @Test
  void theMasterOptionWins() {
    System.setProperty("spark.master", "spark://cluster:7077");

    SparkConf conf = SparkSettings.conf(job(OptionalInt.of(3), Optional.of("local[2]")));

    assertThat(conf.get("spark.master")).isEqualTo("local[2]");
    assertThat(conf.get("spark.ui.enabled")).isEqualTo("false");
    assertThat(conf.get("spark.executorEnv.OMP_NUM_THREADS")).isEqualTo("1");
  }

  @Test
  void sparkSubmitsMasterComesNext() {
    System.setProperty("spark.master", "spark://cluster:7077");

    SparkConf conf = SparkSettings.conf(job(OptionalInt.of(3), Optional.empty()));

    assertThat(conf.get("spark.master")).isEqualTo("spark://cluster:7077");
    // A cluster keeps its web UI and its own addresses.
    assertThat(conf.contains("spark.ui.enabled")).isFalse();
    assertThat(conf.contains("spark.driver.host")).isFalse();
  }

  @Test
  void withoutEitherTheParallelismOrEveryCoreIsUsedLocally() {
    assertThat(SparkSettings.conf(job(OptionalInt.of(3), Optional.empty())).get("spark.master"))
        .isEqualTo("local[3]");
    assertThat(SparkSettings.conf(job(OptionalInt.empty(), Optional.empty())).get("spark.master"))
        .isEqualTo("local[*]");
  }

  @Test
  void localMastersAreRecognised() {
    assertThat(SparkSettings.isLocal("local")).isTrue();
    assertThat(SparkSettings.isLocal("local[4]")).isTrue();
    assertThat(SparkSettings.isLocal("local[*,2]")).isTrue();
    assertThat(SparkSettings.isLocal("spark://h:7077")).isFalse();
    assertThat(SparkSettings.isLocal("yarn")).isFalse();
  }

  private static SweepJob job(OptionalInt parallel, Optional<String> master) {
    ObjectNode environment = Json.MAPPER.createObjectNode();
    return new SweepJob(List.of(), EXECUTOR, 0, environment, parallel, master);
  }

  private static RunExecutor executor() {
    Components components = Components.discover();
    return new RunExecutor(components.estimators(), components.datasets());
  }
}
