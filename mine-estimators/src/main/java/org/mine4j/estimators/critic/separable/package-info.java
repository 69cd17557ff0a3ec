/**
 * The separable critic T(x, y) = g(x)^T h(y) (Poole et al. 2019, "On variational bounds of mutual
 * information"): two MLP towers whose embeddings make the K x K score matrix of all-pairs negatives
 * one matrix product, with hand-derived plain-Java forward and backward passes, its options and its
 * {@code separable} network factory.
 */
package org.mine4j.estimators.critic.separable;
