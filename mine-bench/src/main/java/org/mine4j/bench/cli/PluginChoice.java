package org.mine4j.bench.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.mine4j.bench.plugins.PluginDirectories;

/**
 * The plugin directories of one command line: those of {@code MINE4J_PLUGINS}, then those given
 * with {@code --plugins} once the line is parsed, before any command looks a component up.
 */
public final class PluginChoice {
  private final String fromEnvironment;
  private final List<Path> fromOption = new ArrayList<>();

  /**
   * @param fromEnvironment the value of {@code MINE4J_PLUGINS}, or null
   */
  public PluginChoice(String fromEnvironment) {
    this.fromEnvironment = fromEnvironment;
  }

  /** Adds the directories of {@code --plugins}. */
  synchronized void add(List<Path> directories) {
    for (Path directory : directories) {
      if (!fromOption.contains(directory)) {
        fromOption.add(directory);
      }
    }
  }

  /** The directories chosen so far. */
  public synchronized PluginDirectories directories() {
    return PluginDirectories.of(fromOption, fromEnvironment);
  }
}
