/**
 * Invertible maps of X and of Y that leave mutual information unchanged (Czyż et al. 2023, "Beyond
 * normal"): coordinatewise cube, half-cube, asinh, normal CDF, logistic and wiggly maps, the spiral
 * and the Swiss roll, and {@link org.mine4j.datasets.transform.TransformedDataset}, which applies
 * them to any dataset and keeps its true MI and log density ratio.
 */
package org.mine4j.datasets.transform;
