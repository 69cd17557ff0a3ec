package org.mine4j.bench.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mine4j.bench.results.Json;

class SweepReportTest {
  @TempDir Path dir;

  private static final String EVIL_ESTIMATOR = "est<b>&\"x\"";
  private static final String EVIL_TASK = "task<script>&amp;";

  private static RunRecord ok(String estimator, String task, int seed, double estimate) {
    ObjectNode node = base(estimator, task, seed);
    node.put("status", RunRecord.OK);
    node.put("estimate", estimate);
    node.put("truth", 1.0);
    return RunRecord.of(node);
  }

  private static RunRecord failed(String estimator, String task, int seed, String reason) {
    ObjectNode node = base(estimator, task, seed);
    node.put("status", RunRecord.FAILED);
    node.putNull("estimate");
    node.put("truth", 1.0);
    node.put("error", reason);
    node.put("error_code", "NON_FINITE_LOSS");
    return RunRecord.of(node);
  }

  private static ObjectNode base(String estimator, String task, int seed) {
    ObjectNode node = Json.MAPPER.createObjectNode();
    node.put("estimator", estimator);
    node.put("task", task);
    node.put("n", 100);
    node.put("seed_index", seed);
    node.put("master_seed", 7);
    return node;
  }

  private static List<RunRecord> records() {
    return List.of(
        ok("good", "t", 0, 1.0),
        ok("good", "t", 1, 1.0),
        ok("half", "t", 0, 0.5),
        ok("half", "t", 1, 0.5),
        ok(EVIL_ESTIMATOR, EVIL_TASK, 0, 2.0),
        failed(EVIL_ESTIMATOR, EVIL_TASK, 1, "diverged at <step 7> & gave up"));
  }

  private SweepReport report(List<RunRecord> records) {
    SweepSettings settings =
        new SweepSettings(
            List.of("good", "half", EVIL_ESTIMATOR), List.of("t", EVIL_TASK), List.of(100), 2, 7);
    ObjectNode environment = Json.MAPPER.createObjectNode();
    environment.put("java", "17 <beta>");
    return new SweepReport(settings, SweepSummary.of(7, records), records, environment);
  }

  @Test
  void rankingIsByMeanAbsoluteLog2Ratio() {
    List<SweepReport.Rank> ranking = report(records()).ranking();

    // Constant estimates against truth 1: |log2(1)| = 0, |log2(0.5)| = 1, |log2(2)| = 1;
    // ties are broken by label ("est<..." before "half").
    assertThat(ranking)
        .extracting(SweepReport.Rank::estimator)
        .containsExactly("good", EVIL_ESTIMATOR, "half");
    assertThat(ranking.get(0).meanAbsLog2Ratio()).isCloseTo(0.0, within(1e-12));
    assertThat(ranking.get(2).meanAbsLog2Ratio()).isCloseTo(1.0, within(1e-12));
    assertThat(ranking.get(1).failed()).isEqualTo(1);
    assertThat(ranking.get(1).runs()).isEqualTo(2);
  }

  @Test
  void writesTwoPngsAndASelfContainedEscapedPage() throws IOException {
    List<Path> files = report(records()).write(dir);

    assertThat(files)
        .containsExactly(
            dir.resolve(SweepReport.SCATTER),
            dir.resolve(SweepReport.BARS),
            dir.resolve(SweepReport.HTML));
    assertThat(png(Files.readAllBytes(dir.resolve(SweepReport.SCATTER))).getWidth()).isEqualTo(900);
    assertThat(png(Files.readAllBytes(dir.resolve(SweepReport.BARS))).getWidth()).isEqualTo(900);
    String html = Files.readString(dir.resolve(SweepReport.HTML));

    // The summary table has a row per aggregate.
    assertThat(html)
        .contains(
            "<tr><td>good</td><td>t</td><td class=\"num\">100</td><td class=\"num\">2</td>"
                + "<td class=\"num\">1.0000</td>")
        .contains("<tr><td>half</td><td>t</td><td class=\"num\">100</td>")
        .contains("<td class=\"num\">-1.0000</td>");
    // Labels, reasons and the environment are escaped; the raw text never appears.
    assertThat(html)
        .contains("est&lt;b&gt;&amp;&quot;x&quot;")
        .contains("task&lt;script&gt;&amp;amp;")
        .contains("diverged at &lt;step 7&gt; &amp; gave up")
        .contains("17 &lt;beta&gt;")
        .doesNotContain(EVIL_ESTIMATOR)
        .doesNotContain("<script")
        .doesNotContain("<b>")
        .doesNotContain("<step");
    // Self-contained: no links out, every src is a data URI that decodes to a PNG.
    assertThat(html).doesNotContainIgnoringCase("http://").doesNotContainIgnoringCase("https://");
    assertThat(html).doesNotContainPattern("(?i)<(link|script|iframe|object)\\b");
    List<String> sources = new ArrayList<>();
    Matcher src = Pattern.compile("src=\"([^\"]*)\"").matcher(html);
    while (src.find()) {
      sources.add(src.group(1));
    }
    assertThat(sources).hasSize(2).allMatch(s -> s.startsWith("data:image/png;base64,"));
    for (String source : sources) {
      byte[] bytes =
          Base64.getDecoder().decode(source.substring("data:image/png;base64,".length()));
      assertThat(png(bytes).getHeight()).isPositive();
    }
    assertThat(html.split("src=", -1)).hasSize(3);
  }

  @Test
  void aSweepWithNothingScoredStillRenders() throws IOException {
    List<RunRecord> records = List.of(failed("only", "t", 0, "broken"));

    report(records).write(dir);

    String html = Files.readString(dir.resolve(SweepReport.HTML));
    assertThat(html).contains("<td>broken</td>".replace("<td>", "<td class=\"reason\">"));
    assertThat(report(records).ranking())
        .singleElement()
        .satisfies(rank -> assertThat(rank.cells()).isZero());
  }

  private static BufferedImage png(byte[] bytes) throws IOException {
    assertThat(bytes).startsWith(0x89, 'P', 'N', 'G');
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
    assertThat(image).isNotNull();
    return image;
  }
}
