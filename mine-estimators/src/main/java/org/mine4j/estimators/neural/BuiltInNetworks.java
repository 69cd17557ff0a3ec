package org.mine4j.estimators.neural;

import java.util.List;
import org.mine4j.api.spi.ComponentLookup;
import org.mine4j.api.spi.MinePlugin;
import org.mine4j.api.spi.NetworkFactory;
import org.mine4j.api.spi.PluginComponents;
import org.mine4j.estimators.EstimatorsPlugin;

/**
 * The critics of mine-estimators ({@code concat}, {@code separable}, {@code samediff-mlp}) as a
 * lookup, for estimators made without the CLI's registry of every plugin.
 */
final class BuiltInNetworks {
  private BuiltInNetworks() {}

  static final ComponentLookup LOOKUP =
      PluginComponents.of(
          List.of(
              new MinePlugin() {
                @Override
                public String name() {
                  return "mine-estimators networks";
                }

                @Override
                public List<NetworkFactory> networks() {
                  return new EstimatorsPlugin().networks();
                }
              }));
}
