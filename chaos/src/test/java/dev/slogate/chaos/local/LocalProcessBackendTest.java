package dev.slogate.chaos.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.slogate.chaos.ChaosException;
import dev.slogate.chaos.FaultHandle;
import dev.slogate.chaos.FaultInjection;
import dev.slogate.chaos.FaultListener;
import dev.slogate.chaos.FaultRecovery;
import dev.slogate.chaos.GuardrailViolation;
import dev.slogate.chaos.RunContext;
import dev.slogate.chaos.spec.ExperimentSpec;
import dev.slogate.chaos.spec.FaultSpec;
import dev.slogate.chaos.spec.KubernetesTarget;
import dev.slogate.chaos.spec.LocalTarget;
import dev.slogate.chaos.spec.ProbeSpec;
import dev.slogate.chaos.spec.TargetSpec;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The local backend on real processes ({@code sleep}), really stopped, resumed and killed. */
class LocalProcessBackendTest {

  @TempDir
  Path dir;

  private final List<String> heard = new CopyOnWriteArrayList<>();
  private final FaultListener listener = new FaultListener() {
    @Override
    public void faultInjected(FaultInjection injection) {
      heard.add("injected " + injection.resource());
    }

    @Override
    public void faultRecovered(FaultRecovery recovery) {
      heard.add("recovered " + recovery.injection().resource());
    }

    @Override
    public void faultAborted(FaultRecovery recovery) {
      heard.add("aborted " + recovery.injection().resource());
    }
  };

  static ExperimentSpec experiment(FaultSpec fault, TargetSpec target) {
    return ExperimentSpec.builder("local-test").fault(fault).target(target).duration(Duration.ofSeconds(1))
        .probe(ProbeSpec.of("/health")).build();
  }

  private LocalProcessBackend backend(LocalTargets targets, Duration restartDelay) {
    return new LocalProcessBackend(LocalBackendOptions.builder().stateFile(dir.resolve("chaos-state.json"))
        .targets(targets).restartDelay(restartDelay).listener(listener).build());
  }

  @Test
  void podFailureStopsTheProcessUntilRecoveredAndRecordsItMeanwhile() throws Exception {
    try (Victim victim = Victim.start(); LocalProcessBackend chaos = backend(null, Duration.ZERO)) {
      FaultHandle fault = chaos.inject(experiment(new FaultSpec.PodFailure(), LocalTarget.pid(victim.pid())),
          RunContext.of("run-1"));

      assertEquals('T', victim.state(), "stopped once inject returns");
      FaultInjection injection = fault.injection();
      assertEquals("pid " + victim.pid(), injection.resource());
      assertFalse(injection.injectedAt().isBefore(injection.appliedAt()));
      List<LedgerEntry> recorded = new FaultLedger(dir.resolve("chaos-state.json")).entries();
      assertEquals(1, recorded.size());
      assertEquals(victim.pid(), recorded.get(0).pid());
      assertEquals(ProcStat.read(victim.pid()).orElseThrow().startTicks(), recorded.get(0).startTicks());
      assertEquals("pod-failure", recorded.get(0).fault());
      assertEquals(ProcessHandle.current().pid(), recorded.get(0).ownerPid());

      FaultRecovery recovery = chaos.recover(fault);

      assertNotEquals('T', victim.state());
      assertTrue(victim.alive());
      assertFalse(recovery.aborted());
      assertFalse(recovery.recoveredAt().isBefore(recovery.requestedAt()));
      assertFalse(Files.exists(dir.resolve("chaos-state.json")), "nothing left to repair");
      assertEquals(List.of("injected pid " + victim.pid(), "recovered pid " + victim.pid()), heard);
      assertTrue(chaos.active().isEmpty());
    }
  }

  @Test
  void closeResumesWhatIsStillStoppedAsAnAbort() throws Exception {
    try (Victim victim = Victim.start()) {
      Path pidfile = dir.resolve("victim.pid");
      Files.writeString(pidfile, victim.pid() + "\n");
      LocalProcessBackend chaos = backend(null, Duration.ZERO);
      chaos.inject(experiment(new FaultSpec.PodFailure(), LocalTarget.pidfile(pidfile)), RunContext.of("run-1"));
      assertEquals('T', victim.state());

      chaos.close();

      assertNotEquals('T', victim.state());
      assertEquals(List.of("injected pid " + victim.pid(), "aborted pid " + victim.pid()), heard);
    }
  }

  @Test
  void podKillOfAPidIsConfirmedWhenTheProcessIsGoneAndNothingRestartsIt() throws Exception {
    try (Victim victim = Victim.start(); LocalProcessBackend chaos = backend(null, Duration.ZERO)) {
      FaultHandle fault = chaos.inject(experiment(new FaultSpec.PodKill(Duration.ZERO), LocalTarget.pid(victim.pid())),
          RunContext.of("run-1"));

      char state = victim.state();
      assertTrue(state == '-' || state == 'Z', "gone or a zombie once inject returns: " + state);
      FaultRecovery recovery = chaos.recover(fault);
      assertEquals(recovery.requestedAt(), recovery.recoveredAt(), "no restart to wait for");
      assertFalse(victim.alive());
    }
  }

  /** Replica slots of {@code sleep} processes; a restart starts a new one in the slot. */
  static final class SleepReplicas implements LocalTargets, AutoCloseable {
    final Victim[] slots;
    final List<Instant> restarts = new CopyOnWriteArrayList<>();

    SleepReplicas(int count) throws Exception {
      slots = new Victim[count];
      for (int i = 0; i < count; i++) {
        slots[i] = Victim.start();
      }
    }

    @Override
    public synchronized List<LocalProcess> resolve(LocalTarget target) {
      int index = target.index().orElseThrow(() -> new ChaosException("only index targets here"));
      return List.of(LocalProcess.replica(index, slots[index].pid()));
    }

    @Override
    public synchronized LocalProcess restart(LocalProcess killed) {
      int slot = killed.slot().getAsInt();
      try {
        slots[slot].close();
        slots[slot] = Victim.start();
      } catch (Exception e) {
        throw new ChaosException("could not restart slot " + slot, e);
      }
      restarts.add(Instant.now());
      return LocalProcess.replica(slot, slots[slot].pid());
    }

    synchronized long pid(int slot) {
      return slots[slot].pid();
    }

    @Override
    public void close() throws Exception {
      for (Victim v : slots) {
        v.close();
      }
    }
  }

  @Test
  void podKillOfAReplicaIsReplacedAfterTheRestartDelay() throws Exception {
    try (SleepReplicas replicas = new SleepReplicas(2);
        LocalProcessBackend chaos = backend(replicas, Duration.ofMillis(300))) {
      long killed = replicas.pid(1);
      FaultHandle fault = chaos.inject(experiment(new FaultSpec.PodKill(Duration.ZERO), LocalTarget.index(1)),
          RunContext.of("run-1"));
      assertEquals("replica 1 (pid " + killed + ")", fault.injection().resource());
      assertTrue(ProcessIdentity.await(() -> !replicas.restarts.isEmpty(), Duration.ofSeconds(5)), "restarted");
      long delay = Duration.between(fault.injection().injectedAt(), replicas.restarts.get(0)).toMillis();
      assertTrue(delay >= 300 && delay < 2_000, "replaced " + delay + " ms after the kill");
      assertNotEquals(killed, replicas.pid(1));
      // Waits for nothing: it puts recover() measurably after the replacement, so that the last check can tell
      // the two instants apart. A busy machine only lengthens it, which makes that check stricter.
      Thread.sleep(300);

      FaultRecovery recovery = chaos.recover(fault);

      assertEquals(1, replicas.restarts.size(), "recover does not restart twice");
      long asked = Duration.between(fault.injection().injectedAt(), recovery.requestedAt()).toMillis();
      assertTrue(asked >= 300 && asked < 2_000, "the restart was asked for by the delay, " + asked + " ms in");
      assertFalse(recovery.recoveredAt().isBefore(recovery.requestedAt()));
      assertFalse(recovery.recoveredAt().isAfter(replicas.restarts.get(0).plusMillis(50)),
          "recovered when the replacement ran, not when recover() was called");
    }
  }

  @Test
  void recoveringBeforeTheRestartDelayReplacesTheReplicaAtOnce() throws Exception {
    try (SleepReplicas replicas = new SleepReplicas(1);
        LocalProcessBackend chaos = backend(replicas, Duration.ofMinutes(5))) {
      FaultHandle fault = chaos.inject(experiment(new FaultSpec.PodKill(Duration.ZERO), LocalTarget.index(0)),
          RunContext.of("run-1"));
      assertTrue(replicas.restarts.isEmpty());

      FaultRecovery recovery = chaos.recover(fault);

      assertEquals(1, replicas.restarts.size());
      assertTrue(replicas.slots[0].alive());
      assertFalse(recovery.recoveredAt().isBefore(recovery.requestedAt()));
    }
  }

  @Test
  void refusesWhatItCannotOrMustNotDo() throws Exception {
    try (LocalProcessBackend chaos = backend(null, Duration.ZERO)) {
      RunContext run = RunContext.of("run-1");
      GuardrailViolation self = assertThrows(GuardrailViolation.class, () -> chaos.inject(
          experiment(new FaultSpec.PodFailure(), LocalTarget.pid(ProcessHandle.current().pid())), run));
      assertTrue(self.getMessage().contains("this JVM or one of its parents"), self.getMessage());

      ChaosException network = assertThrows(ChaosException.class, () -> chaos.inject(experiment(
          new FaultSpec.NetworkDelay(Duration.ofMillis(200), Duration.ZERO, 0), LocalTarget.pid(4242)), run));
      assertEquals("network-delay is not supported here: needs root and a network namespace", network.getMessage());

      ChaosException stress = assertThrows(ChaosException.class, () -> chaos.inject(
          experiment(new FaultSpec.CpuStress(1, 100), LocalTarget.pid(4242)), run));
      assertTrue(stress.getMessage().startsWith("cpu-stress is not supported by the local backend"), stress.getMessage());

      GuardrailViolation kubernetes = assertThrows(GuardrailViolation.class, () -> chaos.inject(experiment(
          new FaultSpec.PodKill(Duration.ZERO), new KubernetesTarget("shop", Map.of("app", "x"), List.of())), run));
      assertTrue(kubernetes.getMessage().contains("targets Kubernetes"), kubernetes.getMessage());

      ChaosException byIndex = assertThrows(ChaosException.class, () -> chaos.inject(
          experiment(new FaultSpec.PodKill(Duration.ZERO), LocalTarget.index(0)), run));
      assertTrue(byIndex.getMessage().contains("name a pid or a pidfile"), byIndex.getMessage());

      Path bad = dir.resolve("bad.pid");
      Files.writeString(bad, "not-a-pid");
      ChaosException pidfile = assertThrows(ChaosException.class, () -> chaos.inject(
          experiment(new FaultSpec.PodFailure(), LocalTarget.pidfile(bad)), run));
      assertEquals("pidfile '" + bad + "' holds no pid: it should hold one process id and nothing else",
          pidfile.getMessage());
    }
    assertTrue(heard.isEmpty(), "nothing was injected");
    assertFalse(Files.exists(dir.resolve("chaos-state.json")));
  }

  @Test
  void aDryRunSaysWhatItWouldDoAndSignalsNothing() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (Victim victim = Victim.start();
        LocalProcessBackend chaos = new LocalProcessBackend(LocalBackendOptions.builder()
            .stateFile(dir.resolve("chaos-state.json")).listener(listener)
            .dryRunOutput(new PrintStream(out, true, StandardCharsets.UTF_8)).build())) {
      FaultHandle fault = chaos.inject(experiment(new FaultSpec.PodFailure(), LocalTarget.pid(victim.pid())),
          RunContext.dryRun("run-1"));
      chaos.recover(fault);

      assertNotEquals('T', victim.state());
      assertTrue(fault.injection().dryRun());
      assertEquals("# dry run: slogate would SIGSTOP for 1000 ms pid " + victim.pid(),
          out.toString(StandardCharsets.UTF_8).trim());
      assertTrue(heard.isEmpty(), "dry runs send no events");
    }
  }

  @Test
  void theSweepResumesOnlyWhatADeadRunLeftStoppedAndNeverAReusedPid() throws Exception {
    Path state = dir.resolve("chaos-state.json");
    FaultLedger ledger = new FaultLedger(state);
    Process finished = new ProcessBuilder("true").start();
    long deadPid = finished.pid();
    finished.waitFor();
    try (Victim leftStopped = Victim.start(); Victim otherRun = Victim.start(); Victim reused = Victim.start();
        LocalProcessBackend chaos = backend(null, Duration.ZERO)) {
      for (Victim v : List.of(leftStopped, otherRun, reused)) {
        ProcessIdentity.of(v.pid()).orElseThrow().sigstop();
        assertTrue(ProcessIdentity.await(() -> v.state() == 'T', Duration.ofSeconds(5)));
      }
      long ticks = ProcStat.read(leftStopped.pid()).orElseThrow().startTicks();
      // A dead JVM's stop; a live JVM's stop (this one: not ours to end); and an entry whose pid now belongs
      // to a process that started later than the one that was stopped.
      ledger.add(new LedgerEntry("dead-run", "x", "pod-failure", "pid", leftStopped.pid(), ticks, deadPid, 1, "t"));
      ledger.add(new LedgerEntry("live-run", "x", "pod-failure", "pid", otherRun.pid(),
          ProcStat.read(otherRun.pid()).orElseThrow().startTicks(), ProcessHandle.current().pid(),
          ProcStat.read(ProcessHandle.current().pid()).orElseThrow().startTicks(), "t"));
      ledger.add(new LedgerEntry("dead-run", "x", "pod-failure", "pid", reused.pid(),
          ProcStat.read(reused.pid()).orElseThrow().startTicks() - 1, deadPid, 1, "t"));

      assertEquals(1, chaos.sweep(RunContext.dryRun("next")), "a dry run counts without acting");
      assertEquals('T', leftStopped.state());

      assertEquals(1, chaos.sweep(RunContext.of("next")));

      assertNotEquals('T', leftStopped.state(), "resumed");
      assertEquals('T', otherRun.state(), "its run is alive and will end it");
      assertEquals('T', reused.state(), "a different process under a recorded pid is never signalled");
      assertEquals(List.of("live-run"), ledger.entries().stream().map(LedgerEntry::runId).toList());
      ProcessIdentity.of(otherRun.pid()).orElseThrow().sigcont();
      ProcessIdentity.of(reused.pid()).orElseThrow().sigcont();
    }
  }
}
