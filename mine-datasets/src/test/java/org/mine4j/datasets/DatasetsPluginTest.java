package org.mine4j.datasets;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.mine4j.api.spi.DatasetFactory;
import org.mine4j.api.spi.MinePlugin;

class DatasetsPluginTest {
  @Test
  void serviceLoaderFindsThePlugin() {
    List<MinePlugin> plugins =
        ServiceLoader.load(MinePlugin.class).stream().map(ServiceLoader.Provider::get).toList();

    assertThat(plugins)
        .filteredOn(p -> p instanceof DatasetsPlugin)
        .singleElement()
        .extracting(MinePlugin::name)
        .isEqualTo("mine-datasets");
  }

  @Test
  void contributesItsDatasets() {
    DatasetsPlugin plugin = new DatasetsPlugin();

    assertThat(plugin.datasets())
        .extracting(DatasetFactory::name)
        .containsExactly(
            "correlated-gaussian",
            "gaussian",
            "dense-gaussian",
            "sparse-gaussian",
            "student-t",
            "additive-uniform",
            "one-hot",
            "discrete-continuous",
            "nonlinear",
            "gaussian-mixture",
            "bmi",
            "csv",
            "mnist",
            "fashion-mnist");
    assertThat(plugin.estimators()).isEmpty();
    assertThat(plugin.experiments()).isEmpty();
    assertThat(plugin.networks()).isEmpty();
  }
}
