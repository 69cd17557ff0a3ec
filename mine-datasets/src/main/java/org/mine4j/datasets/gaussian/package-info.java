/**
 * The componentwise correlated Gaussian task (X ~ N(0, I_d), Y = ρX + √(1−ρ²)ε) with exact mutual
 * information −(d/2) ln(1 − ρ²): the benchmark of the MINE, SMILE and ReMINE papers.
 */
package org.mine4j.datasets.gaussian;
