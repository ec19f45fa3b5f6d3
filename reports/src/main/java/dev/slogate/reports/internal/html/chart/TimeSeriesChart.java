package dev.slogate.reports.internal.html.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleFunction;

/**
 * A chart of values over the seconds of a run: lines, shaded bands (phases, fault windows), vertical markers
 * (fault injected, failover complete) and horizontal thresholds (targets). Builds SVG; the page's CSS gives
 * the classes their colours, so that the legend, the lines and the tables share one palette.
 */
public final class TimeSeriesChart {

  /** A shaded span of time: a phase or a fault window. */
  public record Band(double fromSecond, double toSecond, String label, String cssClass) {}

  /** A vertical line at one moment. */
  public record Marker(double second, String label, String cssClass) {}

  /** A horizontal line at one value, such as a latency target. */
  public record Threshold(double value, String label, String cssClass) {}

  /** A series; a NaN value is a gap. */
  public record Line(double[] seconds, double[] values, String label, String cssClass) {}

  private static final int WIDTH = 960;
  private static final int HEIGHT = 300;
  private static final double LEFT = 64;
  private static final double RIGHT = 16;
  private static final double TOP = 30;
  private static final double BOTTOM = 62;

  private final String title;
  private final String unitLabel;
  private final boolean logarithmic;
  private final double durationSeconds;
  private final List<Band> bands = new ArrayList<>();
  private final List<Marker> markers = new ArrayList<>();
  private final List<Threshold> thresholds = new ArrayList<>();
  private final List<Line> lines = new ArrayList<>();

  /**
   * @param logarithmic a log-scale y axis (latencies spanning a cold start and a steady state)
   * @param durationSeconds the length of the x axis, from the run's start
   */
  public TimeSeriesChart(String title, String unitLabel, boolean logarithmic, double durationSeconds) {
    this.title = title;
    this.unitLabel = unitLabel;
    this.logarithmic = logarithmic;
    this.durationSeconds = Math.max(1, durationSeconds);
  }

  public TimeSeriesChart band(Band band) {
    bands.add(band);
    return this;
  }

  public TimeSeriesChart marker(Marker marker) {
    markers.add(marker);
    return this;
  }

  public TimeSeriesChart threshold(Threshold threshold) {
    thresholds.add(threshold);
    return this;
  }

  public TimeSeriesChart line(Line line) {
    lines.add(line);
    return this;
  }

  public String toSvg(DoubleFunction<String> valueFormat) {
    double plotBottom = HEIGHT - BOTTOM;
    Scale x = Scale.linear(0, durationSeconds, LEFT, WIDTH - RIGHT);
    Scale y = yScale(plotBottom);
    Svg svg = new Svg().open(WIDTH, HEIGHT, title);
    svg.text(LEFT, 18, title, "chart-title", null);
    // Rectangles first, labels after: a fault window drawn over a phase must not hide the phase's name.
    for (Band band : bands) {
      double from = clamp(x.pixel(band.fromSecond()), LEFT, WIDTH - RIGHT);
      double to = clamp(x.pixel(band.toSecond()), LEFT, WIDTH - RIGHT);
      svg.group(band.cssClass(), band.label() + String.format(Locale.ROOT, ": %.1f–%.1f s", band.fromSecond(), band.toSecond()));
      svg.rect(from, TOP, to - from, plotBottom - TOP, "band", null);
      svg.endGroup();
    }
    for (Band band : bands) {
      double from = clamp(x.pixel(band.fromSecond()), LEFT, WIDTH - RIGHT);
      double to = clamp(x.pixel(band.toSecond()), LEFT, WIDTH - RIGHT);
      if (to - from > 28) {
        // Fault windows lie on top of phases: their label goes one line lower so that both stay readable.
        double labelY = band.cssClass().startsWith("phase") ? TOP + 12 : TOP + 26;
        svg.text((from + to) / 2, labelY, band.label(), "band-label", "middle");
      }
    }
    for (double tick : y.ticks()) {
      double py = y.pixel(tick);
      svg.line(LEFT, py, WIDTH - RIGHT, py, "grid", null);
      svg.text(LEFT - 6, py + 4, valueFormat.apply(tick), "tick", "end");
    }
    for (double tick : x.ticks()) {
      double px = x.pixel(tick);
      svg.line(px, plotBottom, px, plotBottom + 4, "axis", null);
      svg.text(px, plotBottom + 16, String.format(Locale.ROOT, "%.0f s", tick), "tick", "middle");
    }
    svg.line(LEFT, plotBottom, WIDTH - RIGHT, plotBottom, "axis", null);
    svg.line(LEFT, TOP, LEFT, plotBottom, "axis", null);
    if (!unitLabel.isEmpty()) {
      svg.text(LEFT - 6, TOP + 4, unitLabel, "axis-label", "end");
    }
    for (Threshold threshold : thresholds) {
      double py = y.pixel(threshold.value());
      if (py >= TOP && py <= plotBottom) {
        svg.line(LEFT, py, WIDTH - RIGHT, py, "threshold " + threshold.cssClass(), null);
        svg.text(WIDTH - RIGHT - 4, py - 4, threshold.label(), "threshold-label " + threshold.cssClass(), "end");
      }
    }
    for (Line line : lines) {
      double[] xs = new double[line.seconds().length];
      double[] ys = new double[line.values().length];
      for (int i = 0; i < xs.length; i++) {
        xs[i] = x.pixel(line.seconds()[i]);
        ys[i] = Double.isNaN(line.values()[i]) ? Double.NaN : y.pixel(line.values()[i]);
      }
      svg.path(xs, ys, "series " + line.cssClass(), null);
    }
    for (Marker marker : markers) {
      double px = x.pixel(marker.second());
      if (px >= LEFT && px <= WIDTH - RIGHT) {
        svg.group("marker " + marker.cssClass(), marker.label() + String.format(Locale.ROOT, " at %.1f s", marker.second()));
        svg.line(px, TOP, px, plotBottom, "marker-line", null);
        svg.text(px + 3, plotBottom - 6, marker.label(), "marker-label", null);
        svg.endGroup();
      }
    }
    legend(svg, plotBottom + 40);
    return svg.close();
  }

  private void legend(Svg svg, double baseline) {
    double px = LEFT;
    for (Line line : lines) {
      svg.line(px, baseline - 4, px + 22, baseline - 4, "series " + line.cssClass(), null);
      svg.text(px + 28, baseline, line.label(), "legend", null);
      px += 40 + 7.2 * line.label().length();
    }
    for (Threshold threshold : thresholds) {
      svg.line(px, baseline - 4, px + 22, baseline - 4, "threshold " + threshold.cssClass(), null);
      svg.text(px + 28, baseline, threshold.label(), "legend", null);
      px += 40 + 7.2 * threshold.label().length();
    }
  }

  private Scale yScale(double plotBottom) {
    double max = 0;
    double min = Double.MAX_VALUE;
    for (Line line : lines) {
      for (double v : line.values()) {
        if (!Double.isNaN(v)) {
          max = Math.max(max, v);
          min = Math.min(min, v);
        }
      }
    }
    for (Threshold threshold : thresholds) {
      max = Math.max(max, threshold.value());
    }
    if (logarithmic) {
      double floor = Math.max(0.5, min == Double.MAX_VALUE ? 1 : Math.min(min, 1));
      return Scale.log(floor, Math.max(max * 1.3, floor * 10), plotBottom, TOP + 16);
    }
    return Scale.linear(0, max <= 0 ? 1 : max * 1.15, plotBottom, TOP + 16);
  }

  private static double clamp(double value, double low, double high) {
    return Math.max(low, Math.min(high, value));
  }
}
