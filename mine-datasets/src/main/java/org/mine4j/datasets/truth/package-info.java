/**
 * Ground truth of mutual information: exact log density ratios of synthetic tasks and their Monte
 * Carlo checks.
 */
package org.mine4j.datasets.truth;
