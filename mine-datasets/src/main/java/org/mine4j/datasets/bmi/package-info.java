/**
 * The task catalogue of the bmi benchmark (Czyż et al. 2023, "Beyond normal: on the evaluation of
 * mutual information estimators", NeurIPS) by bmi's exact task names, and the {@code bmi} dataset
 * factory that serves them.
 */
package org.mine4j.datasets.bmi;
