/**
 * Variational MI lower bounds as functions of critic scores: {@link
 * org.mine4j.estimators.bounds.DvBound}, {@link org.mine4j.estimators.bounds.MineBound}, {@link
 * org.mine4j.estimators.bounds.NwjBound}.
 */
package org.mine4j.estimators.bounds;
