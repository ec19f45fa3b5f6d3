package dev.slogate.chaos;

import java.time.Clock;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The load run a fault belongs to.
 *
 * @param runId identifies the run; it labels every resource a backend creates, so it must be a valid
 *     Kubernetes label value (letters, digits, '-', '_', '.', at most 63, starting and ending alphanumeric)
 * @param dryRun when true a backend shows what it would do and changes nothing
 * @param clock the clock injection and recovery instants are read from; the prober must use the same one
 */
public record RunContext(String runId, boolean dryRun, Clock clock) {

  private static final Pattern LABEL_VALUE = Pattern.compile("[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?");

  public RunContext {
    Objects.requireNonNull(runId, "runId");
    if (!LABEL_VALUE.matcher(runId).matches()) {
      throw new IllegalArgumentException("run id '" + runId + "' cannot label a Kubernetes resource: use at most"
          + " 63 letters, digits, '-', '_' or '.', starting and ending with a letter or digit");
    }
    Objects.requireNonNull(clock, "clock");
  }

  /** A real run on the system clock. */
  public static RunContext of(String runId) {
    return new RunContext(runId, false, Clock.systemUTC());
  }

  /** A dry run on the system clock. */
  public static RunContext dryRun(String runId) {
    return new RunContext(runId, true, Clock.systemUTC());
  }
}
