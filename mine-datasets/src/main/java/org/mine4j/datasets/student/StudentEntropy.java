package org.mine4j.datasets.student;

import org.apache.commons.numbers.gamma.Digamma;
import org.apache.commons.numbers.gamma.LogGamma;

/**
 * The Student-t pieces in closed form, for ν degrees of freedom and dimension k (Arellano-Valle,
 * Contreras-Reyes &amp; Genton 2013, "Shannon entropy and mutual information for multivariate
 * skew-elliptical distributions", eq. 7; used by bmi's {@code SplitStudentT}).
 */
final class StudentEntropy {
  private StudentEntropy() {}

  /**
   * h_ν(k) = −ln Γ((ν+k)/2) + ln Γ(ν/2) + (k/2) ln(νπ) + ((ν+k)/2)[ψ((ν+k)/2) − ψ(ν/2)]: the
   * differential entropy of t_ν(0, I_k) (SPEC §4).
   */
  static double entropy(int k, int dof) {
    double half = 0.5 * (dof + k);
    return -LogGamma.value(half)
        + LogGamma.value(0.5 * dof)
        + 0.5 * k * Math.log(dof * Math.PI)
        + half * (Digamma.value(half) - Digamma.value(0.5 * dof));
  }

  /**
   * The normalising constant of the t_ν(0, I_k) density: ln Γ((ν+k)/2) − ln Γ(ν/2) − (k/2) ln(νπ),
   * so that log f(z) = c − ½ ln det Σ − ((ν+k)/2) ln(1 + zᵀΣ⁻¹z/ν).
   */
  static double logNormaliser(int k, int dof) {
    return LogGamma.value(0.5 * (dof + k))
        - LogGamma.value(0.5 * dof)
        - 0.5 * k * Math.log(dof * Math.PI);
  }

  /** h_ν(dx) + h_ν(dy) − h_ν(dx + dy): the MI term that does not depend on the scale matrix. */
  static double correction(int dimX, int dimY, int dof) {
    return entropy(dimX, dof) + entropy(dimY, dof) - entropy(dimX + dimY, dof);
  }
}
