package org.mine4j.estimators.critic.samediff;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.mine4j.api.ErrorCode;
import org.mine4j.api.MineException;
import org.mine4j.api.data.Samples;
import org.mine4j.api.network.PairIndex;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.autodiff.samediff.VariableType;
import org.nd4j.linalg.api.buffer.DataType;

/**
 * Checks that a user's SameDiff graph can be a critic: x and y float placeholders of shape [-1,
 * dim], a computed float output, float trainable variables. Failures are INVALID_OPTIONS errors
 * that say what to declare.
 */
final class GraphChecks {
  private GraphChecks() {}

  /** The width dim of placeholder {@code name}, declared [-1, dim]. */
  static int inputWidth(SameDiff graph, String name, String role) {
    SDVariable v = graph.hasVariable(name) ? graph.getVariable(name) : null;
    if (v == null || v.getVariableType() != VariableType.PLACEHOLDER) {
      throw MineException.invalidOptions(
          "the graph has no placeholder '"
              + name
              + "' for "
              + role
              + "; declare it with sd.placeHolder(\""
              + name
              + "\", DataType.FLOAT, -1, dim"
              + role.toUpperCase(Locale.ROOT)
              + "); placeholders: "
              + placeholderNames(graph));
    }
    long[] shape = v.placeholderShape();
    if (v.dataType() != DataType.FLOAT
        || shape == null
        || shape.length != 2
        || shape[0] != -1
        || shape[1] <= 0) {
      throw MineException.invalidOptions(
          "placeholder '"
              + name
              + "' must be FLOAT with shape [-1, dim"
              + role.toUpperCase(Locale.ROOT)
              + "], found "
              + v.dataType()
              + " "
              + (shape == null ? "with no shape" : Arrays.toString(shape)));
    }
    if (shape[1] > Integer.MAX_VALUE) {
      throw MineException.invalidOptions("placeholder '" + name + "' is too wide: " + shape[1]);
    }
    return (int) shape[1];
  }

  /** Requires {@code name} to be a FLOAT variable computed by the graph. */
  static void requireScoreVariable(SameDiff graph, String name) {
    if (!graph.hasVariable(name)) {
      throw MineException.invalidOptions(
          "the graph has no output variable '" + name + "' (the score T per row)");
    }
    SDVariable v = graph.getVariable(name);
    if (v.getVariableType() != VariableType.ARRAY || v.dataType() != DataType.FLOAT) {
      throw MineException.invalidOptions(
          "the output '"
              + name
              + "' must be a FLOAT variable computed by the graph, found a "
              + v.dataType()
              + " "
              + v.getVariableType());
    }
  }

  /** The given trainable variables, checked, or all VARIABLEs sorted by name if none are given. */
  static List<String> trainables(SameDiff graph, List<String> given) {
    List<String> names = new ArrayList<>();
    if (given == null) {
      for (SDVariable v : graph.variables()) {
        if (v.getVariableType() == VariableType.VARIABLE) {
          names.add(v.name());
        }
      }
      names.sort(null);
    } else {
      names.addAll(given);
    }
    if (names.isEmpty()) {
      throw MineException.invalidOptions(
          "the graph has no trainable variables; create them with sd.var(...)");
    }
    Set<String> seen = new HashSet<>();
    for (String name : names) {
      requireNonNull(name, "a trainable variable name is null");
      if (!seen.add(name)) {
        throw MineException.invalidOptions("trainable variable '" + name + "' is listed twice");
      }
      SDVariable v = graph.hasVariable(name) ? graph.getVariable(name) : null;
      if (v == null || v.getVariableType() != VariableType.VARIABLE) {
        throw MineException.invalidOptions(
            "'"
                + name
                + "' is not a trainable VARIABLE of the graph"
                + (v == null ? "" : " (it is a " + v.getVariableType() + ")"));
      }
      if (v.dataType() != DataType.FLOAT || graph.getArrForVarName(name) == null) {
        throw MineException.invalidOptions(
            "trainable variable '"
                + name
                + "' must be a FLOAT variable with a value, found "
                + v.dataType());
      }
    }
    return names;
  }

  private static String placeholderNames(SameDiff graph) {
    List<String> names = new ArrayList<>();
    for (SDVariable v : graph.variables()) {
      if (v.getVariableType() == VariableType.PLACEHOLDER) {
        names.add(v.name());
      }
    }
    return names.isEmpty() ? "(none)" : String.join(", ", names);
  }

  /**
   * Runs the critic's graph forward and backward (inputs included) on two rows of zeros, so that a
   * graph whose shapes do not fit fails here with a message rather than in the middle of a
   * training.
   *
   * @throws MineException INVALID_OPTIONS naming the failure
   */
  static void probe(SameDiffCritic critic, int dimX, int dimY) {
    Samples zeros = Samples.ofRowMajor(new float[2 * dimX], new float[2 * dimY], 2, dimX, dimY);
    PairIndex pairs = new PairIndex(new int[] {0, 1}, new int[] {0, 1});
    try {
      critic.forward(zeros, pairs);
      critic.backward(new float[] {1f, -1f}, new float[2 * dimX], new float[2 * dimY]);
    } catch (MineException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new MineException(
          ErrorCode.INVALID_OPTIONS,
          "the SameDiff graph fails on a batch of 2 rows (x: [2, "
              + dimX
              + "], y: [2, "
              + dimY
              + "]): "
              + e.getMessage(),
          e);
    } finally {
      critic.resetTrainingPass();
    }
  }
}
