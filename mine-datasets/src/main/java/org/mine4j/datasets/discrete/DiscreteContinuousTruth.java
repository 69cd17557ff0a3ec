package org.mine4j.datasets.discrete;

/**
 * The exact mutual information of X uniform on {0, …, m−1} and Y | X ~ U(X, X + w).
 *
 * <p>Derivation. p(y | x) = 1/w on [x, x + w], so p(y) = c(y)/(m w) where c(y) = #{k ∈ {0..m−1} : k
 * ≤ y ≤ k + w} counts the intervals covering y, and the pointwise ratio is log p(y|x)/p(y) = ln(m /
 * c(y)). Hence I = ln m − E[ln c(Y)] = ln m − (1/(m w)) ∫ c(y) ln c(y) dy. Write w = q + r with q =
 * ⌊w⌋ and r ∈ [0, 1). On a unit cell [n, n + 1) of y, c counts the integers of a window: of q + 1
 * consecutive integers on [n, n + r) and of q on [n + r, n + 1), clipped to {0..m−1}. Summing over
 * n, ∫ c ln c dy = r·T(q + 1) + (1 − r)·T(q), where T(L) = Σ_n φ(#{0..m−1} ∩ [n − L + 1, n]) with
 * φ(c) = c ln c is the sum over a window of L integers sliding past m ones: with s = min(L, m) the
 * counts ramp 1, …, s − 1 up and down and stay at s for |m − L| + 1 positions, so
 *
 * <pre>
 *   T(L) = 2 Σ_{j=1}^{s−1} j ln j + (|m − L| + 1) s ln s,
 *   I = ln m − [r T(q + 1) + (1 − r) T(q)] / (m w).
 * </pre>
 *
 * For w ≤ 1 (disjoint supports) T(0) = T(1) = 0 and I = ln m = H(X); as w → ∞, I → 0. Example m =
 * 2, w = 2: T(2) = 2 ln 2, I = ln 2 − 2 ln 2 / 4 = ½ ln 2. The tests check it against a Monte Carlo
 * mean of ln(m / c(Y)).
 */
final class DiscreteContinuousTruth {
  private DiscreteContinuousTruth() {}

  /** I(X;Y) in nats for m values of X and width w (m ≥ 1, w &gt; 0 finite). */
  static double mutualInformation(int m, double w) {
    double q = Math.floor(w);
    double r = w - q;
    double integral = r * windowSum(m, q + 1) + (1.0 - r) * windowSum(m, q);
    return Math.log(m) - integral / (m * w);
  }

  /** T(L) = Σ_n φ(count of a window of L integers over m ones), φ(c) = c ln c. */
  static double windowSum(int m, double window) {
    int s = (int) Math.min(window, m);
    double ramp = 0.0;
    for (int j = 2; j < s; j++) {
      ramp += j * Math.log(j);
    }
    double plateau = s <= 1 ? 0.0 : (Math.abs(m - window) + 1.0) * s * Math.log(s);
    return 2.0 * ramp + plateau;
  }

  /** c(y) = #{k ∈ {0..m−1} : k ≤ y ≤ k + w}, the number of supports covering y. */
  static int coverCount(int m, double w, double y) {
    double high = Math.min(m - 1.0, Math.floor(y));
    double low = Math.max(0.0, Math.ceil(y - w));
    return (int) Math.max(0.0, high - low + 1.0);
  }
}
