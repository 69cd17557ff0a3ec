package org.mine4j.datasets.internal;

import java.util.Arrays;
import org.mine4j.api.MineException;

/**
 * A growable {@code double[]} with amortised O(1) appends (capacity doubles), for reading files of
 * unknown length in one pass. Not thread-safe.
 */
public final class DoubleArrayBuilder {
  /** The largest array the JVM reliably allocates. */
  private static final int MAX_CAPACITY = Integer.MAX_VALUE - 8;

  private double[] values;
  private int size;

  public DoubleArrayBuilder(int initialCapacity) {
    values = new double[Math.max(16, initialCapacity)];
  }

  /** Appends one value. */
  public void add(double value) {
    if (size == values.length) {
      grow();
    }
    values[size++] = value;
  }

  public int size() {
    return size;
  }

  /** The values added so far, in a new array of exactly {@link #size()} elements. */
  public double[] toArray() {
    return size == values.length ? values : Arrays.copyOf(values, size);
  }

  private void grow() {
    if (values.length >= MAX_CAPACITY) {
      throw MineException.invalidData(
          "too many values for one array (more than "
              + MAX_CAPACITY
              + "); split the file or use fewer rows");
    }
    int capacity = (int) Math.min(MAX_CAPACITY, 2L * values.length);
    values = Arrays.copyOf(values, capacity);
  }
}
