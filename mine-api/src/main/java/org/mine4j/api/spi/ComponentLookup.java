package org.mine4j.api.spi;

import java.util.List;

/**
 * The registered factories by kind and name: what an experiment or an estimator looks a component
 * up in (a critic network by name, the datasets an experiment samples). Unknown names fail with
 * {@link org.mine4j.api.ErrorCode#UNKNOWN_COMPONENT}, a did-you-mean and the known names. The CLI
 * builds one from every discovered {@link MinePlugin}; {@link PluginComponents} builds one from a
 * given list of plugins.
 */
public interface ComponentLookup {
  EstimatorFactory estimator(String name);

  DatasetFactory dataset(String name);

  NetworkFactory network(String name);

  ExperimentFactory experiment(String name);

  /** The registered names of one kind, sorted. */
  List<String> names(Kind kind);

  /** The kinds of component a plugin contributes. */
  enum Kind {
    ESTIMATOR("estimator"),
    DATASET("dataset"),
    NETWORK("network"),
    EXPERIMENT("experiment");

    private final String noun;

    Kind(String noun) {
      this.noun = noun;
    }

    /** The singular noun for messages, e.g. {@code estimator}. */
    public String noun() {
      return noun;
    }
  }
}
