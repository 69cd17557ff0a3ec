/**
 * MIGE, the mutual information gradient estimator (Wen et al. 2020), and the spectral Stein
 * gradient estimator of scores it is built on (SSGE, Shi et al. 2018): dI/dx and dI/dy per sample
 * row without a critic, a drop-in gradient source for MI terms.
 */
package org.mine4j.estimators.mige;
