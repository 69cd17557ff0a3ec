/**
 * Datasets with exact ground truth and user data for mine4j: the {@link
 * org.mine4j.datasets.DatasetsPlugin} registers the {@code correlated-gaussian} generator, the
 * {@code csv} file reader and the {@code mnist} and {@code fashion-mnist} image sets.
 */
package org.mine4j.datasets;
