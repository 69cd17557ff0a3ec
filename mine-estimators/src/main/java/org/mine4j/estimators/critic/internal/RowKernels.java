package org.mine4j.estimators.critic.internal;

/**
 * Plain-Java dense kernels of the separable critic's towers, on matrices stored as arrays of row
 * arrays.
 *
 * <p>HotSpot C2 (Java 17) vectorises {@code c[j] += a * b[j]} only when every array access in the
 * loop uses the same index, so the vectorised loops run over whole rows indexed from 0; scalars may
 * come from anywhere. Zero entries of the left operand (inactive ReLU units) are skipped, four
 * rank-1 terms per pass. The summation order depends only on the data: results are deterministic.
 */
public final class RowKernels {
  private RowKernels() {}

  /**
   * Floats of the right operand reused per pass of {@link #multiplyAccumulate} (48 KB; on a 2-core
   * EPYC with 32 KB L1d, 12K floats measured faster than 4K, 6K and 64K at the staircase shapes).
   */
  private static final int BLOCK_FLOATS = 12288;

  /**
   * {@code C[cFrom + q] += A[aFrom + q] B} for {@code q < rows}: a (rows x inner) times (inner x
   * cols) product accumulated into c, skipping zero entries of A.
   *
   * <p>Blocked over the inner dimension so that the rows of B used by a pass (about {@value
   * #BLOCK_FLOATS} floats) stay in the nearest caches while every row of A and C streams by: B is
   * fetched from further away once per product instead of once per row of A.
   *
   * @param nonZero scratch of length at least {@code inner}
   */
  public static void multiplyAccumulate(
      float[][] a,
      int aFrom,
      int rows,
      int inner,
      float[][] b,
      int cols,
      float[][] c,
      int cFrom,
      int[] nonZero) {
    int block = Math.max(4, (BLOCK_FLOATS / cols) & ~3);
    for (int k0 = 0; k0 < inner; k0 += block) {
      int k1 = Math.min(inner, k0 + block);
      for (int q = 0; q < rows; q++) {
        rowTimesMatrix(a[aFrom + q], k0, k1, b, cols, c[cFrom + q], nonZero);
      }
    }
  }

  /**
   * {@code c[0 .. cols) += sum_k a[k] * b[k][0 .. cols)} for {@code from <= k < to}, skipping zero
   * entries of a.
   *
   * @param nonZero scratch of length at least {@code to - from}
   */
  public static void rowTimesMatrix(
      float[] a, int from, int to, float[][] b, int cols, float[] c, int[] nonZero) {
    // Branch-free: the zeros of a ReLU layer fall at random, so a branch would mispredict often.
    int count = 0;
    for (int k = from; k < to; k++) {
      nonZero[count] = k;
      count += a[k] != 0f ? 1 : 0;
    }
    int t = 0;
    for (; t + 3 < count; t += 4) {
      int k0 = nonZero[t];
      int k1 = nonZero[t + 1];
      int k2 = nonZero[t + 2];
      int k3 = nonZero[t + 3];
      DenseKernels.accumulate4(c, cols, a[k0], b[k0], a[k1], b[k1], a[k2], b[k2], a[k3], b[k3]);
    }
    // One to three left: one more four-term pass with zero coefficients costs less than up to
    // three one-term passes over c.
    int left = count - t;
    if (left > 0) {
      int k0 = nonZero[t];
      int k1 = left > 1 ? nonZero[t + 1] : k0;
      int k2 = left > 2 ? nonZero[t + 2] : k0;
      float a1 = left > 1 ? a[k1] : 0f;
      float a2 = left > 2 ? a[k2] : 0f;
      DenseKernels.accumulate4(c, cols, a[k0], b[k0], a1, b[k1], a2, b[k2], 0f, b[k0]);
    }
  }

  /**
   * {@code dst[k][q] = src[q][k]} for {@code q < count}, {@code k < width}; tiled so that the
   * destination rows being written stay in L1 cache.
   */
  public static void transpose(float[][] src, int count, int width, float[][] dst) {
    final int tile = 16;
    for (int k0 = 0; k0 < width; k0 += tile) {
      int k1 = Math.min(width, k0 + tile);
      int q = 0;
      // Four source rows at a time: their references stay in registers while k runs along them.
      for (; q + 3 < count; q += 4) {
        float[] r0 = src[q];
        float[] r1 = src[q + 1];
        float[] r2 = src[q + 2];
        float[] r3 = src[q + 3];
        for (int k = k0; k < k1; k++) {
          float[] out = dst[k];
          out[q] = r0[k];
          out[q + 1] = r1[k];
          out[q + 2] = r2[k];
          out[q + 3] = r3[k];
        }
      }
      for (; q < count; q++) {
        float[] r = src[q];
        for (int k = k0; k < k1; k++) {
          dst[k][q] = r[k];
        }
      }
    }
  }
}
