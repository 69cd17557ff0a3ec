/**
 * Variational MI lower bounds as functions of critic scores: {@link
 * org.mine4j.estimators.bounds.DvBound}, {@link org.mine4j.estimators.bounds.MineBound}, {@link
 * org.mine4j.estimators.bounds.NwjBound}, {@link org.mine4j.estimators.bounds.InfoNceBound}, {@link
 * org.mine4j.estimators.bounds.JsBound}, {@link org.mine4j.estimators.bounds.SmileBound}, {@link
 * org.mine4j.estimators.bounds.ReMineBound} and {@link
 * org.mine4j.estimators.bounds.ReMineJointBound}. All arithmetic is in double with stable
 * log-sum-exp and softplus.
 */
package org.mine4j.estimators.bounds;
