package org.mine4j.estimators.training;

import static java.util.Objects.requireNonNull;

import java.nio.FloatBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.mine4j.api.bound.Negatives;
import org.mine4j.api.bound.Scores;
import org.mine4j.api.data.Samples;
import org.mine4j.api.network.PairIndex;
import org.mine4j.api.network.StatisticsNetwork;
import org.mine4j.estimators.critic.BaselineMlp;

/**
 * What a bound is trained on: the critic T(x, y) and, for the bounds that need one (TUBA, the
 * interpolated bound; {@link org.mine4j.api.bound.Bound#needsBaseline()}), the learned baseline log
 * a(y). Turns a batch into {@link Scores} and a bound's gradient back into parameter gradients of
 * both parts.
 */
public final class ScoringModel {
  private final StatisticsNetwork critic;
  private final Optional<BaselineMlp> baseline;
  private float[] criticGradient = new float[0];
  private float[] baselineGradient = new float[0];
  private float[] baselineYGradient = new float[0];

  public ScoringModel(StatisticsNetwork critic, Optional<BaselineMlp> baseline) {
    this.critic = requireNonNull(critic, "critic is null");
    this.baseline = requireNonNull(baseline, "baseline is null");
  }

  /** A model without a baseline. */
  public static ScoringModel of(StatisticsNetwork critic) {
    return new ScoringModel(critic, Optional.empty());
  }

  public StatisticsNetwork critic() {
    return critic;
  }

  public Optional<BaselineMlp> baseline() {
    return baseline;
  }

  /** Scores a training batch, keeping what {@link #backward} needs. */
  Scores forward(Samples batch, PairIndex pairs, int k, Negatives layout) {
    float[] values = critic.forward(batch, pairs);
    return new Scores(values, k, layout, baseline.map(b -> b.forward(batch)).orElse(null));
  }

  /** Scores held-out rows without touching the training pass. */
  Scores score(Samples batch, PairIndex pairs, int k, Negatives layout) {
    float[] values = critic.score(batch, pairs);
    return new Scores(values, k, layout, baseline.map(b -> b.evaluate(batch)).orElse(null));
  }

  /**
   * Back-propagates a bound's gradient (length {@link Scores#gradientSize()}) into the critic's and
   * the baseline's parameter gradients.
   */
  void backward(Scores scores, float[] gradient) {
    int size = scores.size();
    if (criticGradient.length != size) {
      criticGradient = new float[size];
    }
    System.arraycopy(gradient, 0, criticGradient, 0, size);
    critic.backward(criticGradient);
    if (baseline.isPresent()) {
      int k = scores.batchSize();
      if (baselineGradient.length != k) {
        baselineGradient = new float[k];
      }
      System.arraycopy(gradient, size, baselineGradient, 0, k);
      baseline.get().backward(baselineGradient);
    }
  }

  /**
   * As {@link #backward(Scores, float[])}, and also writes d/dx and d/dy of the same quantity for
   * every row of the batch of the last {@link #forward} (row-major, overwritten): the critic's
   * input gradients, plus the baseline's share of the y gradient.
   */
  void backward(Scores scores, float[] gradient, float[] xGradient, float[] yGradient) {
    int size = scores.size();
    if (criticGradient.length != size) {
      criticGradient = new float[size];
    }
    System.arraycopy(gradient, 0, criticGradient, 0, size);
    critic.backward(criticGradient, xGradient, yGradient);
    if (baseline.isPresent()) {
      int k = scores.batchSize();
      if (baselineGradient.length != k) {
        baselineGradient = new float[k];
      }
      System.arraycopy(gradient, size, baselineGradient, 0, k);
      if (baselineYGradient.length != yGradient.length) {
        baselineYGradient = new float[yGradient.length];
      }
      baseline.get().backward(baselineGradient, baselineYGradient);
      for (int i = 0; i < yGradient.length; i++) {
        yGradient[i] += baselineYGradient[i];
      }
    }
  }

  /** The parameter buffers, critic first (for the optimiser and checkpoints). */
  List<FloatBuffer> parameters() {
    List<FloatBuffer> buffers = new ArrayList<>(List.of(critic.parameters()));
    baseline.ifPresent(b -> buffers.add(b.parameters()));
    return List.copyOf(buffers);
  }

  /** The gradient buffers, in the order of {@link #parameters()}. */
  List<FloatBuffer> gradients() {
    List<FloatBuffer> buffers = new ArrayList<>(List.of(critic.gradients()));
    baseline.ifPresent(b -> buffers.add(b.gradients()));
    return List.copyOf(buffers);
  }

  /** E.g. {@code concat mlp 40-256-256-1 + baseline mlp 20-64-1}. */
  public String description() {
    return critic.description() + baseline.map(b -> " + " + b.description()).orElse("");
  }
}
