package org.mine4j.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;

/** The page is self-contained and escapes all text; charts render to PNG headless. */
class HtmlPageTest {
  @Test
  void aPageEscapesTextAndEmbedsItsImages() {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G'};
    String html =
        new HtmlPage("a <b> & c")
            .lead("lead \"quoted\"")
            .section("results")
            .table(List.of("name", "value"), List.of(List.of("x<y", "0.25"), List.of("z", "n/a")))
            .image(png, "alt 'text'")
            .provenance(Map.of("seed", "7"))
            .render();

    assertThat(html)
        .startsWith("<!DOCTYPE html>")
        .contains("<title>a &lt;b&gt; &amp; c</title>")
        .contains("lead &quot;quoted&quot;")
        .contains("<td>x&lt;y</td><td class=\"num\">0.25</td>")
        .contains("<td>n/a</td>")
        .contains("alt=\"alt &#39;text&#39;\"")
        .contains("data:image/png;base64," + Base64.getEncoder().encodeToString(png))
        .contains("<th>seed</th><td>7</td>")
        .doesNotContain("<script")
        .doesNotContain("http");
  }

  @Test
  void aRaggedRowIsRefused() {
    assertThatThrownBy(() -> new HtmlPage("t").table(List.of("a", "b"), List.of(List.of("1"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1 cells for 2 columns");
  }

  @Test
  void aChartRendersToPng() {
    XYChart chart = new XYChartBuilder().width(200).height(150).title("t").build();
    chart.addSeries("s", new double[] {0, 1}, new double[] {1, 2}).setLineColor(Png.colour(11));
    assertThat(Png.of(chart, "test chart")).startsWith(0x89, 'P', 'N', 'G');
  }
}
