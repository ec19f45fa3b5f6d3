package dev.slogate.benchmarks.internal.harness;

import java.util.Locale;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The whole-run figures of Gatling's own report, as its console's "Global Information" table prints them
 * (the Total column, in milliseconds): what a plain Gatling user reads.
 *
 * @param requests the request count
 * @param p50 50th percentile, ms
 * @param p75 75th percentile, ms
 * @param p95 95th percentile, ms
 * @param p99 99th percentile, ms
 * @param max max, ms
 */
public record GatlingReport(long requests, long p50, long p75, long p95, long p99, long max) {

  /** Parses the console of {@code Gatling -ro}; throws when the table is not there. */
  public static GatlingReport parse(String console) {
    return new GatlingReport(
        total(console, "request count"),
        total(console, "response time 50th percentile (ms)"),
        total(console, "response time 75th percentile (ms)"),
        total(console, "response time 95th percentile (ms)"),
        total(console, "response time 99th percentile (ms)"),
        total(console, "max response time (ms)"));
  }

  /** A percentile Gatling printed, by its rank; empty for one its default configuration does not print. */
  public OptionalLong percentile(double p) {
    return switch ((int) Math.round(p * 10)) {
      case 500 -> OptionalLong.of(p50);
      case 750 -> OptionalLong.of(p75);
      case 950 -> OptionalLong.of(p95);
      case 990 -> OptionalLong.of(p99);
      default -> OptionalLong.empty();
    };
  }

  private static long total(String console, String label) {
    Matcher m = Pattern.compile("^> " + Pattern.quote(label) + "\\s*\\|\\s*([0-9,]+)\\s*\\|", Pattern.MULTILINE)
        .matcher(console);
    if (!m.find()) {
      throw new IllegalStateException("Gatling's report has no '" + label + "' line");
    }
    return Long.parseLong(m.group(1).replace(",", "").toLowerCase(Locale.ROOT));
  }
}
