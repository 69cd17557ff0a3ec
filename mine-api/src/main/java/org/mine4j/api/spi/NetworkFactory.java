package org.mine4j.api.spi;

import org.mine4j.api.network.NetworkBuilder;

/**
 * Makes a {@link NetworkBuilder} (a critic architecture with validated options, built later for
 * given dimensions and seed); registered through {@link MinePlugin#networks()}.
 */
public interface NetworkFactory extends ComponentFactory<NetworkBuilder> {}
