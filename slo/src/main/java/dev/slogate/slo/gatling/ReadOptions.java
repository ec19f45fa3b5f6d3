package dev.slogate.slo.gatling;

/**
 * How a {@code simulation.log} is read. The default, {@link #strict()}, rejects a log that ends inside a
 * record. {@link #allowTruncated()} keeps every record before the cut and reports the log as incomplete: that
 * is what a crashed or still-running injector leaves, and a record built from it can never pass a gate.
 * Corrupt data (an unknown record, an impossible length) is an error in both modes. Immutable.
 */
public final class ReadOptions {

  private static final ReadOptions STRICT = new ReadOptions(false);
  private static final ReadOptions ALLOW_TRUNCATED = new ReadOptions(true);

  private final boolean truncatedAllowed;

  private ReadOptions(boolean truncatedAllowed) {
    this.truncatedAllowed = truncatedAllowed;
  }

  public static ReadOptions strict() {
    return STRICT;
  }

  public static ReadOptions allowTruncated() {
    return ALLOW_TRUNCATED;
  }

  public boolean truncatedAllowed() {
    return truncatedAllowed;
  }

  @Override
  public String toString() {
    return truncatedAllowed ? "ReadOptions[allowTruncated]" : "ReadOptions[strict]";
  }
}
