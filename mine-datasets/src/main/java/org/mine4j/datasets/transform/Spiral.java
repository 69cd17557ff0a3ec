package org.mine4j.datasets.transform;

/**
 * The spiral diffeomorphism of Czyż et al. 2023 ("Beyond normal"): x ↦ exp(s·A·‖x‖²)·x, A the
 * generator of rotations in the plane of coordinates (i, j) (A_ij = −1, A_ji = 1). The point turns
 * in that plane by the angle θ = s‖x‖²: x'_i = x_i cos θ − x_j sin θ, x'_j = x_i sin θ + x_j cos θ,
 * the other coordinates unchanged. A rotation keeps ‖x‖, so θ can be read off the image and the
 * inverse turns back by −s‖x'‖².
 *
 * <p>bmi uses s = 1/n (speed 1 normalised by the dimension), the plane (0, 1) for X and (1, 2) for
 * Y.
 */
public final class Spiral implements Transform {
  private final int dimension;
  private final int first;
  private final int second;
  private final double speed;

  /**
   * @param dimension n ≥ 2
   * @param first i, a coordinate index
   * @param second j, with i &lt; j &lt; n
   * @param speed s, finite
   */
  public Spiral(int dimension, int first, int second, double speed) {
    if (dimension < 2) {
      throw new IllegalArgumentException(
          "spiral needs a side of dimension at least 2, found " + dimension);
    }
    if (!(0 <= first && first < second && second < dimension)) {
      throw new IllegalArgumentException(
          "spiral plane ("
              + first
              + ", "
              + second
              + ") is not a pair of coordinates of R^"
              + dimension);
    }
    if (!Double.isFinite(speed)) {
      throw new IllegalArgumentException("spiral speed must be finite, found " + speed);
    }
    this.dimension = dimension;
    this.first = first;
    this.second = second;
    this.speed = speed;
  }

  /** The map the {@code spiral} option builds: plane (0, 1), speed 1/n. */
  public static Spiral standard(int dimension) {
    return new Spiral(dimension, 0, 1, 1.0 / dimension);
  }

  @Override
  public String optionName() {
    return "spiral";
  }

  @Override
  public int outputDimension(int inputDimension) {
    if (inputDimension != dimension) {
      throw new IllegalArgumentException(
          "this spiral acts on R^" + dimension + ", not on R^" + inputDimension);
    }
    return dimension;
  }

  @Override
  public void forward(double[] in, double[] out) {
    rotate(in, out, speed * squaredNorm(in));
  }

  @Override
  public void inverse(double[] in, double[] out) {
    rotate(in, out, -speed * squaredNorm(in));
  }

  private void rotate(double[] in, double[] out, double angle) {
    System.arraycopy(in, 0, out, 0, dimension);
    double cos = Math.cos(angle);
    double sin = Math.sin(angle);
    out[first] = in[first] * cos - in[second] * sin;
    out[second] = in[first] * sin + in[second] * cos;
  }

  private static double squaredNorm(double[] x) {
    double sum = 0.0;
    for (double v : x) {
      sum += v * v;
    }
    return sum;
  }
}
