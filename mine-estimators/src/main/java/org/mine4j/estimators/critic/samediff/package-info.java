/**
 * The flexible critic path of MINE (Belghazi et al. 2018): {@link
 * org.mine4j.estimators.critic.samediff.SameDiffCritic} turns any user-built SameDiff graph with x
 * and y placeholders and a score output into a statistics network with flat parameter and gradient
 * buffers; {@link org.mine4j.estimators.critic.samediff.SameDiffMlp} builds the concat MLP critic
 * as such a graph, and {@code samediff-mlp} is its network factory. Slower than the hand-derived
 * {@code concat} critic, which stays the default.
 */
package org.mine4j.estimators.critic.samediff;
