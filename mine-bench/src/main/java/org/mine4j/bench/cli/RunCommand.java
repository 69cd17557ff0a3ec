package org.mine4j.bench.cli;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.mine4j.api.MineException;
import org.mine4j.api.spi.EstimatorFactory;
import org.mine4j.api.spi.TrainableEstimatorFactory;
import org.mine4j.bench.plugins.Components;
import org.mine4j.bench.results.AtomicFiles;
import org.mine4j.bench.results.Json;
import org.mine4j.bench.sweep.RunLog;
import org.mine4j.bench.sweep.RunRecord;
import org.mine4j.bench.sweep.RunSpec;
import org.mine4j.bench.sweep.Sweep;
import org.mine4j.bench.sweep.SweepEngine;
import org.mine4j.bench.sweep.SweepEngines;
import org.mine4j.bench.sweep.SweepEstimator;
import org.mine4j.bench.sweep.SweepFolder;
import org.mine4j.bench.sweep.SweepPlan;
import org.mine4j.bench.sweep.SweepReport;
import org.mine4j.bench.sweep.SweepSettings;
import org.mine4j.bench.sweep.SweepSummary;
import org.mine4j.bench.sweep.ThreadPoolEngine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code mine4j bench run}: a resumable sweep of estimators &times; tasks &times; sample sizes
 * &times; seeds (issue 5). Each finished run is appended to {@code OUT/runs.jsonl} at once; the
 * aggregates go to {@code OUT/summary.csv} and {@code OUT/summary.json}, and the plots and the
 * self-contained page to {@code OUT/estimate-vs-truth.png}, {@code OUT/error-by-estimator.png} and
 * {@code OUT/report.html} ({@link SweepReport}). Exit 0 when every run succeeded, 1 when some
 * failed (they are recorded with their reason), 2 for bad input.
 */
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    description = {
      "Sweep estimators x tasks x sample sizes x seeds, each run with its own seeds split from"
          + " the master seed. Neural estimators get --neural-options (one budget for all) and"
          + " otherwise their defaults: standardised columns, 50/50 train/test split, the best"
          + " critic on a validation share; others get no training options. An estimator may"
          + " carry options after colons, which win, e.g. smile:tau=5 or mine:steps=5000.",
      "Tasks: a bmi task name (Czyz et al. 2023), 'bmi' for a default subset of 10 of them,"
          + " 'staircase' for the five MI levels of the staircase (x ~ N(0, I_20), y = rho x +"
          + " sqrt(1 - rho^2) noise, true MI 2, 4, 6, 8, 10 nats) as fixed-MI tasks staircase-2"
          + " ... staircase-10 scored at the sweep's n ('staircase:cubic' for y^3:"
          + " staircase-cubic-2 ...; the online protocol with fresh samples every step is 'bench"
          + " staircase'), or a dataset with exact MI, with options after colons, e.g."
          + " correlated-gaussian:rho=0.9:dim=2.",
      "Writes OUT/runs.jsonl (one line per finished run, appended as it finishes),"
          + " OUT/summary.csv and OUT/summary.json (mean, 95%% interval, bias, RMSE and mean"
          + " log2(estimate/truth) per estimator, task and n), OUT/estimate-vs-truth.png,"
          + " OUT/error-by-estimator.png and OUT/report.html (one self-contained page: settings,"
          + " ranking, plots, summary table, failed runs). --resume continues an interrupted"
          + " sweep without redoing finished runs.",
      "Every task and size is checked before anything runs or is written. A non-empty OUT that"
          + " holds no sweep is refused (--force writes beside its files, never over them).",
      "Exit codes: 0 all runs succeeded, 1 some runs failed, 2 bad input."
    })
final class RunCommand implements Callable<Integer> {
  /** The tasks {@code --tasks bmi} stands for: low- and mid-dimensional tasks of every family. */
  static final List<String> DEFAULT_BMI_TASKS = SweepTasks.DEFAULT_BMI_TASKS;

  /**
   * The neural budget of a sweep: 2000 steps of 128 pairs on a 16-8 ReLU critic at Adam 0.005. The
   * all-pairs bounds (infonce, smile) score 128&sup2; pairs a step, about 8 ms on one core, so a
   * run takes ~16 s instead of the ~30 min of the library defaults (100-100 critic, 256&sup2;
   * pairs, 5000 steps); on four bmi tasks at n = 5000 it did as well as a 10&times; smaller
   * learning rate or better (README, "Why the sweep's neural budget").
   */
  static final String NEURAL_DEFAULTS = "steps=2000:batch-size=128:hidden=16,8:learning-rate=0.005";

  static final String BMI = SweepTasks.BMI;

  private final CliContext context;

  @Option(
      names = "--estimators",
      defaultValue = "mine,smile,ksg",
      paramLabel = "NAME[:K=V...]",
      description =
          "Comma-separated estimators; a number after a comma continues the list value of the"
              + " option before it (mine:hidden=16,8,ksg is two estimators); default:"
              + " ${DEFAULT-VALUE}.")
  List<String> estimators;

  @Option(
      names = "--tasks",
      defaultValue = BMI,
      paramLabel = "TASK",
      description =
          "Comma-separated tasks: bmi (a default subset of 10 bmi tasks), staircase[:cubic]"
              + " (the staircase's levels 2, 4, 6, 8, 10 nats as fixed-MI tasks"
              + " staircase[-cubic]-2 ... -10 at the sweep's n; 'bench staircase' runs the online"
              + " protocol), a bmi task name or a dataset NAME[:K=V...] with exact MI; default:"
              + " ${DEFAULT-VALUE}.")
  List<String> tasks;

  @Option(
      names = "--n",
      split = ",",
      defaultValue = "1000,5000",
      paramLabel = "N",
      description = "Comma-separated sample sizes; default: ${DEFAULT-VALUE}.")
  List<Integer> sizes;

  @Option(
      names = "--neural-options",
      defaultValue = NEURAL_DEFAULTS,
      paramLabel = "K=V[:K=V...]",
      description =
          "Training options every neural estimator of the sweep gets, before its own (which win),"
              + " so that all train on the same budget; '' for the library defaults;"
              + " default: ${DEFAULT-VALUE}.")
  String neuralOptions;

  @Option(
      names = "--seeds",
      defaultValue = "10",
      paramLabel = "S",
      description = "Seeds per estimator, task and n; default: ${DEFAULT-VALUE}.")
  int seeds;

  @Option(
      names = "--seed",
      defaultValue = "0",
      description = "Master seed all runs' seeds are split from; default: ${DEFAULT-VALUE}.")
  long seed;

  @Option(
      names = "--parallel",
      paramLabel = "K",
      description = "Runs at once (each single-threaded); default: the number of cores.")
  Integer parallel;

  @Option(
      names = "--engine",
      defaultValue = ThreadPoolEngine.NAME,
      paramLabel = "NAME",
      description =
          "Where the runs execute: threads (a thread pool in this JVM) or spark (module"
              + " mine-spark: Spark local mode, a cluster with --master, or spark-submit);"
              + " default: ${DEFAULT-VALUE}.")
  String engine;

  @Option(
      names = "--master",
      paramLabel = "URL",
      description =
          "Spark master for --engine spark: local[K], local[*], spark://HOST:7077, yarn, ...;"
              + " default: spark-submit's, else local[K] with K = --parallel, else local[*].")
  String master;

  @Option(
      names = "--out",
      defaultValue = "results/sweep",
      paramLabel = "DIR",
      description = "Output directory; default: ${DEFAULT-VALUE}.")
  Path out;

  @Option(
      names = "--resume",
      description = "Continue the sweep in OUT/runs.jsonl: finished runs are not redone.")
  boolean resume;

  @Option(
      names = "--force",
      description =
          "Write the sweep into a non-empty OUT that holds no sweep (files of the same names as"
              + " the sweep's are still never replaced).")
  boolean force;

  RunCommand(CliContext context) {
    this.context = requireNonNull(context, "context is null");
  }

  @Override
  public Integer call() {
    if (parallel != null && parallel < 1) {
      throw MineException.invalidOptions("--parallel must be at least 1, found " + parallel);
    }
    if (seeds < 1) {
      throw MineException.invalidOptions("--seeds must be at least 1, found " + seeds);
    }
    AtomicFiles.checkWritable(out);
    if (master != null && master.isBlank()) {
      throw MineException.invalidOptions("--master is empty; write e.g. --master local[2]");
    }
    if (!context.plugins().directories().isEmpty() && !engine.equals(ThreadPoolEngine.NAME)) {
      // Executors make each run's estimator again from their own class path, without the plugins.
      throw MineException.invalidOptions(
          "plugins (--plugins, MINE4J_PLUGINS) run on the threads engine only; drop --engine "
              + engine
              + " for a sweep with plugin estimators or datasets");
    }
    SweepEngine sweepEngine = SweepEngines.discover(RunCommand.class.getClassLoader()).get(engine);
    OptionalInt parallelism = parallel == null ? OptionalInt.empty() : OptionalInt.of(parallel);
    sweepEngine.checkSettings(parallelism, Optional.ofNullable(master));
    Components components = context.components().get();
    SweepPlan plan =
        new SweepPlan(
            estimators(components), SweepTasks.of(components, tasks, sizes), sizes, seeds, seed);
    ObjectNode environment = Json.environment();
    environment.put("engine", sweepEngine.name());
    if (master != null) {
      environment.put("master", master);
    }
    Sweep sweep = new Sweep(plan, components, environment);
    List<RunRecord> all;
    SweepFolder.claim(out, resume || force);
    try (RunLog log = RunLog.open(out, resume)) {
      checkMasterSeed(log);
      checkEstimatorOptions(log, plan);
      if (log.discardedBytes() > 0) {
        context
            .err()
            .println(
                "mine4j bench run: discarded a torn last line of "
                    + log.discardedBytes()
                    + " bytes in "
                    + log.file());
      }
      List<RunSpec> pending = sweep.pending(log);
      if (resume) {
        context
            .err()
            .printf(
                Locale.ROOT,
                "resuming: %d of %d runs already done%n",
                plan.size() - pending.size(),
                plan.size());
      }
      SweepProgress progress =
          new SweepProgress(context.err(), context.interactive(), pending.size());
      try {
        sweep.run(log, sweepEngine, parallelism, Optional.ofNullable(master), progress);
      } finally {
        progress.finish();
      }
      all = log.all();
    }
    SweepSummary summary = SweepSummary.of(seed, all);
    List<Path> files = new ArrayList<>(summary.write(out, environment));
    files.addAll(
        new SweepReport(SweepSettings.of(plan, all), summary, all, environment).write(out));
    context.out().print(summary.table());
    context.out().println("wrote " + out.resolve(RunLog.FILE));
    for (Path file : files) {
      context.out().println("wrote " + file);
    }
    context.out().flush();
    if (summary.failedRuns() > 0) {
      context
          .err()
          .printf(
              Locale.ROOT,
              "mine4j bench run: %d of %d runs failed; their reasons are in %s%n",
              summary.failedRuns(),
              summary.total(),
              out.resolve(RunLog.FILE));
      context.err().flush();
      return ExitCodes.FAILURE;
    }
    return ExitCodes.OK;
  }

  private void checkMasterSeed(RunLog log) {
    for (RunRecord record : log.existing()) {
      if (record.masterSeed() != seed) {
        throw MineException.invalidOptions(
            log.file()
                + " holds runs of master seed "
                + record.masterSeed()
                + ", not "
                + seed
                + "; resume with --seed "
                + record.masterSeed()
                + " or choose another --out");
      }
    }
  }

  /** Each NAME[:K=V...]; neural ones get --neural-options first, then their own options. */
  private List<SweepEstimator> estimators(Components components) {
    Map<String, String> shared =
        neuralOptions.isBlank()
            ? Map.of()
            : LabelledOptions.options(
                "neural:" + neuralOptions.trim(), "--neural-options", "steps=1000:hidden=32,32");
    List<SweepEstimator> chosen = new ArrayList<>();
    for (String label :
        LabelledOptions.labels(estimators, "--estimators", "mine:hidden=16,8,ksg")) {
      String name = LabelledOptions.name(label);
      EstimatorFactory factory = components.estimators().get(name);
      Map<String, String> options = new LinkedHashMap<>();
      if (factory instanceof TrainableEstimatorFactory) {
        options.putAll(shared);
      }
      options.putAll(LabelledOptions.options(label, "--estimators", "smile:tau=5"));
      chosen.add(SweepEstimator.create(label, name, options, components));
    }
    return chosen;
  }

  /**
   * Resuming must not mix runs of one estimator label made with different options (another
   * --neural-options): the records' options must equal the plan's.
   */
  private static void checkEstimatorOptions(RunLog log, SweepPlan plan) {
    Map<String, Map<String, String>> planned = new LinkedHashMap<>();
    for (SweepEstimator estimator : plan.estimators()) {
      planned.put(estimator.label(), estimator.options());
    }
    for (RunRecord record : log.existing()) {
      Map<String, String> options = planned.get(record.key().estimator());
      if (options == null) {
        continue;
      }
      Map<String, String> recorded = new TreeMap<>();
      record
          .json()
          .path("estimator_options")
          .fields()
          .forEachRemaining(field -> recorded.put(field.getKey(), field.getValue().asText()));
      if (!recorded.equals(new TreeMap<>(options))) {
        throw MineException.invalidOptions(
            log.file()
                + " holds runs of '"
                + record.key().estimator()
                + "' made with the options "
                + recorded
                + ", not "
                + new TreeMap<>(options)
                + "; resume with the same --neural-options and estimator options, or choose"
                + " another --out");
      }
    }
  }
}
