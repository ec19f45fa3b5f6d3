package dev.slogate.chaos.mesh;

import dev.slogate.chaos.ChaosException;
import dev.slogate.chaos.FaultBackend;
import dev.slogate.chaos.FaultHandle;
import dev.slogate.chaos.FaultInjection;
import dev.slogate.chaos.FaultRecovery;
import dev.slogate.chaos.RunContext;
import dev.slogate.chaos.internal.FaultCleanup;
import dev.slogate.chaos.internal.FaultEvents;
import dev.slogate.chaos.spec.ExperimentSpec;
import dev.slogate.chaos.spec.FaultKind;
import dev.slogate.chaos.spec.KubernetesTarget;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.utils.Serialization;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Injects faults on Kubernetes through Chaos Mesh (v2.8): PodChaos, NetworkChaos, StressChaos and
 * HTTPChaos resources built from experiment specs.
 *
 * <p>What it guarantees, beyond {@link FaultBackend}'s contract:
 * <ul>
 *   <li>every resource sets {@code spec.duration} and carries {@code app.kubernetes.io/managed-by=slogate}
 *       and {@code slogate.dev/run-id=<run>};</li>
 *   <li>injection is confirmed from the experiment's status ({@code AllInjected}, or the record events of a
 *       one-shot kill), within {@link ChaosMeshOptions#injectTimeout()}; on failure the resource is removed;</li>
 *   <li>recovery deletes the resource and waits until Chaos Mesh has removed its finalizer; abort sets the
 *       pause annotation first, so the targets are recovered even if the delete is slow;</li>
 *   <li>the first injection of a run sweeps what earlier runs left in the allowed namespaces;</li>
 *   <li>what is still applied is removed by {@link #close()}, and by a JVM shutdown hook.</li>
 *   <li>a {@code rolling-restart} is not a Chaos Mesh fault: it is the Deployment controller's own rollout,
 *       started as {@code kubectl rollout restart} does ({@link DeploymentRestarts}); injection is confirmed
 *       when the controller has seen it, recovery when the rollout is complete, and an abort stops waiting
 *       (a restart cannot be taken back; the controller finishes it).</li>
 * </ul>
 * Thread-safe.
 */
public final class ChaosMeshBackend implements FaultBackend {

  private static final System.Logger LOG = System.getLogger(ChaosMeshBackend.class.getName());

  /** A fault this backend applied, with what it needs to remove it. */
  private record MeshFaultHandle(FaultInjection injection, ChaosResourceRef resource, RunContext run)
      implements FaultHandle {}

  /** A rolling restart this backend started: nothing to remove, a rollout to see through. */
  private record RolloutHandle(FaultInjection injection, DeploymentRestarts.Rollout rollout, RunContext run)
      implements FaultHandle {}

  private final KubernetesClient client;
  private final ChaosMeshOptions options;
  private final Guardrails guardrails;
  private final ChaosResourceFactory factory = new ChaosResourceFactory();
  private final ChaosMeshSweeper sweeper;
  private final FaultEvents events;
  /** Created and not yet confirmed: the shutdown hook must remove these too. */
  private final Map<ChaosResourceRef, Boolean> unconfirmed = new ConcurrentHashMap<>();
  private final Map<ChaosResourceRef, MeshFaultHandle> active = new ConcurrentHashMap<>();
  private final AtomicInteger sequence = new AtomicInteger();
  private final FaultCleanup cleanup = new FaultCleanup("slogate-chaos-mesh-cleanup", this::removeAllOnShutdown);

  public ChaosMeshBackend(KubernetesClient client, ChaosMeshOptions options) {
    this.client = Objects.requireNonNull(client, "client");
    this.options = Objects.requireNonNull(options, "options");
    this.guardrails = new Guardrails(options);
    this.sweeper = new ChaosMeshSweeper(client, options.removeTimeout());
    this.events = new FaultEvents(options.listeners());
  }

  /**
   * Checks the guardrails, sweeps earlier runs' leftovers (first call of a run), creates the resource and
   * waits until Chaos Mesh confirms the injection. In a dry run, prints the resource's YAML to
   * {@link ChaosMeshOptions#dryRunOutput()} instead and applies nothing.
   */
  @Override
  public FaultHandle inject(ExperimentSpec experiment, RunContext run) {
    if (experiment.kind() == FaultKind.ROLLING_RESTART) {
      return restart(experiment, run);
    }
    guardrails.check(experiment, client);
    HasMetadata resource = factory.build(experiment,
        ChaosResourceFactory.resourceName(experiment, run.runId(), sequence.incrementAndGet()), run.runId());
    ChaosResourceRef ref = ChaosResourceRef.of(resource);
    if (run.dryRun()) {
      options.dryRunOutput().print("# dry run: slogate would apply\n---\n" + Serialization.asYaml(resource));
      options.dryRunOutput().flush();
      Instant now = run.clock().instant();
      return new MeshFaultHandle(new FaultInjection(run.runId(), experiment.name(), experiment.kind(),
          ref.toString(), now, now, Optional.empty(), true), ref, run);
    }
    cleanup.beforeInjection(run, this::sweep);
    Instant appliedAt = run.clock().instant();
    unconfirmed.put(ref, Boolean.TRUE);
    try {
      client.resource(resource).create();
    } catch (KubernetesClientException e) {
      unconfirmed.remove(ref);
      throw new ChaosException("Could not create " + ref + ": " + e.getMessage(), e);
    }
    ExperimentLifecycle.Confirmation confirmation;
    try {
      confirmation = new ExperimentLifecycle(client, run.clock())
          .awaitInjected(ref, experiment.kind().isOneShot(), options.injectTimeout());
    } catch (RuntimeException notConfirmed) {
      removeQuietly(ref, notConfirmed);
      throw notConfirmed;
    }
    FaultInjection injection = new FaultInjection(run.runId(), experiment.name(), experiment.kind(),
        ref.toString(), appliedAt, confirmation.injectedAt(), confirmation.reportedAt(), false);
    MeshFaultHandle handle = new MeshFaultHandle(injection, ref, run);
    active.put(ref, handle);
    unconfirmed.remove(ref);
    events.injected(injection);
    return handle;
  }

  private FaultHandle restart(ExperimentSpec experiment, RunContext run) {
    KubernetesTarget target = guardrails.checkNamespace(experiment, client);
    DeploymentRestarts restarts = new DeploymentRestarts(client, run.clock());
    if (run.dryRun()) {
      String names = String.join(",", restarts.matching(target).stream().map(d -> d.getMetadata().getName()).toList());
      options.dryRunOutput().println("# dry run: slogate would restart Deployment " + target.namespace() + "/" + names
          + " (kubectl rollout restart)");
      options.dryRunOutput().flush();
      Instant now = run.clock().instant();
      return new RolloutHandle(new FaultInjection(run.runId(), experiment.name(), experiment.kind(),
          "Deployment " + target.namespace() + "/" + names, now, now, Optional.empty(), true),
          new DeploymentRestarts.Rollout(target.namespace(), Map.of(), now), run);
    }
    DeploymentRestarts.Rollout rollout = restarts.restart(target, run.runId());
    Instant observed = restarts.awaitObserved(rollout, options.injectTimeout());
    FaultInjection injection = new FaultInjection(run.runId(), experiment.name(), experiment.kind(), rollout.describe(),
        rollout.requestedAt(), observed, Optional.empty(), false);
    events.injected(injection);
    return new RolloutHandle(injection, rollout, run);
  }

  /** Deletes the resource and waits until Chaos Mesh has recovered the targets and let it go. */
  @Override
  public FaultRecovery recover(FaultHandle handle) {
    if (handle instanceof RolloutHandle rollout) {
      return endRollout(rollout, false);
    }
    return end(meshHandle(handle), false);
  }

  /** Pauses the experiment (Chaos Mesh recovers the targets at once), then deletes it and waits. */
  @Override
  public FaultRecovery abort(FaultHandle handle) {
    if (handle instanceof RolloutHandle rollout) {
      return endRollout(rollout, true);
    }
    return end(meshHandle(handle), true);
  }

  /** Recovery waits for the rollout to complete; an abort only stops waiting for it. */
  private FaultRecovery endRollout(RolloutHandle handle, boolean aborted) {
    Instant requestedAt = handle.run().clock().instant();
    Instant done = aborted || handle.injection().dryRun() ? requestedAt
        : new DeploymentRestarts(client, handle.run().clock()).awaitComplete(handle.rollout(), options.rolloutTimeout());
    FaultRecovery recovery = new FaultRecovery(handle.injection(), requestedAt, done, done, aborted);
    if (!handle.injection().dryRun()) {
      events.ended(recovery);
    }
    return recovery;
  }

  /**
   * Removes slogate's chaos resources of other runs from the allowed namespaces.
   *
   * @throws ChaosException naming every leftover that would not go
   */
  @Override
  public int sweep(RunContext current) {
    ChaosMeshSweeper.Report report =
        sweeper.sweep(options.allowedNamespaces(), Optional.of(current.runId()), current.dryRun());
    (current.dryRun() ? report.found() : report.removed()).forEach(leftover -> LOG.log(System.Logger.Level.INFO,
        (current.dryRun() ? "would remove " : "removed ") + "leftover " + leftover));
    if (!report.failures().isEmpty()) {
      throw new ChaosException("The sweep could not remove " + report.failures().size()
          + " leftover(s) of earlier runs: " + String.join(" ", report.failures()));
    }
    return report.found().size();
  }

  /** The faults applied and not yet recovered. */
  public List<FaultHandle> active() {
    return List.copyOf(active.values());
  }

  /** Aborts every fault still applied, then stops watching for JVM shutdown. */
  @Override
  public void close() {
    cleanup.close(this::removeAll);
  }

  private FaultRecovery end(MeshFaultHandle handle, boolean aborted) {
    FaultInjection injection = handle.injection();
    if (injection.dryRun()) {
      Instant now = handle.run().clock().instant();
      return new FaultRecovery(injection, now, now, now, aborted);
    }
    ExperimentLifecycle lifecycle = new ExperimentLifecycle(client, handle.run().clock());
    if (aborted) {
      lifecycle.pause(handle.resource());
    }
    ExperimentLifecycle.Removal removal = lifecycle.remove(handle.resource(), options.removeTimeout());
    FaultRecovery recovery = new FaultRecovery(injection, removal.requestedAt(), removal.recoveredAt(),
        removal.removedAt(), aborted);
    if (active.remove(handle.resource()) != null) {
      events.ended(recovery);
    }
    return recovery;
  }

  private void removeAll() {
    List<Runnable> removals = new ArrayList<>();
    for (ChaosResourceRef ref : unconfirmed.keySet()) {
      removals.add(() -> {
        new ExperimentLifecycle(client, Clock.systemUTC()).remove(ref, options.removeTimeout());
        unconfirmed.remove(ref);
      });
    }
    for (MeshFaultHandle handle : active.values()) {
      removals.add(() -> end(handle, true));
    }
    FaultCleanup.endEach(removals, Runnable::run);
  }

  private void removeAllOnShutdown() {
    int applied = active.size() + unconfirmed.size();
    if (applied == 0) {
      return;
    }
    LOG.log(System.Logger.Level.WARNING, "JVM shutting down with " + applied
        + " Chaos Mesh fault(s) applied; removing them");
    removeAll();
  }

  /** For tests: the hook that runs at JVM shutdown. */
  Thread shutdownHook() {
    return cleanup.shutdownHook();
  }

  private void removeQuietly(ChaosResourceRef ref, RuntimeException cause) {
    try {
      new ExperimentLifecycle(client, Clock.systemUTC()).remove(ref, options.removeTimeout());
      unconfirmed.remove(ref);
    } catch (RuntimeException cleanup) {
      cause.addSuppressed(cleanup);
    }
  }

  private static MeshFaultHandle meshHandle(FaultHandle handle) {
    if (handle instanceof MeshFaultHandle mesh) {
      return mesh;
    }
    throw new IllegalArgumentException("this fault was not injected by the Chaos Mesh backend: " + handle);
  }
}
