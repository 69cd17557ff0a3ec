package org.mine4j.bench.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mine4j.bench.results.Json;

/** The jackknife over seeds, against intervals worked out by hand. */
class SeedJackknifeTest {
  private static RunRecord ok(String estimator, String task, int seed, double estimate) {
    ObjectNode node = Json.MAPPER.createObjectNode();
    node.put("estimator", estimator);
    node.put("task", task);
    node.put("n", 100);
    node.put("seed_index", seed);
    node.put("master_seed", 0);
    node.put("status", RunRecord.OK);
    node.put("estimate", estimate);
    node.put("truth", 1.0);
    return RunRecord.of(node);
  }

  @Test
  void threeSeedsOfOneCell() {
    // log2 ratios 1, 0, -1: the score |mean| is 0; leaving out each seed gives 0.5, 0 and 0.5,
    // whose mean is 1/3 and sum of squared deviations 1/6; the jackknife standard error is
    // sqrt(2/3 * 1/6) = 1/3 and t(2) = 4.3027, so the half-width is 4.3027 / 3.
    Map<String, Double> halfWidths =
        SeedJackknife.halfWidths(
            List.of(ok("e", "t", 0, 2.0), ok("e", "t", 1, 1.0), ok("e", "t", 2, 0.5)));

    assertThat(halfWidths.get("e")).isCloseTo(4.302652730 / 3, within(1e-9));
  }

  @Test
  void identicalSeedsGiveAZeroWidthAndOneSeedNone() {
    Map<String, Double> halfWidths =
        SeedJackknife.halfWidths(
            List.of(
                ok("same", "a", 0, 2.0),
                ok("same", "a", 1, 2.0),
                ok("same", "b", 0, 0.5),
                ok("same", "b", 1, 0.5),
                ok("single", "a", 0, 2.0)));

    assertThat(halfWidths.get("same")).isCloseTo(0.0, within(1e-12));
    assertThat(halfWidths.get("single")).isNaN();
  }

  @Test
  void nonPositiveEstimatesAreLeftOutAsInTheScore() {
    // Seed 2's estimate -3 has no log2 ratio: the rest is two seeds with ratios 1 and 1.
    Map<String, Double> halfWidths =
        SeedJackknife.halfWidths(
            List.of(ok("e", "t", 0, 2.0), ok("e", "t", 1, 2.0), ok("e", "t", 2, -3.0)));

    assertThat(halfWidths.get("e")).isCloseTo(0.0, within(1e-12));
  }
}
