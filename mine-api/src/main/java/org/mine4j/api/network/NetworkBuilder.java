package org.mine4j.api.network;

/**
 * Builds a freshly initialised critic for given input dimensions; what a {@link
 * org.mine4j.api.spi.NetworkFactory} makes.
 */
@FunctionalInterface
public interface NetworkBuilder {
  /** A new network with weights initialised from {@code seed}. */
  StatisticsNetwork build(int dimX, int dimY, long seed);
}
