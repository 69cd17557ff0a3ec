package org.mine4j.bench.plugins;

import static java.util.Objects.requireNonNull;

import java.io.File;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.mine4j.api.ErrorCode;
import org.mine4j.api.MineException;
import org.mine4j.api.spi.MinePlugin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The CLI's plugin path: directories of plugin jars, from {@code --plugins DIR} (repeatable) and
 * the environment variable {@code MINE4J_PLUGINS} (directories separated by {@code :}, as in {@code
 * PATH}). Every {@code *.jar} of each directory, a plugin with its own dependencies, goes into one
 * {@link PluginClassLoader} over the CLI's own class path, where {@link PluginRegistry} finds the
 * plugins beside the built-in ones. A directory that does not exist, holds no jar or declares no
 * plugin is an error naming it.
 */
public final class PluginDirectories {
  /** The environment variable of the plugin path. */
  public static final String ENVIRONMENT = "MINE4J_PLUGINS";

  private static final Logger log = LoggerFactory.getLogger(PluginDirectories.class);
  private static final String SERVICE = "META-INF/services/" + MinePlugin.class.getName();

  private final List<Path> directories;

  private PluginDirectories(List<Path> directories) {
    this.directories = List.copyOf(directories);
  }

  /** No plugin directories. */
  public static PluginDirectories none() {
    return new PluginDirectories(List.of());
  }

  /**
   * The directories of {@code MINE4J_PLUGINS} (may be null or empty), then those of the option.
   *
   * @param fromOption the {@code --plugins} values
   * @param fromEnvironment the variable's value, or null
   */
  public static PluginDirectories of(List<Path> fromOption, String fromEnvironment) {
    requireNonNull(fromOption, "fromOption is null");
    List<Path> directories = new ArrayList<>();
    if (fromEnvironment != null) {
      for (String entry : fromEnvironment.split(File.pathSeparator)) {
        if (!entry.isBlank()) {
          directories.add(Path.of(entry.trim()));
        }
      }
    }
    for (Path directory : fromOption) {
      if (!directories.contains(directory)) {
        directories.add(directory);
      }
    }
    return new PluginDirectories(directories);
  }

  /** The directories, environment first. */
  public List<Path> directories() {
    return directories;
  }

  /** Whether there are none. */
  public boolean isEmpty() {
    return directories.isEmpty();
  }

  /**
   * The jars of every directory, sorted by name within each.
   *
   * @throws MineException INVALID_OPTIONS for a directory that does not exist, holds no jar, or
   *     whose jars declare no plugin
   */
  public List<Path> jars() {
    List<Path> jars = new ArrayList<>();
    for (Path directory : directories) {
      jars.addAll(jarsOf(directory));
    }
    return List.copyOf(jars);
  }

  /** A class loader over the jars whose parent is {@code parent}, the CLI's own class path. */
  public PluginClassLoader loader(ClassLoader parent) {
    List<Path> jars = jars();
    URL[] urls = new URL[jars.size()];
    for (int i = 0; i < urls.length; i++) {
      try {
        urls[i] = jars.get(i).toUri().toURL();
      } catch (MalformedURLException e) {
        throw new MineException(
            ErrorCode.INVALID_OPTIONS, "cannot load plugin jar " + jars.get(i) + ": " + e, e);
      }
      log.info("plugin jar {}", jars.get(i));
    }
    return new PluginClassLoader(urls, parent);
  }

  private static List<Path> jarsOf(Path directory) {
    if (!Files.isDirectory(directory)) {
      throw MineException.invalidOptions(
          "plugin directory "
              + directory
              + (Files.exists(directory) ? " is not a directory" : " does not exist")
              + " (from --plugins or "
              + ENVIRONMENT
              + "); give a directory that holds plugin jars");
    }
    List<Path> jars;
    try (Stream<Path> entries = Files.list(directory)) {
      jars =
          entries
              .filter(p -> p.getFileName().toString().endsWith(".jar") && Files.isRegularFile(p))
              .sorted()
              .toList();
    } catch (IOException e) {
      throw new MineException(
          ErrorCode.IO_FAILURE, "cannot list plugin directory " + directory + ": " + e, e);
    }
    if (jars.isEmpty()) {
      throw MineException.invalidOptions(
          "plugin directory "
              + directory
              + " holds no .jar file; copy the plugin's jar (and the jars it depends on) there");
    }
    if (jars.stream().noneMatch(PluginDirectories::declaresAPlugin)) {
      throw MineException.invalidOptions(
          "no jar in plugin directory "
              + directory
              + " declares a mine4j plugin (a "
              + SERVICE
              + " entry naming its MinePlugin class)");
    }
    return jars;
  }

  private static boolean declaresAPlugin(Path jar) {
    try (JarFile file = new JarFile(jar.toFile())) {
      return file.getJarEntry(SERVICE) != null;
    } catch (IOException e) {
      throw MineException.invalidOptions(
          "plugin jar " + jar + " cannot be read (" + e.getMessage() + "); is it a jar?");
    }
  }

  @Override
  public String toString() {
    return directories.toString();
  }
}
