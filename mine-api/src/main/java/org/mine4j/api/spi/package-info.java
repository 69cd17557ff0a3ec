/**
 * Plugin entry point ({@link org.mine4j.api.spi.MinePlugin}) and the factories plugins contribute.
 */
package org.mine4j.api.spi;
