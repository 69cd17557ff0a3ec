package org.mine4j.bench.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mine4j.bench.results.Json;

class SweepSummaryTest {
  private static RunRecord ok(String estimator, int n, int seed, double estimate, double truth) {
    ObjectNode node = base(estimator, n, seed);
    node.put("status", RunRecord.OK);
    node.put("estimate", estimate);
    node.put("truth", truth);
    return RunRecord.of(node);
  }

  private static RunRecord failed(String estimator, int n, int seed) {
    ObjectNode node = base(estimator, n, seed);
    node.put("status", RunRecord.FAILED);
    node.putNull("estimate");
    node.put("truth", 1.0);
    node.put("error", "diverged");
    return RunRecord.of(node);
  }

  private static ObjectNode base(String estimator, int n, int seed) {
    ObjectNode node = Json.MAPPER.createObjectNode();
    node.put("estimator", estimator);
    node.put("task", "t");
    node.put("n", n);
    node.put("seed_index", seed);
    node.put("master_seed", 3);
    return node;
  }

  // Exact arithmetic on a handful of numbers: only rounding error, hence 1e-12.
  private static final double EXACT = 1e-12;

  @Test
  void aggregatesMatchHandComputation() {
    SweepSummary summary =
        SweepSummary.of(
            3,
            List.of(
                ok("a", 100, 0, 1.0, 1.0),
                ok("a", 100, 1, 1.2, 1.0),
                ok("a", 100, 2, 1.4, 1.0),
                failed("a", 100, 3),
                ok("b", 100, 0, -0.5, 1.0),
                ok("b", 100, 1, 2.0, 1.0)));

    assertThat(summary.total()).isEqualTo(6);
    assertThat(summary.failedRuns()).isEqualTo(1);
    assertThat(summary.aggregates()).hasSize(2);
    Aggregate a = summary.aggregates().get(0);
    assertThat(a.runs()).isEqualTo(3);
    assertThat(a.failed()).isEqualTo(1);
    assertThat(a.mean()).isCloseTo(1.2, within(EXACT));
    // sd = sqrt((0.04 + 0 + 0.04) / 2) = 0.2; t(0.975, 2) = 4.302652730.
    assertThat(a.sd()).isCloseTo(0.2, within(EXACT));
    double half = 4.302652730 * 0.2 / Math.sqrt(3);
    assertThat(a.ciLow()).isCloseTo(1.2 - half, within(1e-9));
    assertThat(a.ciHigh()).isCloseTo(1.2 + half, within(1e-9));
    assertThat(a.bias()).isCloseTo(0.2, within(EXACT));
    assertThat(a.rmse()).isCloseTo(Math.sqrt((0 + 0.04 + 0.16) / 3), within(EXACT));
    double log2 = (0 + Math.log(1.2) / Math.log(2) + Math.log(1.4) / Math.log(2)) / 3;
    assertThat(a.meanLog2Ratio()).isCloseTo(log2, within(EXACT));
    assertThat(a.log2Skipped()).isZero();

    Aggregate b = summary.aggregates().get(1);
    assertThat(b.mean()).isCloseTo(0.75, within(EXACT));
    assertThat(b.rmse()).isCloseTo(Math.sqrt((2.25 + 1.0) / 2), within(EXACT));
    // The negative estimate is left out of the log ratio and counted: log2(2/1) = 1.
    assertThat(b.meanLog2Ratio()).isCloseTo(1.0, within(EXACT));
    assertThat(b.log2Skipped()).isEqualTo(1);
  }

  @Test
  void oneRunHasNoIntervalAndFilesSayNothingForIt() {
    SweepSummary summary = SweepSummary.of(0, List.of(ok("a", 100, 0, 0.5, 1.0)));

    Aggregate a = summary.aggregates().get(0);
    assertThat(a.sd()).isNaN();
    assertThat(a.ciLow()).isNaN();
    assertThat(summary.csv())
        .isEqualTo(SweepSummary.HEADER + "\na,t,100,1,0,1.0,0.5,,,,-0.5,0.5,-1.0,0\n");
    assertThat(
            summary
                .json(Json.MAPPER.createObjectNode())
                .get("aggregates")
                .get(0)
                .get("sd")
                .isNull())
        .isTrue();
  }

  @Test
  void studentQuantileIsTabulatedThenExpanded() {
    assertThat(StudentT.quantile975(9)).isEqualTo(2.262157163);
    // Exact values (R's qt(0.975, df)); the expansion is within 1e-5 above 30 degrees of freedom.
    assertThat(StudentT.quantile975(31)).isCloseTo(2.039513446, within(1e-5));
    assertThat(StudentT.quantile975(100)).isCloseTo(1.983971519, within(1e-5));
    assertThat(StudentT.quantile975(0)).isNaN();
  }

  @Test
  void theTableWidensItsLabelColumnsForLongLabels() {
    String longLabel = "mine:hidden=16,8:steps=50:learning-rate=0.001";
    SweepSummary summary =
        SweepSummary.of(3, List.of(ok("a", 100, 0, 1.0, 1.0), ok(longLabel, 100, 0, 1.1, 1.0)));

    List<String> lines = summary.table().lines().toList();

    assertThat(lines).hasSize(3);
    assertThat(lines.get(2)).startsWith(longLabel + " t ");
    // Every row's columns line up: the n column ends at the same offset in all of them.
    int nEnd = lines.get(0).indexOf(" n ") + 2;
    assertThat(lines.get(1).substring(nEnd - 3, nEnd)).isEqualTo("100");
    assertThat(lines.get(2).substring(nEnd - 3, nEnd)).isEqualTo("100");
  }
}
