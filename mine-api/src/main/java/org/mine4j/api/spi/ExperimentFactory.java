package org.mine4j.api.spi;

import org.mine4j.api.experiment.Experiment;

/**
 * Makes an {@link Experiment} from options; registered through {@link MinePlugin#experiments()}.
 */
public interface ExperimentFactory extends ComponentFactory<Experiment> {}
