/**
 * The one training loop ({@link org.mine4j.estimators.training.BoundTrainer}) that every neural
 * estimator plugs its bound into: seeding, Adam, the non-finite-loss guard, listeners, early
 * stopping and held-out evaluation.
 */
package org.mine4j.estimators.training;
