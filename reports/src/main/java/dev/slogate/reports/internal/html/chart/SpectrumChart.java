package dev.slogate.reports.internal.html.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The latency distribution as HdrHistogram plots it: latency against percentile, with the percentile axis
 * logarithmic in 1/(1−p) so that 90%, 99%, 99.9% and 99.99% are equally spaced and the tail is visible.
 */
public final class SpectrumChart {

  /** One distribution: percentiles in [0, 100) with the latency at each. */
  public record Curve(double[] percentiles, double[] millis, String label, String cssClass) {}

  /** A target at one percentile, drawn as a cross-hair dot. */
  public record Target(double percentile, double millis, String label) {}

  private static final int WIDTH = 960;
  private static final int HEIGHT = 300;
  private static final double LEFT = 64;
  private static final double RIGHT = 16;
  private static final double TOP = 30;
  private static final double BOTTOM = 62;
  private static final double[] PERCENTILE_TICKS = {0, 50, 90, 99, 99.9, 99.99, 99.999};

  private final String title;
  private final List<Curve> curves = new ArrayList<>();
  private final List<Target> targets = new ArrayList<>();

  public SpectrumChart(String title) {
    this.title = title;
  }

  public SpectrumChart curve(Curve curve) {
    curves.add(curve);
    return this;
  }

  public SpectrumChart target(Target target) {
    targets.add(target);
    return this;
  }

  /** The x position of a percentile: log10(1 / (1 − p)). */
  static double position(double percentile) {
    return Math.log10(1 / (1 - Math.min(percentile, 99.9999) / 100));
  }

  public String toSvg() {
    double plotBottom = HEIGHT - BOTTOM;
    double maxPercentile = 99;
    double maxMillis = 1;
    for (Curve curve : curves) {
      for (int i = 0; i < curve.percentiles().length; i++) {
        maxPercentile = Math.max(maxPercentile, Math.min(curve.percentiles()[i], 99.9999));
        maxMillis = Math.max(maxMillis, curve.millis()[i]);
      }
    }
    for (Target target : targets) {
      maxMillis = Math.max(maxMillis, target.millis());
    }
    Scale x = Scale.linear(0, Math.max(2, position(maxPercentile)), LEFT, WIDTH - RIGHT);
    Scale y = Scale.linear(0, maxMillis * 1.15, plotBottom, TOP + 16);
    Svg svg = new Svg().open(WIDTH, HEIGHT, title);
    svg.text(LEFT, 18, title, "chart-title", null);
    for (double tick : y.ticks()) {
      double py = y.pixel(tick);
      svg.line(LEFT, py, WIDTH - RIGHT, py, "grid", null);
      svg.text(LEFT - 6, py + 4, Charts.millis(tick), "tick", "end");
    }
    for (double tick : PERCENTILE_TICKS) {
      double px = x.pixel(position(tick));
      if (px <= WIDTH - RIGHT - 20) {
        svg.line(px, TOP, px, plotBottom, "grid", null);
        svg.text(px, plotBottom + 16, (tick == Math.rint(tick) ? String.valueOf((long) tick) : String.valueOf(tick)) + "%", "tick", "middle");
      }
    }
    svg.line(LEFT, plotBottom, WIDTH - RIGHT, plotBottom, "axis", null);
    svg.line(LEFT, TOP, LEFT, plotBottom, "axis", null);
    svg.text((LEFT + WIDTH) / 2, plotBottom + 32, "percentile (log scale of 1/(1−p))", "axis-label", "middle");
    for (Curve curve : curves) {
      double[] xs = new double[curve.percentiles().length];
      double[] ys = new double[xs.length];
      for (int i = 0; i < xs.length; i++) {
        xs[i] = x.pixel(position(curve.percentiles()[i]));
        ys[i] = y.pixel(curve.millis()[i]);
      }
      svg.path(xs, ys, "series " + curve.cssClass(), null);
    }
    for (Target target : targets) {
      double px = x.pixel(position(target.percentile()));
      double py = y.pixel(target.millis());
      svg.group("target-mark", target.label());
      svg.line(px - 6, py, px + 6, py, "target-line", null);
      svg.line(px, py - 6, px, py + 6, "target-line", null);
      svg.text(px + 6, py - 6, target.label(), "threshold-label", null);
      svg.endGroup();
    }
    double lx = LEFT;
    for (Curve curve : curves) {
      svg.line(lx, plotBottom + 46, lx + 22, plotBottom + 46, "series " + curve.cssClass(), null);
      svg.text(lx + 28, plotBottom + 50, curve.label(), "legend", null);
      lx += 40 + 7.2 * curve.label().length();
    }
    return svg.close();
  }

  /** Percentile of a rank label, for tests and tooltips. */
  static String label(double percentile) {
    return String.format(Locale.ROOT, "%.3f%%", percentile);
  }
}
