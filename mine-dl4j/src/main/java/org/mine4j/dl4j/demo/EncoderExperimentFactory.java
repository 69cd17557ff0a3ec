package org.mine4j.dl4j.demo;

import java.util.List;
import java.util.Map;
import org.mine4j.api.options.OptionSpec;
import org.mine4j.api.spi.ExperimentFactory;

/** Makes the {@code dl4j-encoders} experiment ({@link EncoderExperiment}). */
public final class EncoderExperimentFactory implements ExperimentFactory {
  /** The registered name. */
  public static final String NAME = "dl4j-encoders";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String description() {
    return "DL4J linear encoders trained with an MI term: maximise I(z; y) and minimise I(z; s)"
        + " beside a prediction loss, against the exact MI of each encoder";
  }

  @Override
  public List<OptionSpec> options() {
    return EncoderOptions.SPECS;
  }

  @Override
  public EncoderExperiment create(Map<String, String> options) {
    return new EncoderExperiment(EncoderOptions.from(options));
  }
}
