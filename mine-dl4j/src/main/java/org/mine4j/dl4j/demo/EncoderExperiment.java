package org.mine4j.dl4j.demo;

import static java.util.Objects.requireNonNull;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.mine4j.api.data.Samples;
import org.mine4j.api.experiment.Experiment;
import org.mine4j.api.experiment.ExperimentContext;
import org.mine4j.api.experiment.ExperimentReport;
import org.mine4j.api.gradient.Direction;
import org.mine4j.api.gradient.MiCritic;
import org.mine4j.dl4j.MultiLayerMiTrainer;
import org.mine4j.dl4j.SupervisedHead;
import org.mine4j.estimators.MiCritics;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * DL4J linear encoders trained with an MI term whose gradient comes from a neural estimator's
 * critic (Belghazi et al. 2018, section 5): (1) {@code maximise}: z = w.x must maximise I(z; y) for
 * y = x1 + x2 + 0.3 e (best direction (1, 1, 0, 0)); (2) {@code minimise}: z = W x in R^2 must
 * predict t = x1 + 0.1 e while minimising I(z; x3). Both encoders are linear maps of Gaussians, so
 * the exact I of the current encoder is known at every evaluation, beside the critic's estimate on
 * a fresh batch.
 *
 * <p>Writes {@code OUT/dl4j-encoders/dl4j-encoders.csv} (task, step, metric, mse, estimate, true
 * MI). The metric is cos(w, (1, 1, 0, 0)) for {@code maximise} and |W_x3| / |W_x1| for {@code
 * minimise}. About 10 s with the defaults.
 */
public final class EncoderExperiment implements Experiment {
  private final EncoderOptions options;

  public EncoderExperiment(EncoderOptions options) {
    this.options = requireNonNull(options, "options is null");
  }

  @Override
  public String name() {
    return EncoderExperimentFactory.NAME;
  }

  /** One evaluation of a task's encoder. */
  record Row(String task, int step, double metric, double mse, double estimate, double truth) {}

  @Override
  public ExperimentReport run(ExperimentContext context) {
    SplittableRandom seeds = new SplittableRandom(context.seed());
    MiCritic maxCritic =
        MiCritics.create(
            context.components(), options.estimator(), EncoderTasks.CRITIC, 1, 1, seeds.nextLong());
    MiCritic minCritic =
        MiCritics.create(
            context.components(), options.estimator(), EncoderTasks.CRITIC, 2, 1, seeds.nextLong());
    int total = 2 * (options.steps() / options.evalEvery());
    List<Row> rows = new ArrayList<>(maximise(maxCritic, seeds, context, total));
    rows.addAll(minimise(minCritic, seeds, context, total, rows.size()));
    return report(context, rows);
  }

  private List<Row> maximise(
      MiCritic critic, SplittableRandom seeds, ExperimentContext context, int total) {
    SplittableRandom data = seeds.split();
    SplittableRandom evaluation = seeds.split();
    MultiLayerNetwork encoder = EncoderTasks.encoder(1, 0.01, seeds.nextLong());
    MultiLayerMiTrainer trainer =
        new MultiLayerMiTrainer(
            encoder,
            EncoderTasks.term(critic, Direction.MAXIMISE, options.beta(), options.criticSteps()));
    List<Row> rows = new ArrayList<>();
    for (int step = 1; step <= options.steps(); step++) {
      INDArray[] batch = EncoderTasks.batch(data);
      trainer.step(batch[0], batch[1]);
      if (step % options.evalEvery() == 0) {
        INDArray[] test = EncoderTasks.batch(evaluation);
        INDArray w = encoder.getParam("0_W");
        double estimate = critic.value(Samples.of(encoder.output(test[0], false), test[1]));
        rows.add(new Row("maximise", step, cosine(w), Double.NaN, estimate, maximiseTruth(w)));
        progress(context, rows.get(rows.size() - 1), rows.size(), total);
      }
    }
    return rows;
  }

  private List<Row> minimise(
      MiCritic critic, SplittableRandom seeds, ExperimentContext context, int total, int done) {
    SplittableRandom data = seeds.split();
    SplittableRandom evaluation = seeds.split();
    MultiLayerNetwork encoder = EncoderTasks.encoder(2, 0.01, seeds.nextLong());
    SupervisedHead head = EncoderTasks.head(seeds.nextLong());
    MultiLayerMiTrainer trainer =
        new MultiLayerMiTrainer(
            encoder,
            EncoderTasks.term(critic, Direction.MINIMISE, options.beta(), options.criticSteps()));
    List<Row> rows = new ArrayList<>();
    for (int step = 1; step <= options.steps(); step++) {
      INDArray[] batch = EncoderTasks.batch(data);
      INDArray ownLossGradient = head.step(encoder.output(batch[0], true), batch[2]);
      trainer.step(batch[0], batch[3], ownLossGradient);
      if (step % options.evalEvery() == 0) {
        INDArray[] test = EncoderTasks.batch(evaluation);
        INDArray z = encoder.output(test[0], false);
        INDArray w = encoder.getParam("0_W");
        double ratio = rowNorm(w, 2) / rowNorm(w, 0);
        double estimate = critic.value(Samples.of(z, test[3]));
        rows.add(
            new Row("minimise", step, ratio, head.loss(z, test[2]), estimate, minimiseTruth(w)));
        progress(context, rows.get(rows.size() - 1), done + rows.size(), total);
      }
    }
    return rows;
  }

  /** I(w.x; x1 + x2 + 0.3 e) = -ln(1 - rho^2) / 2, rho^2 = (w1 + w2)^2 / (|w|^2 2.09). */
  static double maximiseTruth(INDArray w) {
    double dot = w.getDouble(0, 0) + w.getDouble(1, 0);
    double rho2 = dot * dot / (Math.pow(w.norm2Number().doubleValue(), 2) * 2.09);
    return -0.5 * Math.log1p(-rho2);
  }

  /** I(W^T x; x3) = -ln(1 - c^T (W^T W)^-1 c) / 2 with c = W's row of x3 (Gaussian, 2 x 2). */
  static double minimiseTruth(INDArray w) {
    double a = 0;
    double b = 0;
    double d = 0;
    for (int r = 0; r < 4; r++) {
      a += w.getDouble(r, 0) * w.getDouble(r, 0);
      b += w.getDouble(r, 0) * w.getDouble(r, 1);
      d += w.getDouble(r, 1) * w.getDouble(r, 1);
    }
    double c0 = w.getDouble(2, 0);
    double c1 = w.getDouble(2, 1);
    double quadratic = (d * c0 * c0 - 2 * b * c0 * c1 + a * c1 * c1) / (a * d - b * b);
    return -0.5 * Math.log1p(-Math.min(quadratic, 1 - 1e-12));
  }

  private static double cosine(INDArray w) {
    double dot = w.getDouble(0, 0) + w.getDouble(1, 0);
    return Math.abs(dot) / (Math.sqrt(2) * w.norm2Number().doubleValue());
  }

  private static double rowNorm(INDArray w, int r) {
    return w.getRow(r).norm2Number().doubleValue();
  }

  private static void progress(ExperimentContext context, Row row, int done, int total) {
    context
        .listener()
        .progress(
            done,
            total,
            String.format(
                Locale.ROOT,
                "[%d/%d] %s step %d: metric %.4f, MI %.4f estimated, %.4f true",
                done,
                total,
                row.task(),
                row.step(),
                row.metric(),
                row.estimate(),
                row.truth()));
  }

  private ExperimentReport report(ExperimentContext context, List<Row> rows) {
    StringBuilder csv = new StringBuilder("task,step,metric,mse,estimate,true_mi\n");
    for (Row r : rows) {
      csv.append(
          String.format(
              Locale.ROOT,
              "%s,%d,%.6g,%.6g,%.6g,%.6g%n",
              r.task(),
              r.step(),
              r.metric(),
              r.mse(),
              r.estimate(),
              r.truth()));
    }
    Path file =
        context
            .files()
            .write(name() + "/" + name() + ".csv", csv.toString().getBytes(StandardCharsets.UTF_8));
    Row max = last(rows, "maximise");
    Row min = last(rows, "minimise");
    Map<String, Double> metrics = new LinkedHashMap<>();
    metrics.put("maximise.cosine", max.metric());
    metrics.put("maximise.true-mi", max.truth());
    metrics.put("maximise.estimate", max.estimate());
    metrics.put("minimise.nuisance-ratio", min.metric());
    metrics.put("minimise.mse", min.mse());
    metrics.put("minimise.true-mi", min.truth());
    metrics.put("minimise.estimate", min.estimate());
    String table =
        String.format(
            Locale.ROOT,
            "dl4j-encoders (%s critic, beta %s, %d steps, seed %d)%n"
                + "maximise I(z; y):  cos(w, (1,1,0,0)) = %.4f   I = %.4f nats (estimated %.4f;"
                + " at most 1.5726)%n"
                + "minimise I(z; x3): |W_x3| / |W_x1| = %.4f   I = %.4f nats (estimated %.4f),"
                + " prediction MSE %.4f (noise floor 0.0100)%n",
            options.estimator(),
            options.beta(),
            options.steps(),
            context.seed(),
            max.metric(),
            max.truth(),
            max.estimate(),
            min.metric(),
            min.truth(),
            min.estimate(),
            min.mse());
    return new ExperimentReport(metrics, List.of(file), table);
  }

  private static Row last(List<Row> rows, String task) {
    Row found = null;
    for (Row r : rows) {
      if (r.task().equals(task)) {
        found = r;
      }
    }
    return requireNonNull(found, "no evaluation of " + task);
  }
}
