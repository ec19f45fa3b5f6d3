package dev.slogate.reports.internal.html.chart;

import java.util.Locale;

/** Number formats of chart ticks. */
public final class Charts {

  private Charts() {}

  public static String millis(double value) {
    if (value >= 1000) {
      return trim(value / 1000) + " s";
    }
    return trim(value) + " ms";
  }

  public static String perSecond(double value) {
    return trim(value) + "/s";
  }

  private static String trim(double value) {
    if (value == Math.rint(value)) {
      return String.valueOf((long) value);
    }
    String text = String.format(Locale.ROOT, "%.2f", value);
    return text.replaceAll("0+$", "").replaceAll("\\.$", "");
  }
}
