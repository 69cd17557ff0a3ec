/**
 * The estimators plugin: bounds, critics, the training loop, the neural estimators and the
 * non-parametric baselines.
 */
package org.mine4j.estimators;
