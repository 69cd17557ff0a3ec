package org.mine4j.bench.cli;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.mine4j.api.Estimate;
import org.mine4j.api.EstimationContext;
import org.mine4j.api.Estimator;
import org.mine4j.api.data.Samples;
import org.mine4j.bench.results.EstimateJson;
import org.mine4j.bench.results.EstimateText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code mine4j estimate --data FILE [--dim-x DX --dim-y DY]}: estimates I(X;Y) of the paired
 * samples in a CSV file (the first DX columns are X, the next DY are Y; without the flags, taken
 * from an {@code X0,…,Y0,…} header) and prints it with its bound, 95% interval, ceiling and
 * warnings, as text or as one JSON object (errors too, with {@code --json}). The estimator splits
 * off its own held-out part and reports the value on it.
 */
@Command(
    name = "estimate",
    mixinStandardHelpOptions = true,
    description = {
      "Estimate I(X;Y) in nats from a CSV file of paired samples (columns: DX of X, then DY of Y;"
          + " an optional header line).",
      "The estimator holds out part of the rows and reports the bound on them, with a 95%%"
          + " interval."
    })
final class EstimateCommand implements Callable<Integer> {
  private final CliContext context;

  @Option(
      names = "--data",
      required = true,
      paramLabel = "FILE",
      description = "CSV file of paired samples ('-' for standard input).")
  Path data;

  @Option(
      names = "--dim-x",
      paramLabel = "DX",
      description = "Number of X columns (the first ones); default: from an X0,...,Y0,... header.")
  int dimX;

  @Option(
      names = "--dim-y",
      paramLabel = "DY",
      description = "Number of Y columns (the next ones); default: from an X0,...,Y0,... header.")
  int dimY;

  @Option(
      names = "--header",
      defaultValue = "auto",
      paramLabel = "auto|yes|no",
      description =
          "Is the first line a row of column names? auto: names are, numbers are not, and a line"
              + " that could be either is an error; default: ${DEFAULT-VALUE}.")
  String header;

  @Option(
      names = "--estimator",
      defaultValue = "mine",
      paramLabel = "NAME",
      description = "Estimator (see 'mine4j list'); default: ${DEFAULT-VALUE}.")
  String estimator;

  @Option(
      names = "--seed",
      defaultValue = "0",
      description = "Master seed of the run; default: ${DEFAULT-VALUE}.")
  long seed;

  @Mixin EstimatorOptionsMixin estimatorOptions = new EstimatorOptionsMixin();

  @Option(
      names = "--json",
      description =
          "Print one JSON object instead of text; an error is then a JSON object {\"error\":"
              + " {code, message, exit_code}} on stdout, besides the message on stderr.")
  boolean json;

  EstimateCommand(CliContext context) {
    this.context = requireNonNull(context, "context is null");
  }

  @Override
  public Integer call() {
    Estimator chosen =
        Estimations.estimator(
            context.components().get(), estimator, estimatorOptions.toProperties());
    Samples samples =
        Estimations.read(
            data, dimX, dimY, Estimations.headerMode(header), Optional.of(context.err()));
    EstimationContext estimation = EstimationContext.seeded(seed);
    if (context.interactive()) {
      estimation = estimation.withListener(new ProgressListener(context.err(), chosen.name()));
    }
    Estimate estimate = chosen.estimate(samples, estimation);
    estimate =
        estimate.withProvenance(
            estimate
                .provenance()
                .with(
                    "data.file",
                    data.toString().equals(Estimations.STDIN)
                        ? "standard input"
                        : data.toAbsolutePath().toString())
                .with("data.rows", Integer.toString(samples.rows()))
                .with("data.dim-x", Integer.toString(samples.dimX()))
                .with("data.dim-y", Integer.toString(samples.dimY())));
    if (json) {
      context.out().println(EstimateJson.toJson(estimate, samples.rows(), seed));
    } else {
      context.out().print(EstimateText.format(estimate, samples.rows(), seed));
    }
    context.out().flush();
    return ExitCodes.OK;
  }
}
