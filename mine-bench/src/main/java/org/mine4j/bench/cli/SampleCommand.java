package org.mine4j.bench.cli;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.mine4j.api.MineException;
import org.mine4j.api.data.Dataset;
import org.mine4j.api.data.Samples;
import org.mine4j.bench.results.AtomicFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code mine4j sample DATASET --n N --out FILE}: writes N seeded samples of a dataset as a CSV
 * file in the bmi format (header {@code X0,...,Y0,...}, no index column), which {@code estimate}
 * and {@code bmi} read back; prints the dataset's exact MI where it is known.
 */
@Command(
    name = "sample",
    mixinStandardHelpOptions = true,
    description = {
      "Write N samples of a dataset (e.g. correlated-gaussian -o dim=20 -o mi=2) to a CSV file with"
          + " a header X0,...,Y0,... (the bmi format), and print its exact MI where known."
    })
final class SampleCommand implements Callable<Integer> {
  private final CliContext context;

  @Parameters(index = "0", paramLabel = "DATASET", description = "Dataset (see 'mine4j list').")
  String dataset;

  @Option(
      names = {"-o", "--option"},
      paramLabel = "NAME=VALUE",
      description = "Dataset option, e.g. -o dim=20 -o mi=2.")
  Map<String, String> options = new LinkedHashMap<>();

  @Option(names = "--n", required = true, paramLabel = "N", description = "Number of samples.")
  int n;

  @Option(names = "--seed", defaultValue = "0", description = "Seed; default: ${DEFAULT-VALUE}.")
  long seed;

  @Option(names = "--out", required = true, paramLabel = "FILE", description = "CSV file to write.")
  Path out;

  SampleCommand(CliContext context) {
    this.context = requireNonNull(context, "context is null");
  }

  @Override
  public Integer call() {
    if (n < 1) {
      throw MineException.invalidOptions("--n must be a positive number of samples, found " + n);
    }
    Dataset chosen = context.components().get().datasets().get(dataset).create(options);
    Samples samples = chosen.sample(n, seed);
    AtomicFiles.write(out, stream -> writeCsv(samples, stream));
    context
        .out()
        .println(
            "wrote "
                + n
                + " samples of "
                + chosen.name()
                + " (dim-x "
                + samples.dimX()
                + ", dim-y "
                + samples.dimY()
                + ") to "
                + out
                + (chosen.trueMutualInformation().isPresent()
                    ? String.format(
                        "; exact MI %.6f nats", chosen.trueMutualInformation().getAsDouble())
                    : ""));
    context.out().flush();
    return ExitCodes.OK;
  }

  /** The bmi format, streamed row by row (values in Java's shortest round-trip form). */
  private static void writeCsv(Samples samples, OutputStream stream) throws IOException {
    Writer out = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
    StringBuilder line = new StringBuilder(256);
    for (int c = 0; c < samples.dimX(); c++) {
      line.append(c == 0 ? "" : ",").append('X').append(c);
    }
    for (int c = 0; c < samples.dimY(); c++) {
      line.append(",Y").append(c);
    }
    out.write(line.append('\n').toString());
    for (int i = 0; i < samples.rows(); i++) {
      line.setLength(0);
      for (int c = 0; c < samples.dimX(); c++) {
        line.append(c == 0 ? "" : ",").append(samples.x(i, c));
      }
      for (int c = 0; c < samples.dimY(); c++) {
        line.append(',').append(samples.y(i, c));
      }
      out.write(line.append('\n').toString());
    }
    out.flush();
  }
}
