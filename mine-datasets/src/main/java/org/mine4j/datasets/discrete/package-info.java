/**
 * Tasks with a discrete variable and exact mutual information: {@code one-hot} (Y = X uniform over
 * d one-hot vectors, I = ln d) and {@code discrete-continuous} (X uniform on {0..m−1}, Y | X ~ U(X,
 * X + w)), after the discrete tasks of Czyż et al. 2023 ("Beyond normal").
 */
package org.mine4j.datasets.discrete;
