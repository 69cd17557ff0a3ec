/**
 * Datasets with exact ground truth and user data for mine4j: the {@link
 * org.mine4j.datasets.DatasetsPlugin} registers the {@code correlated-gaussian} generator and the
 * {@code csv} file reader.
 */
package org.mine4j.datasets;
