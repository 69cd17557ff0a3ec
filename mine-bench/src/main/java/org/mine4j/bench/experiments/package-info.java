/**
 * The experiments of the MINE paper (Belghazi et al. 2018) that {@code mine4j experiment NAME}
 * runs: {@code mine-vs-ksg} (MINE, MINE-f and KSG against the exact MI of correlated Gaussians in 2
 * and 20 dimensions, the paper's Figure 1) and {@code nonlinear} (MINE on Y = f(X) + σε for f ∈ {x,
 * x³, sin x} against the quadrature truth, the paper's equitability study). Each writes a CSV and
 * PNG plots under {@code OUT/NAME/} and is registered by {@link org.mine4j.bench.BenchPlugin}.
 */
package org.mine4j.bench.experiments;
