package org.mine4j.bench.cli;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.mine4j.api.MineException;
import org.mine4j.bench.perf.StepBenchmark;
import org.mine4j.bench.perf.StepSpec;
import org.mine4j.bench.perf.StepTiming;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code mine4j perf [--steps N] [SPEC...]}: times the MINE training step per spec ({@link
 * StepBenchmark}), one line per spec as {@code reference/torch_step.py} prints, for side-by-side
 * comparison with PyTorch on the same machine.
 */
@Command(
    name = "perf",
    mixinStandardHelpOptions = true,
    description = {
      "Time the MINE training step (ms per step, median of 5 blocks) for each critic:d:n:HxL spec,"
          + " e.g. concat:1:512:100x2; without specs, the default set. Run with one thread (the"
          + " launcher's default)."
    })
final class PerfCommand implements Callable<Integer> {
  private final CliContext context;

  @Option(
      names = "--steps",
      defaultValue = "" + StepBenchmark.DEFAULT_STEPS,
      paramLabel = "N",
      description = "Timed steps per spec; default: ${DEFAULT-VALUE}.")
  int steps;

  @Parameters(
      arity = "0..*",
      paramLabel = "SPEC",
      description = "critic:d:n:HxL, e.g. concat:20:64:256x2.")
  List<String> specs = new ArrayList<>();

  PerfCommand(CliContext context) {
    this.context = requireNonNull(context, "context is null");
  }

  @Override
  public Integer call() {
    List<StepSpec> parsed = new ArrayList<>();
    try {
      if (steps < 5) {
        throw new IllegalArgumentException("--steps must be at least 5, found " + steps);
      }
      for (String spec : specs.isEmpty() ? StepBenchmark.DEFAULT_SPECS : specs) {
        parsed.add(StepSpec.parse(spec));
      }
    } catch (IllegalArgumentException e) {
      throw MineException.invalidOptions(e.getMessage());
    }
    for (StepSpec spec : parsed) {
      StepTiming timing = StepBenchmark.time(spec, steps);
      context.out().println(timing.format());
      context.out().flush();
    }
    return ExitCodes.OK;
  }
}
