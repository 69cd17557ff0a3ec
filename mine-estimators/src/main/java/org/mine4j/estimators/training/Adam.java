package org.mine4j.estimators.training;

import static java.util.Objects.requireNonNull;

import java.nio.FloatBuffer;

/**
 * Adam (Kingma &amp; Ba 2015) over one flat parameter vector, with PyTorch's {@code
 * torch.optim.Adam} semantics (beta1 0.9, beta2 0.999, eps 1e-8, bias correction, no weight decay),
 * the optimiser of the MINE paper's experiments (Belghazi et al. 2018). Per step t: m = b1 m + (1 -
 * b1) g; v = b2 v + (1 - b2) g^2; p -= lr / (1 - b1^t) * m / (sqrt(v) / sqrt(1 - b2^t) + eps).
 *
 * <p>It keeps its moments in heap float arrays and updates the parameters in place with plain loops
 * (which the JIT vectorises); a gradient ascent caller negates its gradient first. Not thread-safe.
 */
public final class Adam {
  private static final double BETA1 = 0.9;
  private static final double BETA2 = 0.999;
  private static final float EPS = 1e-8f;

  private final int parameterCount;
  private final double learningRate;
  private final float[] firstMoment;
  private final float[] secondMoment;
  private float[] parameterScratch;
  private float[] gradientScratch;
  private long steps;

  /**
   * An optimiser for {@code parameterCount} parameters with step size {@code learningRate}.
   *
   * @throws IllegalArgumentException for a negative count or a learning rate that is not a positive
   *     finite number
   */
  public Adam(int parameterCount, double learningRate) {
    if (parameterCount < 0) {
      throw new IllegalArgumentException("parameterCount must be >= 0, found " + parameterCount);
    }
    if (!(learningRate > 0) || !Double.isFinite(learningRate)) {
      throw new IllegalArgumentException(
          "learningRate must be a positive number, found " + learningRate);
    }
    this.parameterCount = parameterCount;
    this.learningRate = learningRate;
    this.firstMoment = new float[parameterCount];
    this.secondMoment = new float[parameterCount];
  }

  /** The number of steps taken so far. */
  public long steps() {
    return steps;
  }

  /**
   * One Adam step: reads {@code gradients[0 .. parameterCount)} and updates {@code parameters[0 ..
   * parameterCount)} in place. Uses absolute indices; neither buffer's position moves. Heap buffers
   * over a whole array are updated through the array; direct buffers are copied in bulk to heap
   * scratch and back, which is faster than element access.
   */
  public void step(FloatBuffer parameters, FloatBuffer gradients) {
    requireNonNull(parameters, "parameters is null");
    requireNonNull(gradients, "gradients is null");
    if (parameters.limit() < parameterCount || gradients.limit() < parameterCount) {
      throw new IllegalArgumentException(
          "Adam was built for "
              + parameterCount
              + " parameters but the buffers hold "
              + parameters.limit()
              + " parameters and "
              + gradients.limit()
              + " gradients");
    }
    if (parameters.isReadOnly()) {
      throw new IllegalArgumentException("parameters is a read-only buffer");
    }
    steps++;
    // The update loop indexes every array from 0 (C2 vectorises it only then): heap buffers over a
    // whole array are
    // used directly, anything else (direct buffers, slices) goes through heap scratch with bulk
    // copies.
    boolean heapParameters = parameters.hasArray() && parameters.arrayOffset() == 0;
    boolean heapGradients = gradients.hasArray() && gradients.arrayOffset() == 0;
    float[] p = heapParameters ? parameters.array() : scratchParameters();
    float[] g = heapGradients ? gradients.array() : scratchGradients();
    if (!heapParameters) {
      parameters.get(0, p, 0, parameterCount);
    }
    if (!heapGradients) {
      gradients.get(0, g, 0, parameterCount);
    }
    update(p, g);
    if (!heapParameters) {
      parameters.put(0, p, 0, parameterCount);
    }
  }

  private float[] scratchParameters() {
    if (parameterScratch == null) {
      parameterScratch = new float[parameterCount];
    }
    return parameterScratch;
  }

  private float[] scratchGradients() {
    if (gradientScratch == null) {
      gradientScratch = new float[parameterCount];
    }
    return gradientScratch;
  }

  private void update(float[] p, float[] g) {
    double biasCorrection1 = 1 - Math.pow(BETA1, steps);
    double biasCorrection2 = 1 - Math.pow(BETA2, steps);
    float beta1 = (float) BETA1;
    float beta2 = (float) BETA2;
    float oneMinusBeta1 = (float) (1 - BETA1);
    float oneMinusBeta2 = (float) (1 - BETA2);
    float negativeStepSize = (float) (-learningRate / biasCorrection1);
    float correction2Sqrt = (float) Math.sqrt(biasCorrection2);
    float[] m = firstMoment;
    float[] v = secondMoment;
    for (int i = 0; i < parameterCount; i++) {
      float gi = g[i];
      float mi = m[i] * beta1 + oneMinusBeta1 * gi;
      float vi = v[i] * beta2 + oneMinusBeta2 * gi * gi;
      m[i] = mi;
      v[i] = vi;
      float denominator = (float) Math.sqrt(vi) / correction2Sqrt + EPS;
      p[i] += negativeStepSize * (mi / denominator);
    }
  }
}
