/**
 * The multivariate Student-t task (Czyż et al. 2023, "Beyond normal"): heavy-tailed, dependent even
 * with an identity scale matrix, exact MI from log-determinants plus the entropy correction h_ν(dx)
 * + h_ν(dy) − h_ν(dx + dy) (Arellano-Valle et al. 2013).
 */
package org.mine4j.datasets.student;
