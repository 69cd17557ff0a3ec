package org.mine4j.api.gradient;

/**
 * Whether a model raises or lowers an MI term. The critic always maximises its bound, whichever the
 * model does: an information-bottleneck encoder minimises I(X; Z) while its MINE critic maximises
 * the bound that estimates it (Belghazi et al. 2018, section 5.3; Alemi et al. 2017). Making the
 * direction a value rather than a sign typed by hand keeps a model from being wired to the wrong
 * side of the min-max.
 */
public enum Direction {
  /** The model maximises I (InfoMax encoders, MINE-regularised generators). */
  MAXIMISE,
  /** The model minimises I (information bottleneck, privacy). */
  MINIMISE;

  /**
   * +1 for {@link #MAXIMISE}, -1 for {@link #MINIMISE}: the sign of dI in the model's objective.
   */
  public double sign() {
    return this == MAXIMISE ? 1.0 : -1.0;
  }

  /**
   * The gradient of a loss to minimise, {@code -sign * beta * I}, with respect to the samples,
   * given dI/d(samples): what to add to the model's own loss gradient.
   */
  public SampleGradient lossGradient(SampleGradient miGradient, double beta) {
    return miGradient.scaled(-sign() * beta);
  }
}
