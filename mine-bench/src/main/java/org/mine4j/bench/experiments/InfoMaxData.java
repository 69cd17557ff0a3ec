package org.mine4j.bench.experiments;

import java.util.SplittableRandom;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The InfoMax toy's data: a labelled mixture of 4 Gaussians in R^dim. The label k picks a mean at
 * (±2, ±2) in the first two coordinates (standard deviation 0.5 around it); the other dim − 2
 * coordinates are N(0, 1) noise. The clusters thus span the two directions of largest variance
 * (4.25 against 1), which InfoMax through a noisy channel should find (Linsker 1988): a linear
 * probe on a 2-D code separates the 4 clusters only if the code keeps them.
 *
 * @param x rows x dim features
 * @param labels the cluster of each row, one-hot rows x 4
 * @param classes the cluster of each row
 */
record InfoMaxData(INDArray x, INDArray labels, int[] classes) {
  static final int CLUSTERS = 4;

  static InfoMaxData sample(int rows, int dim, SplittableRandom random) {
    float[] x = new float[rows * dim];
    float[] onehot = new float[rows * CLUSTERS];
    int[] classes = new int[rows];
    for (int i = 0; i < rows; i++) {
      int k = random.nextInt(CLUSTERS);
      classes[i] = k;
      onehot[i * CLUSTERS + k] = 1f;
      x[i * dim] = (float) ((k % 2 == 0 ? 2 : -2) + 0.5 * normal(random));
      x[i * dim + 1] = (float) ((k < 2 ? 2 : -2) + 0.5 * normal(random));
      for (int c = 2; c < dim; c++) {
        x[i * dim + c] = (float) normal(random);
      }
    }
    return new InfoMaxData(
        Nd4j.create(x, new long[] {rows, dim}, DataType.FLOAT),
        Nd4j.create(onehot, new long[] {rows, CLUSTERS}, DataType.FLOAT),
        classes);
  }

  static double normal(SplittableRandom random) {
    double u = 1.0 - random.nextDouble();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random.nextDouble());
  }
}
