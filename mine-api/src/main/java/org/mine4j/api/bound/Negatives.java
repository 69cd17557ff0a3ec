package org.mine4j.api.bound;

/**
 * How product-of-marginals pairs are formed from a batch of K joint pairs (Belghazi et al. 2018;
 * Poole et al. 2019).
 *
 * <ul>
 *   <li>{@link #SHUFFLE}: one random permutation pi of the batch, marginal pairs (x_i, y_pi(i)), K
 *       of them (Belghazi et al. 2018, MINE).
 *   <li>{@link #ALL_PAIRS}: the K x K score matrix S[i][j] = T(x_i, y_j); the diagonal holds the K
 *       joint pairs and the off-diagonal the K(K-1) marginal pairs (Poole et al. 2019; Song &amp;
 *       Ermon 2020).
 * </ul>
 */
public enum Negatives {
  SHUFFLE,
  ALL_PAIRS
}
