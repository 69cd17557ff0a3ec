package org.mine4j.datasets.mixture;

import java.util.List;

/**
 * The named mixtures of the {@code gaussian-mixture} dataset, all 1 × 1:
 *
 * <ul>
 *   <li>{@code bimodal}: weights ½, ½, means ±(2, 2), identity covariances. X and Y are independent
 *       within a mode, so all the information is which mode a row came from: I &lt; ln 2, reduced
 *       by the overlap of the modes.
 *   <li>{@code x}: bmi's "X 1 × 1" task (1v1-X-0.9): weights ½, ½, zero means, unit variances and
 *       correlations +0.9 and −0.9. X and Y are uncorrelated yet dependent.
 *   <li>{@code ai}: bmi's "AI 1 × 1" task (1v1-AI): six components drawing the letters A and I.
 * </ul>
 *
 * The bmi tasks are from Czyż et al. 2023, "Beyond normal: on the evaluation of mutual information
 * estimators" (NeurIPS).
 */
final class GaussianMixturePresets {
  /** The preset names. */
  static final List<String> NAMES = List.of("bimodal", "x", "ai");

  private GaussianMixturePresets() {}

  /** The components of preset {@code name} (one of {@link #NAMES}). */
  static List<MixtureComponent> components(String name) {
    return switch (name) {
      case "bimodal" ->
          List.of(
              MixtureComponent.of(0.5, new double[] {-2, -2}, new double[] {1, 0, 0, 1}),
              MixtureComponent.of(0.5, new double[] {2, 2}, new double[] {1, 0, 0, 1}));
      case "x" ->
          List.of(
              MixtureComponent.of(0.5, new double[] {0, 0}, new double[] {1, -0.9, -0.9, 1}),
              MixtureComponent.of(0.5, new double[] {0, 0}, new double[] {1, 0.9, 0.9, 1}));
      case "ai" -> ai();
      default ->
          throw new IllegalArgumentException(
              "preset must be one of " + NAMES + ", found '" + name + "'");
    };
  }

  private static List<MixtureComponent> ai() {
    double w = 1.0 / 6.0;
    double varX = 0.04;
    double varY = 0.2;
    double cov = Math.sqrt(varX * varY) * 0.95;
    return List.of(
        diagonal(w, 1.0, 0.0, 0.01, 0.2),
        diagonal(w, 1.0, 1.0, 0.05, 0.001),
        diagonal(w, 1.0, -1.0, 0.05, 0.001),
        diagonal(w, -0.8, -0.2, 0.03, 0.001),
        MixtureComponent.of(w, new double[] {-1.2, 0}, new double[] {varX, cov, cov, varY}),
        MixtureComponent.of(w, new double[] {-0.4, 0}, new double[] {varX, -cov, -cov, varY}));
  }

  private static MixtureComponent diagonal(
      double weight, double meanX, double meanY, double varX, double varY) {
    return MixtureComponent.of(
        weight, new double[] {meanX, meanY}, new double[] {varX, 0, 0, varY});
  }
}
