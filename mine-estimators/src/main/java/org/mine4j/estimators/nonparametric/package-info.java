/**
 * Non-neural MI estimators, baselines for the neural ones: {@code ksg} and {@code ksg2} (k-nearest
 * neighbours, Kraskov et al. 2004), {@code gaussian} (canonical correlations) and {@code histogram}
 * (equal-width binning). No training: each computes its estimate from all rows at once.
 */
package org.mine4j.estimators.nonparametric;
