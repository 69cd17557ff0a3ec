package org.mine4j.dl4j;

import org.mine4j.api.MineException;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** Conversions between ND4J matrices (rows x columns) and row-major float arrays. */
final class Arrays2d {
  private Arrays2d() {}

  /** The values of a rank-2 array, row-major, as floats (a copy). */
  static float[] rowMajor(INDArray matrix, String what) {
    if (matrix.rank() != 2) {
      throw MineException.invalidData(
          what + " must be a matrix (rows x columns), found rank " + matrix.rank());
    }
    return matrix.castTo(DataType.FLOAT).dup('c').data().asFloat();
  }

  /** A rows x columns float matrix holding {@code values} (row-major). */
  static INDArray matrix(float[] values, long rows, long columns) {
    return Nd4j.create(values.clone(), new long[] {rows, columns}, DataType.FLOAT);
  }
}
