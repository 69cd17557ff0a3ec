package org.mine4j.estimators.critic.samediff;

import java.util.Arrays;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.shape.Shape;
import org.nd4j.linalg.factory.Nd4j;

/** Bulk copies between heap float arrays and ND4J float arrays, in row-major (C) order. */
final class NdArrays {
  private NdArrays() {}

  /** A new zero float array of the given shape, C order. */
  static INDArray floats(long... shape) {
    return Nd4j.create(DataType.FLOAT, shape);
  }

  /** Copies {@code src}, flattened row-major, into {@code dst} from {@code offset}. */
  static void read(INDArray src, float[] dst, int offset) {
    INDArray dense = src.dataType() == DataType.FLOAT ? src : src.castTo(DataType.FLOAT);
    if (!isDense(dense)) {
      dense = dense.dup('c');
    }
    dense.data().asNioFloat().get(dst, offset, (int) dense.length());
  }

  /** Copies {@code dst.length()} values of {@code src} from {@code offset} into {@code dst}. */
  static void write(float[] src, int offset, INDArray dst) {
    int length = (int) dst.length();
    if (isDense(dst) && dst.dataType() == DataType.FLOAT) {
      dst.data().asNioFloat().put(src, offset, length);
    } else {
      float[] values = Arrays.copyOfRange(src, offset, offset + length);
      dst.assign(Nd4j.create(values, dst.shape(), DataType.FLOAT));
    }
  }

  /** True if the array's values are exactly its buffer, in C order from position 0. */
  private static boolean isDense(INDArray a) {
    return !a.isView()
        && a.offset() == 0
        && a.data().length() == a.length()
        && (a.rank() <= 1 || Shape.hasDefaultStridesForShape(a));
  }
}
