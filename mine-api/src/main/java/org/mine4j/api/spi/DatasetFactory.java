package org.mine4j.api.spi;

import org.mine4j.api.data.Dataset;

/** Makes a {@link Dataset} from options; registered through {@link MinePlugin#datasets()}. */
public interface DatasetFactory extends ComponentFactory<Dataset> {}
