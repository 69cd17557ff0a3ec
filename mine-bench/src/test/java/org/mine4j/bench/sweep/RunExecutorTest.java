package org.mine4j.bench.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mine4j.bench.plugins.Components;
import org.mine4j.bench.results.Json;

/**
 * A run described as a serialisable {@link RunRequest} (what a Spark executor gets) gives the same
 * record as the planned run it came from, estimator made again from its name and options.
 */
class RunExecutorTest {
  private static final Components COMPONENTS = Components.discover();

  @Test
  void aRequestAfterSerialisationGivesThePlannedRunsRecord() throws Exception {
    ObjectNode environment = Json.MAPPER.createObjectNode().put("engine", "test");
    RunExecutor executor = new RunExecutor(COMPONENTS);
    Map<String, String> options = Map.of("steps", "200", "eval-every", "100");
    SweepEstimator mine = SweepEstimator.create("mine:steps=200", "mine", options, COMPONENTS);
    SweepPlan plan =
        new SweepPlan(
            List.of(mine),
            List.of(new SweepTask("corr", "correlated-gaussian", Map.of("rho", "0.8", "dim", "2"))),
            List.of(300),
            2,
            5);

    for (RunSpec spec : plan.runs()) {
      RunRecord planned = executor.execute(spec, 5, environment);
      RunRequest request = roundTrip(RunRequest.of(spec, 5, Json.compact(environment)));
      RunRecord remote = new RunExecutor(COMPONENTS).execute(request);

      assertThat(planned.failed()).isFalse();
      assertThat(withoutTime(remote)).isEqualTo(withoutTime(planned));
      assertThat(remote.key()).isEqualTo(spec.key());
    }
  }

  @Test
  void aFailingRunIsARecordNotAnException() {
    RunExecutor executor = new RunExecutor(COMPONENTS);
    RunRequest request =
        new RunRequest(
            "gaussian",
            "gaussian",
            Map.of(),
            "bad",
            "correlated-gaussian",
            Map.of("rho", "1.5"),
            100,
            0,
            1,
            2,
            0,
            "{}");

    RunRecord record = executor.execute(request);

    assertThat(record.failed()).isTrue();
    assertThat(record.json().get("error").asText()).contains("rho");
    assertThat(record.json().get("error_code").asText()).isEqualTo("INVALID_OPTIONS");
  }

  private static ObjectNode withoutTime(RunRecord record) {
    ObjectNode copy = record.json().deepCopy();
    copy.remove("seconds");
    return copy;
  }

  private static RunRequest roundTrip(RunRequest request)
      throws IOException, ClassNotFoundException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(request);
    }
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      return (RunRequest) in.readObject();
    }
  }
}
