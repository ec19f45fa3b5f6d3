package dev.slogate.slo.eval;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

/**
 * Numbers in the load and health checks' reasons ({@link PhaseValidity#reason()}, {@link PhaseHealth#reason()}), the
 * prose still built in slo. The same rules as reports' {@code dev.slogate.reports.words.Wording}, which words every
 * other reason; this copy goes when those two reasons become data as well.
 */
final class CheckWording {

  private CheckWording() {}

  static String count(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }

  static String millis(double millis) {
    if (Double.isInfinite(millis)) {
      return "never";
    }
    return millisNumber(millis) + " ms";
  }

  /** Failover times read better in seconds: "1.25 s", "850 ms". */
  static String duration(double millis) {
    if (Double.isInfinite(millis)) {
      return "never";
    }
    // Every millisecond shown: "5.001 s" must not read as "5 s" next to a 5 s maximum.
    return millis >= 1000 ? plain(BigDecimal.valueOf(millis).movePointLeft(3)) + " s" : millis(millis);
  }

  static String percent(double ratio) {
    return percentNumber(ratio) + "%";
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

  static String decimal(double value, int significantDigits) {
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
