package dev.slogate.chaos.failover;

import dev.slogate.chaos.FaultInjection;
import dev.slogate.chaos.FaultRecovery;
import java.io.PrintStream;
import java.time.Instant;
import java.util.Locale;

/**
 * The live console lines of a chaos experiment, one per step of each fault: injected, confirmed, recovered
 * (or aborted), measured. Times are shown from the run's origin ({@code +12.000s}); durations in seconds.
 */
public final class ChaosConsole {

  private static final String PREFIX = "slogate chaos: ";

  private final PrintStream out;
  private final long originMillis;

  public ChaosConsole(PrintStream out, long originEpochMillis) {
    this.out = out;
    this.originMillis = originEpochMillis;
  }

  void injected(String name, FaultInjection injection) {
    print(name + " injected " + injection.kind().id() + " on " + injection.resource() + " at "
        + at(injection.appliedAt()));
  }

  void confirmed(String name, FaultInjection injection) {
    long lag = injection.injectedAt().toEpochMilli() - injection.appliedAt().toEpochMilli();
    print(name + " confirmed at " + at(injection.injectedAt()) + " (" + lag + " ms after the signal)");
  }

  void recovered(String name, FaultRecovery recovery) {
    print(name + " recovered at " + at(recovery.recoveredAt()) + " (asked at " + at(recovery.requestedAt()) + ")");
  }

  /** A fault that came off while its target did not come back: a recovery failure, not a recovery. */
  void lost(String name, FaultRecovery recovery) {
    print(name + " did not recover: " + recovery.targetLost().orElseThrow() + " (fault taken off at "
        + at(recovery.recoveredAt()) + "); this is a recovery failure");
  }

  void aborted(String name, FaultRecovery recovery, String why) {
    print(name + " aborted at " + at(recovery.recoveredAt()) + ": " + why);
  }

  void measured(FaultRun run) {
    print(run.name() + " measured " + figures(run.measurement()) + " (" + run.measurement().probes() + " probes, "
        + run.measurement().failedProbes() + " failed)");
  }

  /** The end-of-run line, once the load generator's KOs in the fault window are known. */
  public void summary(FaultRun run, long kos) {
    print(run.name() + " " + figures(run.measurement()) + ", " + kos + " KOs");
  }

  /** {@code failover 1.42 s, downtime 1.38 s, time to detect 0.21 s}. */
  public static String figures(FaultMeasurement m) {
    String failover = m.failoverMillis() == null ? "failover: not within the recovery rule" : "failover " + seconds(m.failoverMillis());
    String detect = m.timeToDetectMillis().isPresent()
        ? "time to detect " + seconds(m.timeToDetectMillis().getAsLong())
        : "no failed probe";
    return failover + ", downtime " + seconds(m.downtimeMillis()) + ", " + detect;
  }

  static String seconds(long millis) {
    return String.format(Locale.ROOT, "%.2f s", millis / 1000.0);
  }

  private String at(Instant instant) {
    return String.format(Locale.ROOT, "%+.3fs", (instant.toEpochMilli() - originMillis) / 1000.0);
  }

  private void print(String line) {
    out.println(PREFIX + line);
    out.flush();
  }
}
