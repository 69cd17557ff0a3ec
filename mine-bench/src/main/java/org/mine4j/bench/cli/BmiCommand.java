package org.mine4j.bench.cli;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.mine4j.api.Estimate;
import org.mine4j.api.EstimationContext;
import org.mine4j.api.Estimator;
import org.mine4j.api.data.Samples;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code mine4j bmi FILE DX DY}: the external-estimator contract of the bmi benchmark (Czyż et al.
 * 2023). The harness reads stdout and stderr merged and parses the whole as one float, so on
 * success this prints exactly one number (nats) and nothing else on either stream; logging is
 * switched off before anything else starts (see {@code Main}). On failure it exits non-zero with a
 * message on stderr, so the harness fails loudly; a number that could not be written (a full disk)
 * is a failure too. DX and DY are required by the contract and must agree with an {@code X0,…,Y0,…}
 * header.
 */
@Command(
    name = "bmi",
    mixinStandardHelpOptions = true,
    description = {
      "The bmi benchmark's external-estimator contract: print exactly one number, I(X;Y) in nats,"
          + " and nothing else.",
      "FILE is a CSV of paired samples (DX columns of X, then DY of Y; an optional header line)."
    })
final class BmiCommand implements Callable<Integer> {
  private final CliContext context;

  @Parameters(index = "0", paramLabel = "FILE", description = "CSV file of paired samples.")
  Path file;

  @Parameters(
      index = "1",
      paramLabel = "DX",
      description = "Number of X columns (must agree with an X0,...,Y0,... header).")
  int dimX;

  @Parameters(
      index = "2",
      paramLabel = "DY",
      description = "Number of Y columns (must agree with an X0,...,Y0,... header).")
  int dimY;

  @Option(
      names = "--header",
      defaultValue = "auto",
      paramLabel = "auto|yes|no",
      description = "Is the first line a header row? Default: ${DEFAULT-VALUE}.")
  String header;

  @Option(
      names = "--estimator",
      defaultValue = "mine",
      paramLabel = "NAME",
      description = "Default: ${DEFAULT-VALUE}.")
  String estimator;

  @Option(
      names = "--seed",
      defaultValue = "0",
      description = "Master seed; default: ${DEFAULT-VALUE}.")
  long seed;

  @Mixin EstimatorOptionsMixin estimatorOptions = new EstimatorOptionsMixin();

  BmiCommand(CliContext context) {
    this.context = requireNonNull(context, "context is null");
  }

  @Override
  public Integer call() {
    Estimator chosen =
        Estimations.estimator(
            context.components().get(), estimator, estimatorOptions.toProperties());
    Samples samples =
        Estimations.read(file, dimX, dimY, Estimations.headerMode(header), Optional.empty());
    Estimate estimate = chosen.estimate(samples, EstimationContext.seeded(seed));
    context.out().println(Double.toString(estimate.nats()));
    context.out().flush();
    return ExitCodes.OK;
  }
}
