package org.mine4j.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import java.util.OptionalInt;
import org.apache.spark.SparkConf;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mine4j.api.MineException;

/** The master and the settings a Spark sweep runs with. */
class SparkSettingsTest {
  @AfterEach
  void clearSparkSubmitsProperties() {
    System.clearProperty("spark.master");
    System.clearProperty("spark.jars");
  }

  @Test
  void theMasterOptionWins() {
    System.setProperty("spark.master", "spark://cluster:7077");

    SparkConf conf = SparkSettings.conf(OptionalInt.of(3), Optional.of("local[2]"));

    assertThat(conf.get("spark.master")).isEqualTo("local[2]");
    assertThat(conf.get("spark.ui.enabled")).isEqualTo("false");
    assertThat(conf.get("spark.executorEnv.OMP_NUM_THREADS")).isEqualTo("1");
  }

  @Test
  void sparkSubmitsMasterComesNext() {
    System.setProperty("spark.master", "spark://cluster:7077");
    System.setProperty("spark.jars", "file:/apps/mine-spark-all.jar");

    SparkConf conf = SparkSettings.conf(OptionalInt.of(3), Optional.empty());

    assertThat(conf.get("spark.master")).isEqualTo("spark://cluster:7077");
    // A cluster keeps its web UI and its own addresses.
    assertThat(conf.contains("spark.ui.enabled")).isFalse();
    assertThat(conf.contains("spark.driver.host")).isFalse();
  }

  @Test
  void aClusterMasterWithoutTheApplicationJarIsRefusedWithTheFix() {
    assertThatThrownBy(
            () -> SparkSettings.conf(OptionalInt.empty(), Optional.of("spark://cluster:7077")))
        .isInstanceOf(MineException.class)
        .hasMessageContaining("need the mine4j classes")
        .hasMessageContaining("-Dspark.jars=");
  }

  @Test
  void withoutEitherTheParallelismOrEveryCoreIsUsedLocally() {
    assertThat(SparkSettings.conf(OptionalInt.of(3), Optional.empty()).get("spark.master"))
        .isEqualTo("local[3]");
    assertThat(SparkSettings.conf(OptionalInt.empty(), Optional.empty()).get("spark.master"))
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
}
