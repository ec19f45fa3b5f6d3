package dev.slogate.simulations.internal.chaos;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.slogate.chaos.FaultHandle;
import dev.slogate.chaos.FaultRecovery;
import dev.slogate.chaos.RunContext;
import dev.slogate.chaos.local.LocalBackendOptions;
import dev.slogate.chaos.local.LocalProcess;
import dev.slogate.chaos.local.LocalProcessBackend;
import dev.slogate.chaos.probe.Prober;
import dev.slogate.chaos.spec.ExperimentSpec;
import dev.slogate.chaos.spec.FaultSpec;
import dev.slogate.chaos.spec.LocalTarget;
import dev.slogate.chaos.spec.ProbeSpec;
import dev.slogate.chaos.spec.Selection;
import dev.slogate.slo.chaos.ProbeSample;
import dev.slogate.stack.ReferenceStack;
import dev.slogate.stack.ReplicaHandle;
import dev.slogate.stack.RunningStack;
import dev.slogate.stack.StackOptions;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The stack as the local backend's targets, on a real three-replica stack with probes every 20 ms through its
 * balancer: a rolling restart (drain, stop, replace, wait for rotation, one at a time) loses no probe, and a
 * plain kill of one replica, the contrast, does.
 */
class StackTargetsTest {

  /** A route of the default profile: what clients see. */
  private static final ProbeSpec PROBE = new ProbeSpec("/api/fast", Duration.ofMillis(20), Duration.ofSeconds(1), 200);
  /** The health endpoint, which a drained replica fails on purpose until the balancer has taken it out. */
  private static final ProbeSpec HEALTH = new ProbeSpec("/health", Duration.ofMillis(20), Duration.ofSeconds(1), 200);

  @TempDir
  Path dir;

  private LocalProcessBackend backend(RunningStack stack) {
    return new LocalProcessBackend(LocalBackendOptions.builder().stateFile(dir.resolve("chaos-state.json"))
        .targets(new StackTargets(() -> Optional.of(stack))).restartDelay(Duration.ofMinutes(1)).build());
  }

  private static ExperimentSpec experiment(String name, FaultSpec fault, LocalTarget target, Selection mode) {
    return ExperimentSpec.builder(name).fault(fault).target(target).selection(mode)
        .duration(Duration.ofSeconds(1)).probe(PROBE).build();
  }

  private static long failed(List<ProbeSample> samples) {
    return samples.stream().filter(s -> !s.ok()).count();
  }

  @Test
  void allTrueNamesEveryReplicaInIndexOrder() {
    try (RunningStack stack = ReferenceStack.start(StackOptions.defaults().withReplicas(3))) {
      List<LocalProcess> all = new StackTargets(() -> Optional.of(stack)).resolve(LocalTarget.all());
      assertEquals(stack.replicas().stream().map(r -> LocalProcess.replica(r.index(), r.pid())).toList(), all);
    }
  }

  @Test
  void aRollingRestartReplacesEveryReplicaWithoutOneFailedProbeWhileAKillFailsSome() throws Exception {
    ExperimentSpec roll = experiment("roll", new FaultSpec.RollingRestart(Duration.ofMillis(200),
        Duration.ofSeconds(2)), LocalTarget.all(), Selection.all());
    ExperimentSpec kill = experiment("kill", new FaultSpec.PodKill(Duration.ZERO), LocalTarget.index(0),
        Selection.one());
    try (RunningStack stack = ReferenceStack.start(StackOptions.defaults().withReplicas(3));
        LocalProcessBackend chaos = backend(stack)) {
      List<Long> before = stack.replicas().stream().map(ReplicaHandle::pid).toList();
      AtomicInteger fewestInRotation = new AtomicInteger(3);
      FaultRecovery rolled;
      List<ProbeSample> rollProbes;
      List<ProbeSample> healthProbes;
      try (Prober prober = Prober.start(URI.create(stack.frontUrl()), PROBE, Clock.systemUTC(),
          Duration.ofSeconds(60));
          Prober health = Prober.start(URI.create(stack.frontUrl()), HEALTH, Clock.systemUTC(),
              Duration.ofSeconds(60))) {
        Thread watch = watchRotation(stack, fewestInRotation);
        awaitProbes(prober, 3, 0);
        awaitProbes(health, 3, 0);
        FaultHandle handle = chaos.inject(roll, RunContext.of("roll"));
        assertTrue(!stack.replicasInRotation().contains(0) || stack.replica(0).pid() != before.get(0),
            "the injection is confirmed once replica 0 is out of rotation");
        rolled = chaos.recover(handle);
        awaitProbes(prober, 3, rolled.recoveredAt().toEpochMilli());
        awaitProbes(health, 3, rolled.recoveredAt().toEpochMilli());
        watch.interrupt();
        watch.join();
        rollProbes = prober.samples();
        healthProbes = health.samples();
      }
      List<Long> after = stack.replicas().stream().map(ReplicaHandle::pid).toList();
      int inRotationAfterRoll = stack.replicasInRotation().size();
      long rollMillis = rolled.recoveredAt().toEpochMilli() - rolled.injection().injectedAt().toEpochMilli();

      List<ProbeSample> killProbes;
      try (Prober prober = Prober.start(URI.create(stack.frontUrl()), PROBE, Clock.systemUTC(),
          Duration.ofSeconds(30))) {
        awaitProbes(prober, 3, 0);
        FaultHandle handle = chaos.inject(kill, RunContext.of("kill"));
        // Probes reach the dead replica until the balancer takes it out (fall 2 x 250 ms, plus a check).
        assertTrue(stack.awaitInRotation(0, false, Duration.ofSeconds(10)), "the balancer took the dead replica out");
        killProbes = prober.samples();
        chaos.recover(handle);
      }

      System.out.printf("rolling restart of 3: %d of %d probes failed, %d ms from first drained to last in"
          + " rotation, at least %d in rotation (/health probes: %d of %d failed, the drains); pod-kill of 1:"
          + " %d of %d probes failed%n", failed(rollProbes), rollProbes.size(), rollMillis, fewestInRotation.get(),
          failed(healthProbes), healthProbes.size(), failed(killProbes), killProbes.size());
      assertEquals(0, failed(rollProbes), "a rolling restart loses no probe");
      assertTrue(rollProbes.size() > 50, "probes covered the roll: " + rollProbes.size());
      for (int i = 0; i < 3; i++) {
        assertNotEquals(before.get(i), after.get(i), "replica " + i + " was replaced");
      }
      assertEquals(2, fewestInRotation.get(), "maxUnavailable 1: never fewer than 2");
      assertEquals(3, inRotationAfterRoll, "every replacement is in rotation when the fault has recovered");
      // Draining is done by failing the health checks, so a probe of /health sees each drain while the replica
      // is still in rotation: that is why rolling-restart experiments probe a route.
      assertTrue(failed(healthProbes) > 0, "the drained replica answers /health with 503 until it is out");
      assertTrue(failed(killProbes) > 0, "a kill without drain fails the probes that reach the dead replica");
    }
  }

  /** Until {@code prober} has sent {@code count} probes at or after {@code sinceEpochMillis}. */
  private static void awaitProbes(Prober prober, int count, long sinceEpochMillis) {
    await(count + " probes of " + prober.url()).atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(10))
        .until(() -> prober.samplesSince(sinceEpochMillis).size() >= count);
  }

  /** Records the fewest replicas in rotation, every 5 ms, until interrupted (at most 60 s). */
  private static Thread watchRotation(RunningStack stack, AtomicInteger fewest) {
    Thread watch = new Thread(() -> {
      long end = System.nanoTime() + Duration.ofSeconds(60).toNanos();
      while (!Thread.currentThread().isInterrupted() && System.nanoTime() < end) {
        fewest.accumulateAndGet(stack.replicasInRotation().size(), Math::min);
        LockSupport.parkNanos(5_000_000);
      }
    }, "rotation-watch");
    watch.setDaemon(true);
    watch.start();
    return watch;
  }
}
