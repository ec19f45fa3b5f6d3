package dev.slogate.simulations.internal.chaos;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.slogate.chaos.RunContext;
import dev.slogate.chaos.failover.ChaosConsole;
import dev.slogate.chaos.failover.ExperimentRunner;
import dev.slogate.chaos.failover.FailoverMeter;
import dev.slogate.chaos.failover.FaultMeasurement;
import dev.slogate.chaos.failover.FaultObservation;
import dev.slogate.chaos.failover.FaultRun;
import dev.slogate.chaos.local.LocalBackendOptions;
import dev.slogate.chaos.local.LocalProcessBackend;
import dev.slogate.chaos.probe.Prober;
import dev.slogate.chaos.spec.ExperimentSpec;
import dev.slogate.chaos.spec.FaultSpec;
import dev.slogate.chaos.spec.InjectionSchedule;
import dev.slogate.chaos.spec.LocalTarget;
import dev.slogate.chaos.spec.ProbeSpec;
import dev.slogate.chaos.spec.RecoveryRule;
import dev.slogate.slo.chaos.ProbeSample;
import dev.slogate.stack.HealthCheck;
import dev.slogate.stack.ReferenceStack;
import dev.slogate.stack.ReplicaListener;
import dev.slogate.stack.RunningStack;
import dev.slogate.stack.StackOptions;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Failover measured on the real reference stack, against what its balancer's health-check settings imply:
 * replica processes really killed and stopped, probes over loopback, no mock anywhere.
 */
class StackFailoverTest {

  @TempDir
  Path dir;

  private final ByteArrayOutputStream console = new ByteArrayOutputStream();

  /** The longest time between two probe starts: one interval plus the prober's jitter. */
  private static long maxGap(long probeMs) {
    return probeMs * (100 + Prober.JITTER_PERCENT) / 100;
  }

  private LocalProcessBackend backend(RunningStack stack) {
    return new LocalProcessBackend(LocalBackendOptions.builder()
        .stateFile(dir.resolve("chaos-state.json"))
        .targets(new StackTargets(() -> Optional.of(stack)))
        // Replaced when the fault ends, not during the measurement.
        .restartDelay(Duration.ofMinutes(1))
        .build());
  }

  private ExperimentRunner runner(LocalProcessBackend chaos, String runId) {
    return new ExperimentRunner(chaos, RunContext.of(runId),
        new ChaosConsole(new PrintStream(console, true, StandardCharsets.UTF_8), System.currentTimeMillis()));
  }

  /**
   * Kill one of three replicas; the probes are the balancer's only traffic, so its round robin sends every
   * third probe to the dead replica until the health checks take it out. A refused connection fails a check
   * at once, and checks run every {@code interval}: the first failing check comes within one interval of the
   * kill and the {@code fall}-th {@code (fall-1) × interval} later, so the replica leaves rotation between
   * {@code (fall-1) × interval} and {@code fall × interval} after the kill. The last failed probe is at most
   * three probes before that (round robin), the failover probe at most one after (probes are 0.5 to 1.5
   * intervals apart, from the prober's jitter): failover time is within
   * that range ± (probe interval + 50 ms).
   */
  @Test
  void killingOneOfThreeReplicasFailsOverWhenTheHealthChecksTakeItOut() throws Exception {
    long probeMs = 20;
    ExperimentSpec kill = ExperimentSpec.builder("kill-replica-0").fault(new FaultSpec.PodKill(Duration.ZERO))
        .target(LocalTarget.index(0)).duration(Duration.ofSeconds(2))
        .schedule(new InjectionSchedule(Duration.ofMillis(500), 1, Duration.ZERO))
        .probe(new ProbeSpec("/health", Duration.ofMillis(probeMs), Duration.ofSeconds(1), 200))
        .recovery(new RecoveryRule(3, Duration.ofSeconds(10))).build();
    try (RunningStack stack = ReferenceStack.start(StackOptions.defaults().withReplicas(3));
        LocalProcessBackend chaos = backend(stack)) {
      HealthCheck checks = stack.profile().healthCheck();
      AtomicLong downAt = new AtomicLong();
      stack.addListener(new ReplicaListener() {
        @Override
        public void replicaDown(int index) {
          if (index == 0) {
            downAt.compareAndSet(0, System.currentTimeMillis());
          }
        }
      });
      long killedPid = stack.replica(0).pid();
      FaultRun run;
      try (Prober prober = Prober.start(URI.create(stack.frontUrl()), kill.probe(), Clock.systemUTC(),
          Duration.ofSeconds(30))) {
        run = runner(chaos, "stack-kill").run(kill, prober, System.currentTimeMillis()).get(0);
      }

      FaultMeasurement m = run.measurement();
      long interval = checks.interval().toMillis();
      long injected = run.injection().injectedAt().toEpochMilli();
      long detection = downAt.get() - injected;
      long lower = (checks.fall() - 1) * interval;
      long upper = checks.fall() * interval;
      long tolerance = probeMs + 50;
      String figures = String.format("kill 1 of 3: health check every %d ms, fall %d: out of rotation after %d ms"
          + " (bound %d-%d); failover %d ms, time to detect %d ms, downtime %d ms, %d of %d probes failed",
          interval, checks.fall(), detection, lower, upper, m.failoverMillis(), m.timeToDetectMillis().getAsLong(),
          m.downtimeMillis(), m.failedProbes(), m.probes());
      System.out.println(figures);

      assertEquals("replica 0 (pid " + killedPid + ")", run.injection().resource());
      assertTrue(detection >= lower - 50 && detection <= upper + 50, "the balancer itself: " + figures);
      assertTrue(m.failoverMillis() >= lower - tolerance && m.failoverMillis() <= upper + tolerance, figures);
      long sinceDown = m.failoverAtMillis() - downAt.get();
      assertTrue(sinceDown >= -(2 * maxGap(probeMs) + 10) && sinceDown <= probeMs + 50,
          "failover is the first run of successes after the replica left rotation (" + sinceDown + " ms): " + figures);
      assertTrue(m.timeToDetectMillis().getAsLong() <= 3 * maxGap(probeMs) + 10, "every third probe fails: " + figures);
      assertTrue(m.failedProbes() >= 2, figures);
      assertTrue(m.downtimeMillis() < m.failoverMillis(), "only a third of the probes failed: " + figures);
      assertTrue(stack.replica(0).isAlive() && stack.replica(0).pid() != killedPid, "replaced when the fault ended");
      assertTrue(stack.awaitInRotation(0, true, Duration.ofSeconds(10)), "and back in rotation");
    }
  }

  /**
   * Stop the only replica for 3 s. Probed directly, the replica is unavailable for exactly the stop; probed
   * through the balancer, the outage lasts until the balancer takes it back, {@code rise} passed checks after
   * it resumed: between {@code (rise-1) × interval} and {@code rise × interval} more.
   */
  @Test
  void stoppingTheOnlyReplicaForThreeSecondsIsMeasuredAsThreeSecondsOfDowntime() throws Exception {
    long probeMs = 50;
    ProbeSpec probe = new ProbeSpec("/health", Duration.ofMillis(probeMs), Duration.ofSeconds(1), 200);
    ExperimentSpec stop = ExperimentSpec.builder("stop-only-replica").fault(new FaultSpec.PodFailure())
        .target(LocalTarget.index(0)).duration(Duration.ofSeconds(3))
        .schedule(new InjectionSchedule(Duration.ofMillis(500), 1, Duration.ZERO))
        .probe(probe).recovery(new RecoveryRule(3, Duration.ofSeconds(20))).build();
    try (RunningStack stack = ReferenceStack.start(StackOptions.defaults().withReplicas(1));
        LocalProcessBackend chaos = backend(stack)) {
      HealthCheck checks = stack.profile().healthCheck();
      FaultRun run;
      FaultMeasurement balanced;
      try (Prober direct = Prober.start(URI.create(stack.replica(0).url()), probe, Clock.systemUTC(), Duration.ofSeconds(30));
          Prober front = Prober.start(URI.create(stack.frontUrl()), probe, Clock.systemUTC(), Duration.ofSeconds(30))) {
        run = runner(chaos, "stack-stop").run(stop, direct, System.currentTimeMillis()).get(0);
        long recovered = run.recovery().recoveredAt().toEpochMilli();
        assertTrue(stack.awaitInRotation(0, true, Duration.ofSeconds(10)));
        // The measurement through the balancer ends at the passed probes that say the outage is over.
        long backInRotation = System.currentTimeMillis();
        await("3 passed probes through the balancer once it took the replica back").atMost(Duration.ofSeconds(10))
            .pollInterval(Duration.ofMillis(10)).until(() -> {
              List<ProbeSample> since = front.samplesSince(backInRotation);
              return since.size() >= 3 && since.subList(since.size() - 3, since.size()).stream().allMatch(ProbeSample::ok);
            });
        balanced = FailoverMeter.measure(new FaultObservation(run.injection().injectedAt().toEpochMilli(), recovered,
            System.currentTimeMillis(), 3, Duration.ofSeconds(20)), front.samples());
      }

      FaultMeasurement m = run.measurement();
      long stopped = run.recovery().recoveredAt().toEpochMilli() - run.injection().appliedAt().toEpochMilli();
      long interval = checks.interval().toMillis();
      long tolerance = probeMs + 50;
      String figures = String.format("stop the only replica 3 s (SIGSTOP to SIGCONT %d ms): direct downtime %d ms,"
          + " failover %d ms; via balancer (rise %d x %d ms) downtime %d ms, failover %d ms",
          stopped, m.downtimeMillis(), m.failoverMillis(), checks.rise(), interval, balanced.downtimeMillis(),
          balanced.failoverMillis());
      System.out.println(figures);

      assertTrue(Math.abs(m.downtimeMillis() - 3_000) <= tolerance, figures);
      assertTrue(Math.abs(m.failoverMillis() - 3_000) <= tolerance, figures);
      assertTrue(m.timeToDetectMillis().getAsLong() <= maxGap(probeMs) + 10, figures);
      assertFalse(run.recovery().aborted());
      long rejoinMin = (checks.rise() - 1) * interval;
      long rejoinMax = checks.rise() * interval;
      assertTrue(balanced.downtimeMillis() >= 3_000 + rejoinMin - tolerance
          && balanced.downtimeMillis() <= 3_000 + rejoinMax + tolerance, figures);
      assertTrue(console.toString(StandardCharsets.UTF_8).contains("stop-only-replica #1 injected pod-failure on replica 0"),
          console::toString);
    }
  }
}
