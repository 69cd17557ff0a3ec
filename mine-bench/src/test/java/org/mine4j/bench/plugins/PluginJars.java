package org.mine4j.bench.plugins;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * Builds real plugin jars at test time: compiles a {@code MinePlugin} whose estimator always
 * returns a constant into a temporary directory and jars it with its services file, so that its
 * classes exist only in the jar (as a third party's would) and load through the plugin class
 * loader.
 */
final class PluginJars {
  private PluginJars() {}

  /**
   * A jar in {@code directory} with plugin {@code pluginName} registering the constant estimator
   * {@code estimatorName} (value 0.25) under package {@code pkg}.
   */
  static Path constantEstimator(Path directory, String pkg, String pluginName, String estimatorName)
      throws IOException {
    String source =
        """
        package %1$s;

        import java.util.List;
        import java.util.Map;
        import java.util.OptionalDouble;
        import org.mine4j.api.Estimate;
        import org.mine4j.api.EstimationContext;
        import org.mine4j.api.Estimator;
        import org.mine4j.api.Provenance;
        import org.mine4j.api.data.Samples;
        import org.mine4j.api.options.OptionSpec;
        import org.mine4j.api.spi.EstimatorFactory;
        import org.mine4j.api.spi.MinePlugin;

        public final class ThePlugin implements MinePlugin {
          public String name() { return "%2$s"; }

          public List<EstimatorFactory> estimators() {
            return List.of(new EstimatorFactory() {
              public String name() { return "%3$s"; }
              public String description() { return "a constant from a plugin jar"; }
              public List<OptionSpec> options() { return List.of(); }
              public Estimator create(Map<String, String> options) {
                return new Estimator() {
                  public String name() { return "%3$s"; }
                  public Map<String, String> options() { return Map.of(); }
                  public Estimate estimate(Samples samples, EstimationContext context) {
                    Provenance provenance = Provenance.empty().with("estimator", "%3$s")
                        .with("seed", Long.toString(context.seed()));
                    return new Estimate(0.25, "%3$s", "constant", OptionalDouble.empty(), 0.25,
                        0.25, 0, samples.rows(), samples.rows(), false, List.of(), provenance);
                  }
                };
              }
            });
          }
        }
        """
            .formatted(pkg, pluginName, estimatorName);
    Path work = Files.createTempDirectory("plugin-src");
    Path sourceFile = work.resolve("ThePlugin.java");
    Files.writeString(sourceFile, source);
    Path classes = Files.createDirectories(work.resolve("classes"));
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    int status =
        compiler.run(
            null,
            null,
            null,
            "-d",
            classes.toString(),
            "-cp",
            System.getProperty("java.class.path"),
            sourceFile.toString());
    assertThat(status).as("compiling the test plugin").isZero();
    Path jar = directory.resolve(pluginName + ".jar");
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar));
        Stream<Path> files = Files.walk(classes)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        out.putNextEntry(new JarEntry(classes.relativize(file).toString().replace('\\', '/')));
        Files.copy(file, out);
        out.closeEntry();
      }
      services(out, pkg + ".ThePlugin");
    }
    return jar;
  }

  /** A jar with one plain file and no plugin. */
  static Path withoutPlugin(Path directory) throws IOException {
    Path jar = directory.resolve("library.jar");
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
      out.putNextEntry(new JarEntry("README.txt"));
      out.write("not a plugin".getBytes(StandardCharsets.UTF_8));
      out.closeEntry();
    }
    return jar;
  }

  private static void services(JarOutputStream out, String className) throws IOException {
    out.putNextEntry(new JarEntry("META-INF/services/org.mine4j.api.spi.MinePlugin"));
    out.write((className + "\n").getBytes(StandardCharsets.UTF_8));
    out.closeEntry();
  }
}
