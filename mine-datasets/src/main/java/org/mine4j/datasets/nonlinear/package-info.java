/**
 * Non-linear regression tasks Y = f(X) + σε with X ~ U(−1,1)^d, whose exact mutual information is
 * computed by one-dimensional quadrature of the marginal density of Y (SPEC §4).
 */
package org.mine4j.datasets.nonlinear;
