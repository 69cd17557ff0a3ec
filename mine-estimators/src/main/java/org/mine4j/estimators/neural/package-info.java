/** Neural MI estimators: a bound, a critic and the training loop, evaluated on held-out rows. */
package org.mine4j.estimators.neural;
