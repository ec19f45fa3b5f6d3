package dev.slogate.chaos.mesh;

import dev.slogate.chaos.FaultListener;
import dev.slogate.chaos.GuardrailViolation;
import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * How the Chaos Mesh backend may act. Immutable; made with {@link #builder()}.
 *
 * @param allowedNamespaces the only namespaces experiments may touch; required, never empty, no default
 * @param blastRadiusCapPercent the largest share of matching pods a fault may hit without
 *     {@code allowFullBlastRadius} (default 50)
 * @param allowFullBlastRadius lifts the cap: mode {@code all} and larger shares become allowed
 * @param allowedProtectedNamespaces namespaces labelled as production that may be touched anyway
 * @param injectTimeout how long to wait for Chaos Mesh to confirm an injection (default 60s)
 * @param removeTimeout how long to wait for a deleted resource to be gone (default 60s)
 * @param rolloutTimeout how long a rolling restart may take to complete (default 10m)
 * @param dryRunOutput where a dry run prints the YAML it would apply (default standard output)
 * @param listeners told of every injection and recovery
 */
public record ChaosMeshOptions(
    Set<String> allowedNamespaces,
    int blastRadiusCapPercent,
    boolean allowFullBlastRadius,
    Set<String> allowedProtectedNamespaces,
    Duration injectTimeout,
    Duration removeTimeout,
    Duration rolloutTimeout,
    PrintStream dryRunOutput,
    List<FaultListener> listeners) {

  public static final int DEFAULT_BLAST_RADIUS_CAP = 50;
  public static final Duration DEFAULT_INJECT_TIMEOUT = Duration.ofSeconds(60);
  public static final Duration DEFAULT_REMOVE_TIMEOUT = Duration.ofSeconds(60);
  public static final Duration DEFAULT_ROLLOUT_TIMEOUT = Duration.ofMinutes(10);

  public ChaosMeshOptions {
    // Sorted, so that messages list the allow-list the same way every time.
    allowedNamespaces = Collections.unmodifiableSet(new TreeSet<>(allowedNamespaces));
    if (allowedNamespaces.isEmpty()) {
      throw new GuardrailViolation("No namespace is allowed for chaos: name the namespaces experiments may touch "
          + "with --allow-namespace (there is no default).");
    }
    if (blastRadiusCapPercent < 1 || blastRadiusCapPercent > 100) {
      throw new IllegalArgumentException(
          "blast-radius cap must be from 1 to 100 percent, not " + blastRadiusCapPercent);
    }
    allowedProtectedNamespaces = Collections.unmodifiableSet(new TreeSet<>(allowedProtectedNamespaces));
    requirePositive(injectTimeout, "injectTimeout");
    requirePositive(removeTimeout, "removeTimeout");
    requirePositive(rolloutTimeout, "rolloutTimeout");
    Objects.requireNonNull(dryRunOutput, "dryRunOutput");
    listeners = List.copyOf(listeners);
  }

  public static Builder builder() {
    return new Builder();
  }

  private static void requirePositive(Duration duration, String name) {
    Objects.requireNonNull(duration, name);
    if (duration.isZero() || duration.isNegative()) {
      throw new IllegalArgumentException(name + " must be positive, not " + duration);
    }
  }

  /** Mutable builder; {@link #build()} refuses an empty allow-list. */
  public static final class Builder {
    private final Set<String> allowedNamespaces = new TreeSet<>();
    private int blastRadiusCapPercent = DEFAULT_BLAST_RADIUS_CAP;
    private boolean allowFullBlastRadius;
    private final Set<String> allowedProtectedNamespaces = new TreeSet<>();
    private Duration injectTimeout = DEFAULT_INJECT_TIMEOUT;
    private Duration removeTimeout = DEFAULT_REMOVE_TIMEOUT;
    private Duration rolloutTimeout = DEFAULT_ROLLOUT_TIMEOUT;
    private PrintStream dryRunOutput = System.out;
    private final List<FaultListener> listeners = new ArrayList<>();

    private Builder() {}

    public Builder allowNamespaces(String... namespaces) {
      allowedNamespaces.addAll(List.of(namespaces));
      return this;
    }

    public Builder blastRadiusCapPercent(int percent) {
      this.blastRadiusCapPercent = percent;
      return this;
    }

    public Builder allowFullBlastRadius(boolean allow) {
      this.allowFullBlastRadius = allow;
      return this;
    }

    public Builder allowProtectedNamespaces(String... namespaces) {
      allowedProtectedNamespaces.addAll(List.of(namespaces));
      return this;
    }

    public Builder injectTimeout(Duration timeout) {
      this.injectTimeout = timeout;
      return this;
    }

    public Builder removeTimeout(Duration timeout) {
      this.removeTimeout = timeout;
      return this;
    }

    public Builder rolloutTimeout(Duration timeout) {
      this.rolloutTimeout = timeout;
      return this;
    }

    public Builder dryRunOutput(PrintStream out) {
      this.dryRunOutput = out;
      return this;
    }

    public Builder listener(FaultListener listener) {
      listeners.add(Objects.requireNonNull(listener, "listener"));
      return this;
    }

    public ChaosMeshOptions build() {
      return new ChaosMeshOptions(allowedNamespaces, blastRadiusCapPercent, allowFullBlastRadius,
          allowedProtectedNamespaces, injectTimeout, removeTimeout, rolloutTimeout, dryRunOutput, listeners);
    }
  }
}
