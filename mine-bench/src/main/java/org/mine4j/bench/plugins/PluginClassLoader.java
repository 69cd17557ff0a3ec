package org.mine4j.bench.plugins;

import java.net.URL;
import java.net.URLClassLoader;
import java.security.CodeSource;
import java.util.Optional;

/**
 * The class loader of the jars in the plugin directories ({@link PluginDirectories}), over the
 * CLI's own class path (parent first: a plugin sees the one mine4j API). Its type marks the plugins
 * that came from a plugin directory, so that messages can name their jar.
 */
public final class PluginClassLoader extends URLClassLoader {
  static {
    registerAsParallelCapable();
  }

  PluginClassLoader(URL[] jars, ClassLoader parent) {
    super("mine4j-plugins", jars, parent);
  }

  /** The jar a plugin came from, if it came from a plugin directory. */
  static Optional<String> jarOf(Object plugin) {
    Class<?> type = plugin.getClass();
    if (!(type.getClassLoader() instanceof PluginClassLoader)) {
      return Optional.empty();
    }
    CodeSource source = type.getProtectionDomain().getCodeSource();
    return Optional.ofNullable(source).map(s -> s.getLocation().getPath());
  }
}
