/**
 * Finite datasets read from users' CSV files, including the {@code samples.csv} files that the bmi
 * benchmark (Czyż et al. 2023) hands to external estimators; {@link
 * org.mine4j.datasets.csv.CsvSamples} documents the accepted format.
 */
package org.mine4j.datasets.csv;
