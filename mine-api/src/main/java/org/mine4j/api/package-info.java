/**
 * The mine4j SPI: {@link org.mine4j.api.Estimator}, {@link org.mine4j.api.Estimate} and the errors,
 * listeners and provenance around them. Depends on nd4j-api only.
 */
package org.mine4j.api;
