/**
 * Gaussian mixtures over (X, Y), whose mutual information has no closed form: the ground truth is a
 * Monte Carlo mean of the exact log density ratio with its standard error, as in the bmi benchmark
 * (Czyż et al. 2023, "Beyond normal").
 */
package org.mine4j.datasets.mixture;
