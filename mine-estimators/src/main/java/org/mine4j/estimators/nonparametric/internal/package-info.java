/**
 * Implementation details of the non-parametric estimators: the exact max-norm k-d tree, sorted 1-D
 * range counts, the KSG neighbour counts, column preparation and small dense linear algebra. Not
 * API: may change without notice.
 */
package org.mine4j.estimators.nonparametric.internal;
