package dev.slogate.chaos.local;

import dev.slogate.chaos.FaultListener;
import dev.slogate.config.Defaults;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How the local backend acts. Immutable; made with {@link #builder()}, every setting has a default.
 *
 * @param targets resolves {@code index}/{@code role}/{@code haproxyBackend} targets and restarts killed
 *     replicas; empty means only {@code pid}/{@code pidfile} targets work (default empty)
 * @param stateFile where injected faults are recorded until they are taken off, for the next run's sweep
 *     (default {@value #DEFAULT_STATE_FILE})
 * @param restartDelay after a pod-kill, how long until the replica is replaced, as a Deployment would
 *     (default 5s); the replacement happens at the latest when the fault is recovered
 * @param confirmTimeout how long a signal may take to show in {@code /proc} (default 5s)
 * @param restartTimeout how long a replacement may take to start (default 60s)
 * @param dryRunOutput where a dry run says what it would do, and a sweep what it repaired (default standard output)
 * @param listeners told of every injection and recovery
 */
public record LocalBackendOptions(
    Optional<LocalTargets> targets,
    Path stateFile,
    Duration restartDelay,
    Duration confirmTimeout,
    Duration restartTimeout,
    PrintStream dryRunOutput,
    List<FaultListener> listeners) {

  public static final String DEFAULT_STATE_FILE = "target/slogate/chaos-state.json";
  public static final Duration DEFAULT_RESTART_DELAY = Defaults.CHAOS_RESTART_DELAY;
  public static final Duration DEFAULT_CONFIRM_TIMEOUT = Duration.ofSeconds(5);
  public static final Duration DEFAULT_RESTART_TIMEOUT = Duration.ofSeconds(60);

  public LocalBackendOptions {
    Objects.requireNonNull(targets, "targets");
    Objects.requireNonNull(stateFile, "stateFile");
    if (restartDelay.isNegative()) {
      throw new IllegalArgumentException("restartDelay must not be negative, got " + restartDelay);
    }
    positive(confirmTimeout, "confirmTimeout");
    positive(restartTimeout, "restartTimeout");
    Objects.requireNonNull(dryRunOutput, "dryRunOutput");
    listeners = List.copyOf(listeners);
  }

  private static void positive(Duration value, String name) {
    if (value.isNegative() || value.isZero()) {
      throw new IllegalArgumentException(name + " must be above 0, got " + value);
    }
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Mutable builder; {@link #build()} checks the values. */
  public static final class Builder {
    private LocalTargets targets;
    private Path stateFile = Path.of(DEFAULT_STATE_FILE);
    private Duration restartDelay = DEFAULT_RESTART_DELAY;
    private Duration confirmTimeout = DEFAULT_CONFIRM_TIMEOUT;
    private Duration restartTimeout = DEFAULT_RESTART_TIMEOUT;
    private PrintStream dryRunOutput = System.out;
    private final List<FaultListener> listeners = new ArrayList<>();

    private Builder() {}

    public Builder targets(LocalTargets resolver) {
      this.targets = resolver;
      return this;
    }

    public Builder stateFile(Path file) {
      this.stateFile = file;
      return this;
    }

    public Builder restartDelay(Duration delay) {
      this.restartDelay = delay;
      return this;
    }

    public Builder confirmTimeout(Duration timeout) {
      this.confirmTimeout = timeout;
      return this;
    }

    public Builder restartTimeout(Duration timeout) {
      this.restartTimeout = timeout;
      return this;
    }

    public Builder dryRunOutput(PrintStream out) {
      this.dryRunOutput = out;
      return this;
    }

    public Builder listener(FaultListener listener) {
      this.listeners.add(Objects.requireNonNull(listener, "listener"));
      return this;
    }

    public LocalBackendOptions build() {
      return new LocalBackendOptions(Optional.ofNullable(targets), stateFile, restartDelay, confirmTimeout,
          restartTimeout, dryRunOutput, listeners);
    }
  }
}
