package org.mine4j.bench.sweep;

import static java.util.Objects.requireNonNull;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.CategoryStyler;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.XYStyler;
import org.knowm.xchart.style.markers.Marker;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.mine4j.api.ErrorCode;
import org.mine4j.api.MineException;

/**
 * The two figures of a sweep's report, drawn headless with XChart: the mean estimate of each
 * estimator on each (task, n) cell, the cells side by side along the x axis and labelled by task
 * (so tasks that share a true MI do not stack), each with a black bar at its true MI and error bars
 * the 95% Student-t interval of the mean over seeds; and a bar per estimator of its mean
 * |log2(estimate/truth)|, the bmi benchmark's score (Czyż et al. 2023) taken as a magnitude so that
 * over- and under-estimation both count as error, with the 95% jackknife interval over seeds
 * ({@link SeedJackknife}).
 */
final class SweepPlots {
  /** Matplotlib's tab10, as in the other benchmark plots. */
  private static final Color[] PALETTE = {
    new Color(0x1f77b4), new Color(0xff7f0e), new Color(0x2ca02c), new Color(0xd62728),
    new Color(0x9467bd), new Color(0x8c564b), new Color(0xe377c2), new Color(0x7f7f7f),
    new Color(0xbcbd22), new Color(0x17becf)
  };

  static final String TRUTH = "true MI";

  private SweepPlots() {}

  /** One cell of the x axis: a task at a sample size, with its true MI. */
  private record Cell(String task, int n, double truth) {}

  /** Mean estimate per (task, n) cell, one series per estimator with 95% error bars. */
  static XYChart estimateVsTruth(SweepSummary summary) {
    requireNonNull(summary, "summary is null");
    List<Cell> cells = cells(summary);
    boolean severalSizes = cells.stream().map(Cell::n).distinct().count() > 1;
    int seeds = summary.aggregates().stream().mapToInt(a -> a.runs() + a.failed()).max().orElse(0);
    XYChart chart =
        new XYChartBuilder()
            .width(900)
            .height(640)
            .title(
                "Mean estimate per task, "
                    + seeds
                    + (seeds == 1 ? " seed" : " seeds")
                    + " (black: true MI; bars: 95% interval)")
            .xAxisTitle(" ")
            .yAxisTitle("mean estimate (nats)")
            .build();
    XYStyler styler = chart.getStyler();
    styler.setDefaultSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
    styler.setLegendPosition(Styler.LegendPosition.OutsideE);
    styler.setChartBackgroundColor(Color.WHITE);
    styler.setPlotBackgroundColor(Color.WHITE);
    styler.setLegendBorderColor(Color.LIGHT_GRAY);
    styler.setErrorBarsColorSeriesColor(true);
    styler.setMarkerSize(8);
    styler.setYAxisDecimalPattern("0.0#");
    styler.setPlotGridVerticalLinesVisible(false);
    styler.setAxisTicksMarksVisible(false);
    styler.setChartTitleFont(new Font(Font.SANS_SERIF, Font.BOLD, 12));
    // The cells are labelled under the plot by estimateVsTruthPng, not by XChart's ticks.
    styler.setXAxisTicksVisible(false);

    // The axes follow the truths, so that one wild estimate (a DV bound on heavy tails can be far
    // below zero) does not squash every other point into a corner; means beyond them are counted
    // in the title and stay in the table.
    double maxTruth =
        cells.stream().mapToDouble(Cell::truth).filter(Double::isFinite).max().orElse(0);
    double minTruth = Math.min(0, cells.stream().mapToDouble(Cell::truth).min().orElse(0));
    double floor = minTruth - Math.max(0.5, 0.5 * maxTruth);
    double ceiling = Math.max(2 * maxTruth, maxTruth + 0.5);
    double low = minTruth;
    double high = maxTruth;
    int offAxes = 0;
    Map<String, List<Aggregate>> groups = byEstimator(summary);
    double spacing = 0.6 / Math.max(1, groups.size());
    int index = 0;
    for (Map.Entry<String, List<Aggregate>> entry : groups.entrySet()) {
      double offset = (index - (groups.size() - 1) / 2.0) * spacing;
      List<Double> xs = new ArrayList<>();
      List<Double> ys = new ArrayList<>();
      List<Double> errors = new ArrayList<>();
      for (Aggregate a : entry.getValue()) {
        if (!Double.isFinite(a.truth()) || !Double.isFinite(a.mean())) {
          continue;
        }
        if (a.mean() < floor || a.mean() > ceiling) {
          offAxes++;
          continue;
        }
        double half = a.ciHigh() - a.mean();
        double error = Double.isFinite(half) ? half : 0.0;
        xs.add(cells.indexOf(new Cell(a.task(), a.n(), a.truth())) + offset);
        ys.add(a.mean());
        errors.add(error);
        high = Math.max(high, Math.min(ceiling, a.mean() + error));
        low = Math.min(low, Math.max(floor, a.mean() - error));
      }
      Color color = PALETTE[index++ % PALETTE.length];
      if (xs.isEmpty()) {
        continue;
      }
      XYSeries series = chart.addSeries(seriesName(entry.getKey()), xs, ys, errors);
      series.setMarkerColor(color);
      series.setLineColor(color);
      series.setMarker(SeriesMarkers.CIRCLE);
    }
    if (offAxes > 0) {
      chart.setTitle(
          chart.getTitle()
              + "; "
              + offAxes
              + (offAxes == 1 ? " mean" : " means")
              + " off the axes, see the table");
    }
    addTruths(chart, cells);
    double top = high > 0 ? high * 1.05 : 1.0;
    styler.setYAxisMin(Math.min(0, low));
    styler.setYAxisMax(top);
    return chart;
  }

  /** The distinct (task, n) cells, by true MI, then task and n. */
  private static List<Cell> cells(SweepSummary summary) {
    List<Cell> cells = new ArrayList<>();
    for (Aggregate a : summary.aggregates()) {
      Cell cell = new Cell(a.task(), a.n(), a.truth());
      if (Double.isFinite(a.truth()) && !cells.contains(cell)) {
        cells.add(cell);
      }
    }
    cells.sort(
        Comparator.comparingDouble(Cell::truth)
            .thenComparing(Cell::task)
            .thenComparingInt(Cell::n));
    return cells;
  }

  private static String label(Cell cell, boolean severalSizes) {
    String task = cell.task().length() > 36 ? cell.task().substring(0, 35) + "~" : cell.task();
    return severalSizes ? task + " n=" + cell.n() : task;
  }

  /**
   * The estimate-per-task chart as PNG bytes, 900 pixels wide, with each cell's task (and n)
   * written at an angle under its column: XChart's numeric ticks cannot be pinned to the cells.
   */
  static byte[] estimateVsTruthPng(SweepSummary summary) {
    XYChart chart = estimateVsTruth(summary);
    List<Cell> cells = cells(summary);
    boolean severalSizes = cells.stream().map(Cell::n).distinct().count() > 1;
    Font font = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    double angle = Math.toRadians(35);
    int longest = cells.stream().mapToInt(c -> label(c, severalSizes).length()).max().orElse(0);
    int band = (int) Math.ceil(longest * 7.2 * Math.sin(angle)) + 46;
    int height = chart.getHeight();
    return render(
        chart.getWidth(),
        height + band,
        graphics -> {
          chart.paint(graphics, chart.getWidth(), height);
          double bottom = chart.getScreenYFromChart(chart.getStyler().getYAxisMin());
          graphics.setColor(Color.BLACK);
          graphics.setFont(font);
          for (int i = 0; i < cells.size(); i++) {
            double x = chart.getScreenXFromChart(i);
            Graphics2D rotated = (Graphics2D) graphics.create();
            rotated.translate(x - 4, bottom + 14);
            rotated.rotate(angle);
            rotated.drawString(label(cells.get(i), severalSizes), 0, 0);
            rotated.dispose();
          }
          String axis = severalSizes ? "task, n (by true MI)" : "task (by true MI)";
          graphics.setFont(font.deriveFont(Font.BOLD));
          graphics.drawString(axis, 20, (int) bottom + band - 12);
        });
  }

  /** Paints onto a white image of the given size and encodes it as PNG. */
  private static byte[] render(
      int width, int height, java.util.function.Consumer<Graphics2D> paint) {
    if (System.getProperty("java.awt.headless") == null) {
      System.setProperty("java.awt.headless", "true");
    }
    try {
      java.awt.image.BufferedImage image =
          new java.awt.image.BufferedImage(
              width, height, java.awt.image.BufferedImage.TYPE_INT_RGB);
      Graphics2D graphics = image.createGraphics();
      graphics.setColor(Color.WHITE);
      graphics.fillRect(0, 0, width, height);
      graphics.setRenderingHint(
          java.awt.RenderingHints.KEY_ANTIALIASING, java.awt.RenderingHints.VALUE_ANTIALIAS_ON);
      graphics.setRenderingHint(
          java.awt.RenderingHints.KEY_TEXT_ANTIALIASING,
          java.awt.RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      paint.accept(graphics);
      graphics.dispose();
      java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
      javax.imageio.ImageIO.write(image, "png", bytes);
      return bytes.toByteArray();
    } catch (IOException | RuntimeException | Error e) {
      throw new MineException(
          ErrorCode.IO_FAILURE,
          "cannot render the estimate-per-task plot: "
              + e
              + "; a headless JVM needs fonts (Debian: apt-get install fontconfig fonts-dejavu-core)",
          e);
    }
  }

  /** A short black bar at each cell's true MI, drawn as a wide flat marker at the cell. */
  private static void addTruths(XYChart chart, List<Cell> cells) {
    List<Double> xs = new ArrayList<>();
    List<Double> ys = new ArrayList<>();
    for (int i = 0; i < cells.size(); i++) {
      xs.add((double) i);
      ys.add(cells.get(i).truth());
    }
    XYSeries truth = chart.addSeries(TRUTH, xs, ys);
    truth.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
    truth.setMarker(new FlatBar());
    truth.setMarkerColor(Color.BLACK);
  }

  /** A horizontal bar five marker sizes wide: the truth of a cell, under its estimates. */
  private static final class FlatBar extends Marker {
    @Override
    public void paint(Graphics2D g, double x, double y, int markerSize) {
      g.setStroke(new BasicStroke(2.5f));
      g.draw(new Line2D.Double(x - 2.5 * markerSize, y, x + 2.5 * markerSize, y));
    }
  }

  /**
   * A bar per ranked estimator: its mean |log2(estimate/truth)| over the scored cells, with the 95%
   * jackknife interval over seeds where there are two or more.
   *
   * @param ranking the estimators, best first
   * @param halfWidths the intervals' half-widths by estimator (NaN or absent: none)
   * @param seeds the seeds per cell, for the title
   */
  static CategoryChart errorByEstimator(
      List<SweepReport.Rank> ranking, Map<String, Double> halfWidths, int seeds) {
    requireNonNull(ranking, "ranking is null");
    requireNonNull(halfWidths, "halfWidths is null");
    CategoryChart chart =
        new CategoryChartBuilder()
            .width(900)
            .height(520)
            .title(
                "Error by estimator: mean over tasks and n of |mean log2(estimate / truth)|, "
                    + seeds
                    + (seeds == 1 ? " seed (no interval)" : " seeds (95% jackknife interval)"))
            .xAxisTitle("estimator")
            .yAxisTitle("mean |log2 ratio| (lower is better)")
            .build();
    CategoryStyler styler = chart.getStyler();
    styler.setLegendVisible(false);
    styler.setChartBackgroundColor(Color.WHITE);
    styler.setPlotBackgroundColor(Color.WHITE);
    styler.setLabelsVisible(true);
    // White on the bar (black on a short, light one), near its foot, clear of the error bar.
    styler.setLabelsFontColorAutomaticEnabled(true);
    styler.setLabelsPosition(0.1);
    styler.setChartTitleFont(new Font(Font.SANS_SERIF, Font.BOLD, 12));
    styler.setLabelsFont(new java.awt.Font(java.awt.Font.SANS_SERIF, java.awt.Font.BOLD, 13));
    styler.setYAxisDecimalPattern("0.00");
    styler.setYAxisMin(0.0);
    styler.setErrorBarsColor(Color.BLACK);
    List<String> names = new ArrayList<>();
    List<Double> values = new ArrayList<>();
    List<Double> errors = new ArrayList<>();
    for (SweepReport.Rank rank : ranking) {
      if (rank.cells() > 0) {
        names.add(rank.estimator());
        values.add(rank.meanAbsLog2Ratio());
        double half = halfWidths.getOrDefault(rank.estimator(), Double.NaN);
        errors.add(Double.isFinite(half) ? half : 0.0);
      }
    }
    if (names.isEmpty()) {
      names.add("no scored runs");
      values.add(0.0);
      errors.add(0.0);
    }
    if (names.size() > 5) {
      styler.setXAxisLabelRotation(30);
    }
    chart.addSeries("mean |log2 ratio|", names, values, errors).setFillColor(PALETTE[0]);
    return chart;
  }

  /**
   * The chart as PNG bytes.
   *
   * @throws MineException IO_FAILURE when it cannot be drawn (e.g. no fonts), naming the fix
   */
  static byte[] png(Chart<?, ?> chart, String what) {
    if (System.getProperty("java.awt.headless") == null) {
      System.setProperty("java.awt.headless", "true");
    }
    try {
      return BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG);
    } catch (IOException | RuntimeException | Error e) {
      throw new MineException(
          ErrorCode.IO_FAILURE,
          "cannot render the "
              + what
              + ": "
              + e
              + "; a headless JVM needs fonts (Debian: apt-get install fontconfig fonts-dejavu-core)",
          e);
    }
  }

  private static Map<String, List<Aggregate>> byEstimator(SweepSummary summary) {
    Map<String, List<Aggregate>> groups = new LinkedHashMap<>();
    for (Aggregate a : summary.aggregates()) {
      groups.computeIfAbsent(a.estimator(), k -> new ArrayList<>()).add(a);
    }
    return groups;
  }

  /** XChart needs distinct series names; an estimator cannot take the truth's. */
  private static String seriesName(String estimator) {
    return estimator.startsWith(TRUTH) ? estimator + " (estimator)" : estimator;
  }
}
