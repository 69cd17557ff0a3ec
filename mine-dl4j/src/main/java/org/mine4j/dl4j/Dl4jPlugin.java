package org.mine4j.dl4j;

import java.util.List;
import org.mine4j.api.spi.ExperimentFactory;
import org.mine4j.api.spi.MinePlugin;
import org.mine4j.dl4j.demo.EncoderExperimentFactory;

/**
 * The mine-dl4j plugin: the {@code dl4j-encoders} experiment ({@link EncoderExperimentFactory}).
 */
public final class Dl4jPlugin implements MinePlugin {
  @Override
  public String name() {
    return "mine-dl4j";
  }

  @Override
  public List<ExperimentFactory> experiments() {
    return List.of(new EncoderExperimentFactory());
  }
}
