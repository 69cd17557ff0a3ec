package org.mine4j.estimators.neural;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.mine4j.api.MineException;
import org.mine4j.api.data.ConstantColumns;
import org.mine4j.api.data.Samples;
import org.mine4j.estimators.training.Permutations;

/**
 * The rows of one neural estimation: training rows, optional validation rows (to choose the critic)
 * and held-out rows (for the reported value only), all standardised in double precision with the
 * training statistics when asked, and the caveats about the data (constant columns, float32
 * precision without standardisation). Data whose X or Y columns are all constant is refused.
 *
 * @param train rows the critic is fitted on
 * @param validation rows that choose the best critic, if any
 * @param heldOut rows the estimate is computed on
 * @param warnings caveats to report with the estimate
 */
record DataSplit(
    Samples train, Optional<Samples> validation, Samples heldOut, List<String> warnings) {

  /**
   * Splits {@code samples}: held-out rows are the given ones, or a seeded random {@code
   * test-fraction} of the samples; a {@code validation-fraction} of the remaining rows validates
   * when validation is on.
   */
  static DataSplit of(
      Samples samples,
      Optional<Samples> given,
      NeuralEstimatorOptions options,
      SplittableRandom random) {
    List<String> warnings = new ArrayList<>(ConstantColumns.requireVarying(samples, "a critic"));
    if (!options.standardize()) {
      warnings.addAll(Float32Precision.warnings(samples));
      given.ifPresent(h -> warnings.addAll(Float32Precision.warnings(h)));
    }
    int[] order = Permutations.random(samples.rows(), random);
    Samples train;
    Samples heldOut;
    if (given.isPresent()) {
      heldOut = given.get();
      if (heldOut.dimX() != samples.dimX() || heldOut.dimY() != samples.dimY()) {
        throw MineException.invalidData(
            "held-out samples have dimensions "
                + heldOut.dimX()
                + "x"
                + heldOut.dimY()
                + " but the training samples "
                + samples.dimX()
                + "x"
                + samples.dimY());
      }
      train = samples.select(order);
    } else {
      int testRows = (int) Math.round(samples.rows() * options.testFraction());
      heldOut = samples.select(Arrays.copyOfRange(order, 0, testRows));
      train = samples.select(Arrays.copyOfRange(order, testRows, samples.rows()));
    }
    if (train.rows() < 2 || heldOut.rows() < 2) {
      throw MineException.invalidData(
          "too few rows: "
              + samples.rows()
              + " rows give "
              + train.rows()
              + " training and "
              + heldOut.rows()
              + " held-out rows; an estimate needs at least 2 of each (use more data)");
    }
    if (options.standardize()) {
      Standardizer standardizer = Standardizer.fit(train);
      train = standardizer.apply(train);
      heldOut = standardizer.apply(heldOut);
    }
    int validationRows = (int) Math.round(train.rows() * options.validationFraction());
    if (options.evalEvery() > 0 && validationRows >= 2 && train.rows() - validationRows >= 2) {
      // The training rows are in random order already: the first ones are a random subset.
      return new DataSplit(
          train.slice(validationRows, train.rows()),
          Optional.of(train.slice(0, validationRows)),
          heldOut,
          List.copyOf(warnings));
    }
    return new DataSplit(train, Optional.empty(), heldOut, List.copyOf(warnings));
  }
}
