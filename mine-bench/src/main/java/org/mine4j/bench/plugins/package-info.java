/**
 * Plugin discovery and the Guice composition root: {@link org.mine4j.bench.plugins.PluginRegistry}
 * loads the {@code MinePlugin}s, {@link org.mine4j.bench.plugins.ComponentsModule} binds their
 * factories by name, and {@link org.mine4j.bench.plugins.Components} is what the CLI looks names up
 * in.
 */
package org.mine4j.bench.plugins;
