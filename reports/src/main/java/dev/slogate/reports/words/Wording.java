package dev.slogate.reports.words;

import dev.slogate.slo.eval.MeasureUnit;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

/**
 * Numbers as sentences show them: "6,012", "42 ms", "0.05%", "99.95%", "198.5/s". Locale-independent, so that
 * reports and tests read the same on every machine. Every number in every report's sentences goes through here.
 */
public final class Wording {

  private Wording() {}

  public static String count(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }

  public static String value(double value, MeasureUnit unit) {
    return switch (unit) {
      case MILLISECONDS -> millis(value);
      case RATIO -> percent(value);
      case PER_SECOND -> decimal(value, 4) + "/s";
    };
  }

  /** Bare number of a range end, unit added once after the range: "38–47 ms". */
  public static String range(double low, double high, MeasureUnit unit) {
    return switch (unit) {
      case MILLISECONDS -> Double.isInfinite(high) ? millis(low) + "–never" : millisNumber(low) + "–" + millis(high);
      case RATIO -> percentNumber(low) + "–" + percent(high);
      case PER_SECOND -> decimal(low, 4) + "–" + decimal(high, 4) + "/s";
    };
  }

  public static String millis(double millis) {
    if (Double.isInfinite(millis)) {
      return "never";
    }
    return millisNumber(millis) + " ms";
  }

  /** Failover times read better in seconds: "1.25 s", "850 ms". */
  public static String duration(double millis) {
    if (Double.isInfinite(millis)) {
      return "never";
    }
    // Every millisecond shown: "5.001 s" must not read as "5 s" next to a 5 s maximum.
    return millis >= 1000 ? plain(BigDecimal.valueOf(millis).movePointLeft(3)) + " s" : millis(millis);
  }

  public static String percent(double ratio) {
    return percentNumber(ratio) + "%";
  }

  public static String confidence(double confidence) {
    return decimal(confidence * 100, 4) + "%";
  }

  public static String percentile(double percentile) {
    return "p" + decimal(percentile, 6);
  }

  private static String millisNumber(double millis) {
    if (millis >= 100 && millis == Math.rint(millis)) {
      return count((long) millis);
    }
    return decimal(millis, 3);
  }

  /**
   * Enough digits to tell the value from its neighbours: near 100% the digits that differ from 100 are the
   * ones that matter (99.95%, not 100%).
   */
  private static String percentNumber(double ratio) {
    double percent = ratio * 100;
    if (percent == 0 || percent == 100) {
      return decimal(percent, 3);
    }
    if (percent > 99) {
      int decimals = Math.min(4, 1 - (int) Math.floor(Math.log10(100 - percent)));
      return plain(BigDecimal.valueOf(percent).setScale(Math.max(decimals, 1), java.math.RoundingMode.FLOOR));
    }
    return decimal(percent, percent < 1 ? 2 : 3);
  }

  public static String decimal(double value, int significantDigits) {
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      return count((long) value);
    }
    return plain(new BigDecimal(value).round(new MathContext(significantDigits)));
  }

  private static String plain(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
  }
}
