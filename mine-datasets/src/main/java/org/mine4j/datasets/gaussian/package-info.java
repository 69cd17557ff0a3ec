/**
 * Jointly Gaussian tasks with exact mutual information ½[ln det Σ_XX + ln det Σ_YY − ln det Σ]: the
 * componentwise correlated Gaussian of the MINE, SMILE and ReMINE papers, the dense and sparse
 * ("2-pair") Gaussians of Czyż et al. 2023, and a Gaussian with any covariance.
 */
package org.mine4j.datasets.gaussian;
