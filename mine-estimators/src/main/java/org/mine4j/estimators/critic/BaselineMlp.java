package org.mine4j.estimators.critic;

import static java.util.Objects.requireNonNull;

import java.nio.FloatBuffer;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.mine4j.api.data.Samples;
import org.mine4j.estimators.critic.internal.DenseKernels;
import org.mine4j.estimators.critic.internal.MlpTower;

/**
 * A learned baseline log a(y): an MLP from y to one number, trained jointly with the critic by the
 * bounds that need one (TUBA and the interpolated bound I_α of Poole et al. 2019, "On variational
 * bounds of mutual information", ICML). The optimal baseline of TUBA is a(y) = E_x e^{f(x, y)}, the
 * partition function of the critic for that y; learning it lowers the bound's variance without the
 * batch-dependent normaliser of InfoNCE.
 *
 * <p>Hidden layers use the given activation, the output is linear, weights start uniform in ±1/√fan
 * in. Like the critics it keeps the activations of the last training pass for {@link #backward};
 * {@link #evaluate} uses separate buffers and can interleave with training. Not thread-safe.
 */
public final class BaselineMlp {
  private final int dimY;
  private final int[] widths;
  private final float[] params;
  private final float[] grads;
  private final FloatBuffer paramBuffer;
  private final FloatBuffer gradBuffer;
  private final MlpTower training;
  private final MlpTower evaluation;
  private final Rows trainingRowsBuffer = new Rows();
  private final Rows evaluationRows = new Rows();
  private int trainingRows = -1;

  /**
   * @param hidden hidden layer sizes (at least one, each positive)
   * @throws IllegalArgumentException for a non-positive dimension or hidden size
   */
  public BaselineMlp(int dimY, int[] hidden, Activation activation, long seed) {
    requireNonNull(hidden, "hidden is null");
    requireNonNull(activation, "activation is null");
    if (dimY <= 0) {
      throw new IllegalArgumentException("dimY must be positive, found " + dimY);
    }
    this.dimY = dimY;
    this.widths = new int[hidden.length + 2];
    widths[0] = dimY;
    System.arraycopy(MlpCriticOptions.checkedHidden(hidden), 0, widths, 1, hidden.length);
    widths[hidden.length + 1] = 1;
    int count = MlpTower.parameterCount(widths);
    this.params = new float[count];
    this.grads = new float[count];
    this.paramBuffer = FloatBuffer.wrap(params);
    this.gradBuffer = FloatBuffer.wrap(grads);
    this.training = new MlpTower(widths, activation, 0);
    this.evaluation = new MlpTower(widths, activation, 0);
    SplittableRandom random = new SplittableRandom(seed);
    for (int l = 0; l < training.layers(); l++) {
      double bound = 1.0 / Math.sqrt(training.fanIn(l));
      int start = training.weightOffset(l);
      int end = start + (training.fanIn(l) + 1) * training.fanOut(l);
      for (int i = start; i < end; i++) {
        params[i] = (float) random.nextDouble(-bound, bound);
      }
    }
  }

  /** log a(y_j) for every row of the batch; keeps the activations for {@link #backward}. */
  public float[] forward(Samples batch) {
    int rows = trainingRowsBuffer.load(batch, dimY);
    training.load(params);
    training.forward(trainingRowsBuffer.ys, 0, rows, trainingRowsBuffer.out);
    trainingRows = rows;
    return trainingRowsBuffer.column(rows);
  }

  /**
   * Sets {@link #gradients()} to d(loss)/d(θ) given d(loss)/d(log a(y_j)) for the rows of the last
   * {@link #forward}.
   */
  public void backward(float[] logBaselineGradient) {
    backward(logBaselineGradient, null);
  }

  /**
   * As {@link #backward(float[])}, and also writes d(loss)/dy of each row of the last {@link
   * #forward} into {@code yGradient} (rows x dimY, row-major, overwritten) when it is not null: the
   * baseline's share of the gradient with respect to y.
   */
  public void backward(float[] logBaselineGradient, float[] yGradient) {
    requireNonNull(logBaselineGradient, "logBaselineGradient is null");
    if (trainingRows < 0) {
      throw new IllegalStateException("backward needs a forward pass first");
    }
    if (logBaselineGradient.length != trainingRows) {
      throw new IllegalArgumentException(
          "expected " + trainingRows + " gradient values, found " + logBaselineGradient.length);
    }
    for (int j = 0; j < trainingRows; j++) {
      trainingRowsBuffer.dOut[j][0] = logBaselineGradient[j];
    }
    Arrays.fill(grads, 0f);
    if (yGradient == null) {
      training.backward(trainingRowsBuffer.dOut, grads);
      return;
    }
    if (yGradient.length != trainingRows * dimY) {
      throw new IllegalArgumentException(
          "yGradient has " + yGradient.length + " values for " + trainingRows + " x " + dimY);
    }
    training.backward(trainingRowsBuffer.dOut, grads, trainingRowsBuffer.dIn);
    for (int j = 0; j < trainingRows; j++) {
      System.arraycopy(trainingRowsBuffer.dIn[j], 0, yGradient, j * dimY, dimY);
    }
  }

  /** log a(y_j) for every row, without touching the training pass's state. */
  public float[] evaluate(Samples rows) {
    int n = evaluationRows.load(rows, dimY);
    evaluation.load(params);
    evaluation.forward(evaluationRows.ys, 0, n, evaluationRows.out);
    return evaluationRows.column(n);
  }

  /** The flat parameters (a live view: the optimiser updates them in place). */
  public FloatBuffer parameters() {
    return paramBuffer;
  }

  /** d(loss)/d(θ) of the last {@link #backward}, same layout as {@link #parameters()}. */
  public FloatBuffer gradients() {
    return gradBuffer;
  }

  public int parameterCount() {
    return params.length;
  }

  /** E.g. {@code baseline mlp 20-64-1}. */
  public String description() {
    StringBuilder text = new StringBuilder("baseline mlp ");
    for (int l = 0; l < widths.length; l++) {
      text.append(l == 0 ? "" : "-").append(widths[l]);
    }
    return text.toString();
  }

  /** Row buffers of one pass: inputs y, outputs log a(y), and their gradients. */
  private static final class Rows {
    float[][] ys = new float[0][];
    float[][] out = new float[0][];
    float[][] dOut = new float[0][];
    float[][] dIn = new float[0][];

    int load(Samples batch, int dimY) {
      requireNonNull(batch, "batch is null");
      if (batch.dimY() != dimY) {
        throw new IllegalArgumentException(
            "the baseline was built for dimY=" + dimY + ", found " + batch.dimY());
      }
      int rows = batch.rows();
      if (ys.length < rows) {
        ys = DenseKernels.rows(rows, dimY);
        out = DenseKernels.rows(rows, 1);
        dOut = DenseKernels.rows(rows, 1);
        dIn = DenseKernels.rows(rows, dimY);
      }
      for (int r = 0; r < rows; r++) {
        batch.copyY(r, ys[r], 0);
      }
      return rows;
    }

    float[] column(int rows) {
      float[] values = new float[rows];
      for (int j = 0; j < rows; j++) {
        values[j] = out[j][0];
      }
      return values;
    }
  }
}
