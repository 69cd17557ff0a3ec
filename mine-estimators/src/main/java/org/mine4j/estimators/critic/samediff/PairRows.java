package org.mine4j.estimators.critic.samediff;

import org.mine4j.api.data.Samples;
import org.mine4j.api.network.PairIndex;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The x and y rows of a run of pairs as two ND4J float matrices (pairs x dimX, pairs x dimY), the
 * inputs of a SameDiff critic; the arrays are reused while the number of pairs stays the same.
 */
final class PairRows {
  private final int dimX;
  private final int dimY;
  private float[] xs = new float[0];
  private float[] ys = new float[0];
  private INDArray x;
  private INDArray y;

  PairRows(int dimX, int dimY) {
    this.dimX = dimX;
    this.dimY = dimY;
  }

  /**
   * Gathers pairs {@code from} to {@code from + count - 1}: row p is (x_{xRows[p]}, y_{yRows[p]}).
   */
  void fill(Samples batch, PairIndex pairs, int from, int count) {
    if (x == null || x.rows() != count) {
      xs = new float[count * dimX];
      ys = new float[count * dimY];
      x = NdArrays.floats(count, dimX);
      y = NdArrays.floats(count, dimY);
    }
    for (int p = 0; p < count; p++) {
      batch.copyX(pairs.xRow(from + p), xs, p * dimX);
      batch.copyY(pairs.yRow(from + p), ys, p * dimY);
    }
    NdArrays.write(xs, 0, x);
    NdArrays.write(ys, 0, y);
  }

  INDArray x() {
    return x;
  }

  INDArray y() {
    return y;
  }

  /**
   * Adds the rows of a pair gradient (pairs x width) into the sample rows they came from: {@code
   * out[rowIndex(p) * width + c] += pairGradient[p][c]}, {@code out} cleared first.
   */
  static void scatter(
      INDArray pairGradient, java.util.function.IntUnaryOperator rowIndex, int width, float[] out) {
    java.util.Arrays.fill(out, 0f);
    float[] pairs = new float[(int) pairGradient.length()];
    NdArrays.read(pairGradient, pairs, 0);
    for (int p = 0; p < pairs.length / width; p++) {
      int base = rowIndex.applyAsInt(p) * width;
      for (int c = 0; c < width; c++) {
        out[base + c] += pairs[p * width + c];
      }
    }
  }
}
