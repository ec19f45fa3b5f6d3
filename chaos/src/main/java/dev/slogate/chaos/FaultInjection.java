package dev.slogate.chaos;

import dev.slogate.chaos.spec.FaultKind;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A fault that is in place (or, in a dry run, would have been).
 *
 * @param runId the run it belongs to
 * @param experiment the experiment's name
 * @param kind the fault
 * @param resource what carries the fault, e.g. {@code PodChaos shop/slogate-kill-r1-1} or {@code pid 4242}
 * @param appliedAt when the backend asked for the fault (created the resource, sent the signal)
 * @param injectedAt when the backend saw the fault confirmed in place, on the run's clock; failover time
 *     is measured from here
 * @param reportedAt the injection time the fault's executor itself recorded, when it records one (Chaos
 *     Mesh's record events, whole seconds on the cluster's clock); for cross-checking only
 * @param dryRun true when nothing was applied
 */
public record FaultInjection(
    String runId,
    String experiment,
    FaultKind kind,
    String resource,
    Instant appliedAt,
    Instant injectedAt,
    Optional<Instant> reportedAt,
    boolean dryRun) {

  public FaultInjection {
    Objects.requireNonNull(runId, "runId");
    Objects.requireNonNull(experiment, "experiment");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(resource, "resource");
    Objects.requireNonNull(appliedAt, "appliedAt");
    Objects.requireNonNull(injectedAt, "injectedAt");
    Objects.requireNonNull(reportedAt, "reportedAt");
  }
}
