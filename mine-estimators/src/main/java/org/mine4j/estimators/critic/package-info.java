/**
 * Statistics networks (critics) T(x, y) for the neural MI bounds of MINE (Belghazi et al. 2018):
 * the default concat MLP critic with hand-derived forward and backward passes, its options and its
 * {@code concat} network factory.
 */
package org.mine4j.estimators.critic;
