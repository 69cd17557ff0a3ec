package org.mine4j.spark;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Consumer;
import org.apache.spark.SparkConf;
import org.apache.spark.SparkContext;
import org.apache.spark.SparkDriverExecutionException;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.mine4j.api.ErrorCode;
import org.mine4j.api.MineException;
import org.mine4j.bench.sweep.RunLog;
import org.mine4j.bench.sweep.RunRecord;
import org.mine4j.bench.sweep.RunRequest;
import org.mine4j.bench.sweep.SweepEngine;
import org.mine4j.bench.sweep.SweepJob;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import scala.reflect.ClassTag;
import scala.reflect.ClassTag$;

/**
 * The {@code spark} sweep engine ({@code mine4j bench run --engine spark}): every pending run of
 * the sweep is one partition, so one Spark task, of a single job on Apache Spark (Zaharia et al.,
 * "Resilient Distributed Datasets", NSDI 2012). An executor rebuilds the run's estimator and
 * dataset from their names and options ({@link RunRequest}) and runs it with the same seeds as the
 * thread-pool engine, so the records are the same; each record comes back to the driver as soon as
 * its task ends and is appended to {@code runs.jsonl} there, so {@code --resume} works as with the
 * thread pool.
 *
 * <p>The master is {@code --master} if given, else the one {@code spark-submit} set, else {@code
 * local[K]} with {@code K = --parallel}, else {@code local[*]} (every core of this machine, Spark
 * embedded in this JVM). Local masters run without the web UI and bind to the loopback address.
 * Executors get one OpenMP/OpenBLAS thread each, as the thread-pool engine's runs do. The engine
 * starts the application's SparkContext ({@code getOrCreate}) and stops it when the sweep ends.
 */
public final class SparkSweepEngine implements SweepEngine {
  /** The engine's name. */
  public static final String NAME = "spark";

  private static final Logger LOG = LoggerFactory.getLogger(SparkSweepEngine.class);

  @Override
  public String name() {
    return NAME;
  }

  /**
   * {@code --parallel K} means {@code local[K]}, so it cannot come with another master; a cluster
   * master needs the application jar ({@link SparkSettings#conf}).
   */
  @Override
  public void checkSettings(OptionalInt parallel, Optional<String> master) {
    if (parallel.isPresent() && master.isPresent()) {
      throw MineException.invalidOptions(
          "--parallel "
              + parallel.getAsInt()
              + " and --master "
              + master.get()
              + " both set the Spark master: give --master local["
              + parallel.getAsInt()
              + "] alone, or --master alone (a cluster's executors decide how many runs go at once)");
    }
    SparkSettings.conf(parallel, master);
  }

  @Override
  public void run(SweepJob job, RunLog log, Consumer<RunRecord> progress) {
    requireNonNull(job, "job is null");
    requireNonNull(log, "log is null");
    requireNonNull(progress, "progress is null");
    checkSettings(job.parallel(), job.master());
    List<RunRequest> requests = job.requests();
    if (requests.isEmpty()) {
      return;
    }
    SparkConf conf = SparkSettings.conf(job.parallel(), job.master());
    LOG.info("running {} runs on Spark master {}", requests.size(), conf.get("spark.master"));
    SparkContext spark = SparkContext.getOrCreate(conf);
    try {
      JavaSparkContext java = JavaSparkContext.fromSparkContext(spark);
      java.setJobDescription("mine4j bench run: " + requests.size() + " runs");
      JavaRDD<RunRequest> runs = java.parallelize(requests, requests.size());
      ClassTag<String> lines = ClassTag$.MODULE$.apply(String.class);
      spark.runJob(runs.rdd(), new ExecuteRuns(), new AppendRecords(log, progress), lines);
    } catch (Exception e) {
      // Scala throws checked SparkExceptions undeclared; a failure of the driver-side handler
      // (appending to runs.jsonl) comes wrapped in a SparkDriverExecutionException.
      throw failure(e, log);
    } finally {
      spark.stop();
    }
  }

  private static RuntimeException failure(Exception e, RunLog log) {
    Throwable cause = e instanceof SparkDriverExecutionException ? e.getCause() : e;
    if (cause instanceof MineException mine) {
      return mine;
    }
    return new MineException(
        ErrorCode.INTERNAL,
        "the Spark job of the sweep failed (finished runs are in "
            + log.file()
            + "; continue with --resume): "
            + cause,
        cause);
  }
}
