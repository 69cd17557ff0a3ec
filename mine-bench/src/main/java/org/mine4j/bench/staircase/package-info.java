/**
 * The staircase benchmark (Song &amp; Ermon 2020; Poole et al. 2019; ReMINE): critics trained on
 * fresh 20-dimensional Gaussian batches while the true MI steps 2 → 4 → 6 → 8 → 10 nats, with bias,
 * variance and MSE of the per-step estimates per level, CSV/JSON results and a plot per critic.
 */
package org.mine4j.bench.staircase;
