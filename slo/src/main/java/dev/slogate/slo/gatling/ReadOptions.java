package dev.slogate.slo.gatling;

import java.util.Objects;
import java.util.Optional;

/**
 * How a {@code simulation.log} is read. The default, {@link #strict()}, rejects a log that ends inside a
 * record. {@link #allowTruncated()} keeps every record before the cut and reports the log as incomplete: that
 * is what a crashed or still-running injector leaves, and a record built from it can never pass a gate.
 * Corrupt data (an unknown record, an impossible length) is an error in both modes.
 *
 * <p>The injector id the record names is {@link #withInjectorId given} by a caller that has already read the
 * options; otherwise the reader reads the option {@code slogate.injector.id} itself. Immutable.
 */
public final class ReadOptions {

  private static final ReadOptions STRICT = new ReadOptions(false, null);
  private static final ReadOptions ALLOW_TRUNCATED = new ReadOptions(true, null);

  private final boolean truncatedAllowed;
  private final String injectorId;

  private ReadOptions(boolean truncatedAllowed, String injectorId) {
    this.truncatedAllowed = truncatedAllowed;
    this.injectorId = injectorId;
  }

  public static ReadOptions strict() {
    return STRICT;
  }

  public static ReadOptions allowTruncated() {
    return ALLOW_TRUNCATED;
  }

  /** These options, naming the injector {@code id} in the record (the value of {@code slogate.injector.id}). */
  public ReadOptions withInjectorId(String id) {
    return new ReadOptions(truncatedAllowed, Objects.requireNonNull(id, "id"));
  }

  public boolean truncatedAllowed() {
    return truncatedAllowed;
  }

  /** The injector id given, if one was. */
  public Optional<String> injectorId() {
    return Optional.ofNullable(injectorId);
  }

  @Override
  public String toString() {
    return (truncatedAllowed ? "ReadOptions[allowTruncated" : "ReadOptions[strict")
        + (injectorId == null ? "]" : ", injector " + injectorId + "]");
  }
}
