package org.mine4j.datasets.transform;

/**
 * The Swiss-roll embedding of Czyż et al. 2023 ("Beyond normal", bmi's {@code swissroll_x}): a
 * one-dimensional u ∈ [0, 1] goes to the curve point (t cos t, t sin t)/21 with t = 1.5π(1 + 2u) ∈
 * [1.5π, 4.5π]. The radius is t/21 &gt; 0 and grows with u, so the map is injective and the inverse
 * on its image is u = (21‖v‖/(1.5π) − 1)/2. It is invertible for inputs above −½ (t &gt; 0); use it
 * after a map onto (0, 1), as bmi does after the normal CDF. MI with a 1-D X is unchanged.
 */
public final class SwissRoll implements Transform {
  private static final double SCALE = 21.0;

  @Override
  public String optionName() {
    return "swiss-roll";
  }

  @Override
  public int outputDimension(int inputDimension) {
    if (inputDimension != 1) {
      throw new IllegalArgumentException(
          "swiss-roll embeds a one-dimensional side into the plane; this side has dimension "
              + inputDimension
              + " (use it with dim-x = 1 or dim-y = 1)");
    }
    return 2;
  }

  @Override
  public void forward(double[] in, double[] out) {
    double t = 1.5 * Math.PI * (1.0 + 2.0 * in[0]);
    out[0] = t * Math.cos(t) / SCALE;
    out[1] = t * Math.sin(t) / SCALE;
  }

  @Override
  public void inverse(double[] in, double[] out) {
    double t = SCALE * Math.hypot(in[0], in[1]);
    out[0] = (t / (1.5 * Math.PI) - 1.0) / 2.0;
  }
}
