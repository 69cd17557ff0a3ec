package org.mine4j.estimators.critic.internal;

/**
 * Plain-Java dense kernels for the small multilayer perceptrons of MINE critics (Belghazi et al.
 * 2018): row times matrix, rank-1 gradient accumulation and dot products, on matrices stored as
 * arrays of row arrays.
 *
 * <p>Why rows: HotSpot C2 (Java 17) vectorises {@code c[j] += a * b[j]} with AVX only when every
 * array access in the loop uses the same index expression; an offset such as {@code b[bOff + j]}
 * leaves the loop scalar (measured: 3 GFLOP/s with offsets, 20-30 GFLOP/s without). Each kernel
 * therefore runs over whole row arrays indexed from 0, with four rank-1 terms per pass to cut loads
 * and stores. Zero entries of the left operand are skipped: after a ReLU about half the activations
 * are exactly zero, which halves the arithmetic. Every kernel is deterministic: the summation order
 * depends only on the data.
 */
public final class DenseKernels {
  private DenseKernels() {}

  /**
   * {@code c[0 .. cols) += sum_k a[k] * b[k][0 .. cols)} for {@code k < inner}: a row times a
   * matrix given by its rows, skipping zero entries of {@code a}.
   *
   * @param nonZero scratch of length at least {@code inner}
   */
  public static void accumulateRowTimesMatrix(
      float[] a, int inner, float[][] b, int cols, float[] c, int[] nonZero) {
    accumulateRowTimesMatrix(a, 0, inner, b, cols, c, nonZero);
  }

  /**
   * {@code c[0 .. cols) += sum_k a[k] * b[k][0 .. cols)} for {@code from <= k < to}, skipping zero
   * entries of {@code a}.
   *
   * @param nonZero scratch of length at least {@code to - from}
   */
  public static void accumulateRowTimesMatrix(
      float[] a, int from, int to, float[][] b, int cols, float[] c, int[] nonZero) {
    int count = compactNonZero(a, from, to, nonZero);
    int t = 0;
    for (; t + 3 < count; t += 4) {
      int k0 = nonZero[t];
      int k1 = nonZero[t + 1];
      int k2 = nonZero[t + 2];
      int k3 = nonZero[t + 3];
      accumulate4(c, cols, a[k0], b[k0], a[k1], b[k1], a[k2], b[k2], a[k3], b[k3]);
    }
    for (; t < count; t++) {
      accumulate1(c, cols, a[nonZero[t]], b[nonZero[t]]);
    }
  }

  /**
   * Writes the k in {@code [from, to)} with {@code a[k] != 0} to {@code nonZero} in increasing
   * order and returns their number. Branch-free: after a ReLU the zeros fall at random, and a
   * branch on each would be mispredicted half of the time.
   */
  static int compactNonZero(float[] a, int from, int to, int[] nonZero) {
    int count = 0;
    for (int k = from; k < to; k++) {
      nonZero[count] = k;
      count += a[k] != 0f ? 1 : 0;
    }
    return count;
  }

  /** {@code c[j] += a0 b0[j] + a1 b1[j] + a2 b2[j] + a3 b3[j]} for {@code j < cols}. */
  public static void accumulate4(
      float[] c,
      int cols,
      float a0,
      float[] b0,
      float a1,
      float[] b1,
      float a2,
      float[] b2,
      float a3,
      float[] b3) {
    for (int j = 0; j < cols; j++) {
      c[j] += a0 * b0[j] + a1 * b1[j] + a2 * b2[j] + a3 * b3[j];
    }
  }

  /** {@code c[j] += a b[j]} for {@code j < cols}. */
  public static void accumulate1(float[] c, int cols, float a, float[] b) {
    for (int j = 0; j < cols; j++) {
      c[j] += a * b[j];
    }
  }

  /**
   * {@code w[k][0 .. cols) += a0[k] d0 + a1[k] d1 + a2[k] d2 + a3[k] d3} for {@code k < inner}:
   * four rank-1 updates A^T D of a weight gradient, skipping the k where all four a's are zero.
   */
  public static void accumulateOuter4(
      float[] a0,
      float[] a1,
      float[] a2,
      float[] a3,
      int inner,
      float[] d0,
      float[] d1,
      float[] d2,
      float[] d3,
      int cols,
      float[][] w) {
    for (int k = 0; k < inner; k++) {
      float x0 = a0[k];
      float x1 = a1[k];
      float x2 = a2[k];
      float x3 = a3[k];
      if (x0 == 0f && x1 == 0f && x2 == 0f && x3 == 0f) {
        continue;
      }
      accumulate4(w[k], cols, x0, d0, x1, d1, x2, d2, x3, d3);
    }
  }

  /** {@code w[k][0 .. cols) += a[k] d} for each {@code k < inner} with a non-zero {@code a[k]}. */
  public static void accumulateOuter(float[] a, int inner, float[] d, int cols, float[][] w) {
    for (int k = 0; k < inner; k++) {
      if (a[k] != 0f) {
        accumulate1(w[k], cols, a[k], d);
      }
    }
  }

  /** {@code target[j] += row[j]} for {@code j < cols}. */
  public static void addInto(float[] target, float[] row, int cols) {
    for (int j = 0; j < cols; j++) {
      target[j] += row[j];
    }
  }

  /** {@code sum_j a[j] * b[j]} for {@code j < n}, with four independent partial sums. */
  public static float dot(float[] a, float[] b, int n) {
    float s0 = 0f;
    float s1 = 0f;
    float s2 = 0f;
    float s3 = 0f;
    int j = 0;
    for (; j + 3 < n; j += 4) {
      s0 += a[j] * b[j];
      s1 += a[j + 1] * b[j + 1];
      s2 += a[j + 2] * b[j + 2];
      s3 += a[j + 3] * b[j + 3];
    }
    for (; j < n; j++) {
      s0 += a[j] * b[j];
    }
    return (s0 + s1) + (s2 + s3);
  }

  /** Copies the row-major {@code rows x cols} block at {@code flat[offset]} into row arrays. */
  public static void unpack(float[] flat, int offset, int rows, int cols, float[][] dst) {
    for (int i = 0; i < rows; i++) {
      System.arraycopy(flat, offset + i * cols, dst[i], 0, cols);
    }
  }

  /** Copies row arrays into the row-major {@code rows x cols} block at {@code flat[offset]}. */
  public static void pack(float[][] src, int rows, int cols, float[] flat, int offset) {
    for (int i = 0; i < rows; i++) {
      System.arraycopy(src[i], 0, flat, offset + i * cols, cols);
    }
  }

  /**
   * {@code dst[j][i] = flat[offset + i*cols + j]}: the transpose of the row-major {@code rows x
   * cols} block.
   */
  public static void transpose(float[] flat, int offset, int rows, int cols, float[][] dst) {
    final int block = 16;
    for (int i0 = 0; i0 < rows; i0 += block) {
      int i1 = Math.min(rows, i0 + block);
      for (int j0 = 0; j0 < cols; j0 += block) {
        int j1 = Math.min(cols, j0 + block);
        for (int j = j0; j < j1; j++) {
          float[] out = dst[j];
          for (int i = i0; i < i1; i++) {
            out[i] = flat[offset + i * cols + j];
          }
        }
      }
    }
  }

  /** A {@code rows x cols} matrix as row arrays. */
  public static float[][] rows(int rows, int cols) {
    return new float[rows][cols];
  }
}
