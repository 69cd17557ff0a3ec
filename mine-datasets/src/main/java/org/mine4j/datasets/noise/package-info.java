/**
 * Additive-noise tasks with exact mutual information: {@code additive-uniform}, X ~ U(0,1) and Y =
 * X + U(−ε, ε), from the benchmark of Czyż et al. 2023 ("Beyond normal").
 */
package org.mine4j.datasets.noise;
