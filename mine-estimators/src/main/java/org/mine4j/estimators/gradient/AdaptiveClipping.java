package org.mine4j.estimators.gradient;

import static java.util.Objects.requireNonNull;

/**
 * Adaptive gradient clipping of an MI term (Belghazi et al. 2018, eq. 21): the gradient of a model
 * trained on its own loss plus an MI term is combined as
 *
 * <pre>g = g_model + beta * min(|g_model|, |g_mi|) * g_mi / |g_mi|</pre>
 *
 * so that the MI term never dominates the model's own gradient, whatever the scale of the bound
 * (the MINE-GAN generator update). Norms are Euclidean over the whole parameter vector.
 */
public final class AdaptiveClipping {
  private AdaptiveClipping() {}

  /**
   * Writes the combined gradient into {@code modelGradient} (in place).
   *
   * @param modelGradient g_model, the gradient of the model's own loss; overwritten with g
   * @param miGradient g_mi, the gradient of the MI term's loss (its sign already that of a loss to
   *     minimise); a zero vector adds nothing
   * @param beta the weight of the MI term, >= 0
   */
  public static void combine(float[] modelGradient, float[] miGradient, double beta) {
    requireNonNull(modelGradient, "modelGradient is null");
    requireNonNull(miGradient, "miGradient is null");
    if (modelGradient.length != miGradient.length) {
      throw new IllegalArgumentException(
          "gradients of different lengths: " + modelGradient.length + " and " + miGradient.length);
    }
    if (!(beta >= 0) || Double.isInfinite(beta)) {
      throw new IllegalArgumentException("beta must be a finite number >= 0, found " + beta);
    }
    double miNorm = norm(miGradient);
    if (miNorm == 0) {
      return;
    }
    double scale = beta * Math.min(norm(modelGradient), miNorm) / miNorm;
    for (int i = 0; i < modelGradient.length; i++) {
      modelGradient[i] += (float) (scale * miGradient[i]);
    }
  }

  /** The Euclidean norm, accumulated in double. */
  public static double norm(float[] values) {
    double sum = 0;
    for (float v : values) {
      sum += (double) v * v;
    }
    return Math.sqrt(sum);
  }
}
