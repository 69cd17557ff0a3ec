package org.mine4j.bench.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;
import org.mine4j.bench.results.Json;

class SweepPlotsTest {
  private static RunRecord ok(String estimator, String task, int seed, double estimate) {
    ObjectNode node = Json.MAPPER.createObjectNode();
    node.put("estimator", estimator);
    node.put("task", task);
    node.put("n", 100);
    node.put("seed_index", seed);
    node.put("master_seed", 0);
    node.put("status", RunRecord.OK);
    node.put("estimate", estimate);
    node.put("truth", task.equals("low") ? 0.4 : 1.0);
    return RunRecord.of(node);
  }

  @Test
  void aWildMeanIsLeftOffTheAxesAndCounted() {
    SweepSummary summary =
        SweepSummary.of(
            0,
            List.of(
                ok("good", "low", 0, 0.39),
                ok("good", "low", 1, 0.41),
                ok("good", "high", 0, 0.95),
                ok("good", "high", 1, 1.02),
                ok("wild", "low", 0, -30.0),
                ok("wild", "low", 1, 0.3),
                ok("wild", "high", 0, 0.9),
                ok("wild", "high", 1, 1.1)));

    XYChart chart = SweepPlots.estimateVsTruth(summary);

    assertThat(chart.getTitle()).endsWith("; 1 mean off the axes, see the table");
    // The axes follow the truths (max 1.0): at most 2 x 1.0 above and 0.5 below zero.
    assertThat(chart.getStyler().getYAxisMin()).isGreaterThanOrEqualTo(-0.5);
    assertThat(chart.getStyler().getYAxisMax()).isLessThanOrEqualTo(2.0 * 1.05);
    assertThat(chart.getSeriesMap().get("wild").getYData()).hasSize(1);
    assertThat(chart.getSeriesMap().get("good").getYData()).hasSize(2);
  }

  @Test
  void withEveryMeanInRangeTheTitleIsPlain() {
    SweepSummary summary =
        SweepSummary.of(0, List.of(ok("good", "low", 0, 0.39), ok("good", "low", 1, 0.41)));

    assertThat(SweepPlots.estimateVsTruth(summary).getTitle()).doesNotContain("off the axes");
  }
}
