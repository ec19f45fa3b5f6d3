package dev.slogate.reports.internal.html.chart;

import java.util.ArrayList;
import java.util.List;

/** Maps data values to pixels along one axis, and proposes tick values. */
interface Scale {

  double pixel(double value);

  List<Double> ticks();

  /** A linear scale over [min, max] with "nice" ticks (1, 2, 5 × 10ⁿ). */
  static Scale linear(double min, double max, double fromPixel, double toPixel) {
    double span = max > min ? max - min : 1;
    double step = niceStep(span / 6);
    double first = Math.ceil(min / step) * step;
    List<Double> ticks = new ArrayList<>();
    for (double t = first; t <= max + step * 1e-9; t += step) {
      ticks.add(Math.abs(t) < step * 1e-9 ? 0 : t);
    }
    return new Scale() {
      @Override
      public double pixel(double value) {
        return fromPixel + (value - min) / span * (toPixel - fromPixel);
      }

      @Override
      public List<Double> ticks() {
        return ticks;
      }
    };
  }

  /** A base-10 logarithmic scale over [min, max], min > 0, ticks at 1, 2, 5 × 10ⁿ. */
  static Scale log(double min, double max, double fromPixel, double toPixel) {
    double lo = Math.log10(min);
    double hi = Math.log10(Math.max(max, min * 10));
    List<Double> ticks = new ArrayList<>();
    for (int e = (int) Math.floor(lo); e <= Math.ceil(hi); e++) {
      for (double m : new double[] {1, 2, 5}) {
        double t = m * Math.pow(10, e);
        if (t >= min * 0.999 && t <= Math.pow(10, hi) * 1.001) {
          ticks.add(t);
        }
      }
    }
    return new Scale() {
      @Override
      public double pixel(double value) {
        double v = Math.log10(Math.max(value, min));
        return fromPixel + (v - lo) / (hi - lo) * (toPixel - fromPixel);
      }

      @Override
      public List<Double> ticks() {
        return ticks;
      }
    };
  }

  static double niceStep(double rough) {
    if (!(rough > 0)) {
      return 1;
    }
    double magnitude = Math.pow(10, Math.floor(Math.log10(rough)));
    double normalized = rough / magnitude;
    double nice = normalized <= 1 ? 1 : normalized <= 2 ? 2 : normalized <= 5 ? 5 : 10;
    return nice * magnitude;
  }
}
