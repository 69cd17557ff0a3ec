/**
 * Self-consistency checks of MI estimators (issue 4): independence, the data processing inequality,
 * additivity over independent copies and invariance under invertible maps, each with a tolerance
 * from sampling error and a pass/fail. {@link org.mine4j.bench.consistency.ConsistencyProtocol}
 * holds the settings and tolerance rules, {@link org.mine4j.bench.consistency.ConsistencyBenchmark}
 * runs the estimations and {@link org.mine4j.bench.consistency.ConsistencyReport} prints and writes
 * the results.
 */
package org.mine4j.bench.consistency;
