package org.mine4j.bench.plugins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mine4j.api.ErrorCode;
import org.mine4j.api.MineException;
import org.mine4j.api.spi.EstimatorFactory;
import org.mine4j.api.spi.MinePlugin;
import org.mine4j.bench.fakes.FakeEstimatorFactory;
import org.mine4j.bench.fakes.FakePlugin;

class PluginRegistryTest {
  @Test
  void serviceLoaderFindsThePluginsOnTheClassPath() {
    PluginRegistry registry = PluginRegistry.discover(getClass().getClassLoader());

    assertThat(registry.pluginNames()).contains("mine-bench-test-fakes");
    assertThat(registry.estimators()).containsKeys("fake-constant", "fake-diverging");
    assertThat(registry.datasets()).containsKey("fake-gaussian");
  }

  @Test
  void theRealPluginsAreOnTheCompositionRootsClassPath() {
    Components components = Components.discover();

    assertThat(components.estimators().names()).contains("dv", "mine", "nwj");
    assertThat(components.datasets().names()).contains("correlated-gaussian", "csv");
  }

  @Test
  void serviceLoaderFindsTheBenchPluginAndItsExperiments() {
    PluginRegistry registry = PluginRegistry.discover(getClass().getClassLoader());

    assertThat(registry.pluginNames()).contains("mine-bench");
    assertThat(registry.experiments()).containsKeys("mine-vs-ksg", "nonlinear");
  }

  @Test
  void noPluginsFailsNamingTheServicesFile() {
    assertThatThrownBy(() -> PluginRegistry.of(List.of()))
        .isInstanceOf(MineException.class)
        .hasMessageContaining("no mine4j plugins found")
        .hasMessageContaining("META-INF/services/org.mine4j.api.spi.MinePlugin")
        .extracting(e -> ((MineException) e).code())
        .isEqualTo(ErrorCode.UNKNOWN_COMPONENT);
  }

  @Test
  void aServiceLoaderThatFindsNothingFails() {
    ClassLoader empty = new ClassLoader(null) {};

    assertThatThrownBy(() -> PluginRegistry.discover(empty))
        .isInstanceOf(MineException.class)
        .hasMessageContaining("no mine4j plugins found");
  }

  @Test
  void aDuplicateNameFailsNamingBothPlugins() {
    MinePlugin copy = new NamedPlugin("copycat", FakeEstimatorFactory.constant());

    assertThatThrownBy(() -> PluginRegistry.of(List.of(new FakePlugin(), copy)))
        .isInstanceOf(MineException.class)
        .hasMessage(
            "estimator 'fake-constant' is registered twice: by plugin 'mine-bench-test-fakes' and"
                + " by plugin 'copycat'; remove one of them from the class path")
        .extracting(e -> ((MineException) e).code())
        .isEqualTo(ErrorCode.DUPLICATE_COMPONENT);
  }

  @Test
  void anUnknownNameFailsWithDidYouMeanAndTheKnownNames() {
    Components components =
        Components.create(
            PluginRegistry.of(
                List.of(
                    new NamedPlugin(
                        "names",
                        new RenamedFactory("nwj"),
                        new RenamedFactory("mine"),
                        new RenamedFactory("dv")))));

    assertThatThrownBy(() -> components.estimators().get("mien"))
        .isInstanceOf(MineException.class)
        .hasMessage("unknown estimator 'mien'; did you mean 'mine'? known: dv, mine, nwj")
        .extracting(e -> ((MineException) e).code())
        .isEqualTo(ErrorCode.UNKNOWN_COMPONENT);
    assertThatThrownBy(() -> components.estimators().get("ksg"))
        .hasMessage("unknown estimator 'ksg'; known: dv, mine, nwj");
    assertThatThrownBy(() -> components.datasets().get("csv"))
        .hasMessage("unknown dataset 'csv'; known: (none registered)");
  }

  @Test
  void theInjectorBindsEveryFactoryByName() {
    Components components = Components.create(PluginRegistry.of(List.of(new FakePlugin())));

    assertThat(components.estimators().names())
        .containsExactly(
            "fake-broken",
            "fake-constant",
            "fake-correlation",
            "fake-dimension-ratio",
            "fake-diverging",
            "fake-noisy",
            "fake-slow");
    assertThat(components.estimators().get("fake-constant").name()).isEqualTo("fake-constant");
    assertThat(components.datasets().names()).containsExactly("fake-gaussian");
    assertThat(components.experiments().names()).isEmpty();
    assertThat(components.networks().names()).isEmpty();
  }

  /** A plugin contributing the given estimator factories. */
  private record NamedPlugin(String name, List<EstimatorFactory> factories) implements MinePlugin {
    NamedPlugin(String name, EstimatorFactory... factories) {
      this(name, List.of(factories));
    }

    @Override
    public List<EstimatorFactory> estimators() {
      return factories;
    }
  }

  /** The constant fake under another name. */
  private record RenamedFactory(String name) implements EstimatorFactory {
    @Override
    public String description() {
      return "renamed fake";
    }

    @Override
    public List<org.mine4j.api.options.OptionSpec> options() {
      return List.of();
    }

    @Override
    public org.mine4j.api.Estimator create(java.util.Map<String, String> options) {
      return FakeEstimatorFactory.constant().create(options);
    }
  }
}
