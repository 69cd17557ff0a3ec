package org.mine4j.api.spi;

import org.mine4j.api.Estimator;

/** Makes an {@link Estimator} from options; registered through {@link MinePlugin#estimators()}. */
public interface EstimatorFactory extends ComponentFactory<Estimator> {}
