package dev.slogate.chaos.local;

import dev.slogate.chaos.ChaosException;
import dev.slogate.chaos.FaultBackend;
import dev.slogate.chaos.FaultHandle;
import dev.slogate.chaos.FaultInjection;
import dev.slogate.chaos.FaultRecovery;
import dev.slogate.chaos.GuardrailViolation;
import dev.slogate.chaos.RunContext;
import dev.slogate.chaos.internal.FaultCleanup;
import dev.slogate.chaos.internal.FaultEvents;
import dev.slogate.chaos.spec.ExperimentSpec;
import dev.slogate.chaos.spec.FaultKind;
import dev.slogate.chaos.spec.FaultSpec;
import dev.slogate.chaos.spec.LocalTarget;
import dev.slogate.config.SafeText;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.stream.Collectors;

/**
 * Injects faults into processes on this machine (Linux): {@code pod-kill} is SIGKILL, after which a
 * replica is replaced as a Deployment would replace its pod ({@link LocalTargets}, after
 * {@link LocalBackendOptions#restartDelay()}); {@code pod-failure} is SIGSTOP for the fault's duration,
 * then SIGCONT. Injection is confirmed from {@code /proc}: the process gone for a kill, state {@code T} for
 * a stop. {@code rolling-restart} replaces replicas one at a time, each drained first
 * ({@link RollingRestarter}). Network faults would need root and a network namespace made for the run; they are refused, as
 * are faults that only Kubernetes can inject.
 *
 * <p>It never leaves a process stopped: {@link #recover}, {@link #abort} and {@link #close()} resume, a JVM
 * shutdown hook resumes, and because a SIGKILLed JVM runs no hook, every fault is written to a state file
 * before its signal is sent; {@link #sweep} (run at the start of every run, and before the first injection of a
 * run) resumes what a dead JVM left stopped, and a {@link ResumeWatchdog} started with each SIGSTOP resumes the
 * process at the fault's deadline even if the next run never comes. Processes are named by pid and start time, so a reused pid is never signalled.
 * Thread-safe.
 */
public final class LocalProcessBackend implements FaultBackend {

  private static final System.Logger LOG = System.getLogger(LocalProcessBackend.class.getName());

  /** The faults of one injection, one per selected process; or the rolling restart of them all. */
  private record LocalFaultHandle(FaultInjection injection, List<ProcessFault> faults,
      Optional<RollingRestarter> roll, RunContext run) implements FaultHandle {}

  private final LocalBackendOptions options;
  private final FaultLedger ledger;
  private final TargetSelector selector;
  private final FaultEvents events;
  private final Map<FaultInjection, LocalFaultHandle> active = new ConcurrentHashMap<>();
  private final ScheduledExecutorService restarts = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread thread = new Thread(r, "slogate-local-chaos-restart");
    thread.setDaemon(true);
    return thread;
  });
  private final FaultCleanup cleanup = new FaultCleanup("slogate-local-chaos-cleanup", this::endAllOnShutdown);

  public LocalProcessBackend(LocalBackendOptions options) {
    this.options = options;
    this.ledger = new FaultLedger(options.stateFile());
    this.selector = new TargetSelector(options.targets());
    this.events = new FaultEvents(options.listeners());
  }

  /**
   * Checks, without touching anything, that this backend can inject the experiment at all.
   *
   * @throws ChaosException in one sentence when it cannot
   */
  public static void checkSupported(ExperimentSpec experiment) {
    if (!(experiment.target() instanceof LocalTarget)) {
      throw new GuardrailViolation("experiment " + experiment.name() + " targets Kubernetes; the local backend"
          + " only acts on processes on this machine (use the chaos-mesh backend)");
    }
    FaultKind kind = experiment.kind();
    switch (kind) {
      case POD_KILL, POD_FAILURE, ROLLING_RESTART -> { }
      case NETWORK_DELAY, NETWORK_LOSS, NETWORK_PARTITION -> throw new ChaosException(kind.id()
          + " is not supported here: needs root and a network namespace");
      default -> throw new ChaosException(kind.id() + " is not supported by the local backend, which kills"
          + " (pod-kill) or stops (pod-failure) processes; inject it with the chaos-mesh backend");
    }
    if (!ProcStat.available()) {
      throw new ChaosException("the local backend needs Linux /proc to confirm its signals, and there is none here");
    }
  }

  /**
   * Checks, signalling nothing, all that can be known before the load starts: that this backend supports the
   * fault, and that the target names running processes it may signal (the replica exists, the pid runs, the
   * pidfile holds a pid, and none of them is protected). Call it once the stack, if any, runs.
   *
   * @throws ChaosException in one sentence when the experiment cannot be injected
   */
  public void checkTargets(ExperimentSpec experiment) {
    checkSupported(experiment);
    selector.select(experiment);
  }

  /** Sends the signal to every selected process and returns once /proc confirms each. */
  @Override
  public FaultHandle inject(ExperimentSpec experiment, RunContext run) {
    checkSupported(experiment);
    List<LocalProcess> targets = selector.select(experiment);
    String resource = targets.stream().map(LocalProcess::describe).collect(Collectors.joining(", "));
    if (run.dryRun()) {
      options.dryRunOutput().println("# dry run: slogate would " + switch (experiment.kind()) {
        case POD_KILL -> "SIGKILL ";
        case ROLLING_RESTART -> "drain, SIGTERM and replace, one at a time, ";
        default -> "SIGSTOP for " + experiment.duration().toMillis() + " ms ";
      } + resource);
      options.dryRunOutput().flush();
      Instant now = run.clock().instant();
      return new LocalFaultHandle(new FaultInjection(run.runId(), experiment.name(), experiment.kind(), resource,
          now, now, Optional.empty(), true), List.of(), Optional.empty(), run);
    }
    cleanup.beforeInjection(run, this::sweep);
    if (experiment.fault() instanceof FaultSpec.RollingRestart rolling) {
      return startRoll(experiment, rolling, targets, resource, run);
    }
    ProcessFault.Context context = new ProcessFault.Context(run.runId(), experiment.name(), experiment.duration(), ledger, run.clock(),
        options);
    List<ProcessFault> applied = new ArrayList<>();
    try {
      for (LocalProcess target : targets) {
        ProcessFault fault = experiment.kind() == FaultKind.POD_KILL
            ? new KilledProcess(target, context, restarts)
            : new StoppedProcess(target, context);
        fault.apply();
        applied.add(fault);
      }
    } catch (RuntimeException e) {
      endQuietly(applied, e);
      throw e;
    }
    Instant appliedAt = applied.stream().map(ProcessFault::signalledAt).min(Comparator.naturalOrder()).orElseThrow();
    Instant injectedAt = applied.stream().map(ProcessFault::confirmedAt).max(Comparator.naturalOrder()).orElseThrow();
    FaultInjection injection = new FaultInjection(run.runId(), experiment.name(), experiment.kind(), resource,
        appliedAt, injectedAt, Optional.empty(), false);
    LocalFaultHandle handle = new LocalFaultHandle(injection, List.copyOf(applied), Optional.empty(), run);
    active.put(injection, handle);
    events.injected(injection);
    return handle;
  }

  /**
   * Starts a rolling restart; the injection is confirmed when the first replica is out of rotation, and
   * the fault recovers when the last replacement is in rotation.
   */
  private FaultHandle startRoll(ExperimentSpec experiment, FaultSpec.RollingRestart rolling,
      List<LocalProcess> targets, String resource, RunContext run) {
    LocalTargets replicas = options.targets().orElseThrow(() -> new ChaosException("rolling-restart replaces"
        + " replicas, which needs the embedded reference stack to start the replacements"));
    for (LocalProcess target : targets) {
      if (target.slot().isEmpty()) {
        throw new ChaosException("rolling-restart cannot replace " + target.describe()
            + ": it fills no replica slot; name replicas by index, role or all: true");
      }
    }
    RollingRestarter roll = new RollingRestarter(targets, rolling, replicas, run.clock(), options.restartTimeout());
    Instant appliedAt = run.clock().instant();
    Instant injectedAt = roll.start();
    FaultInjection injection = new FaultInjection(run.runId(), experiment.name(), experiment.kind(), resource,
        appliedAt, injectedAt, Optional.empty(), false);
    LocalFaultHandle handle = new LocalFaultHandle(injection, List.of(), Optional.of(roll), run);
    active.put(injection, handle);
    events.injected(injection);
    return handle;
  }

  /** Resumes stopped processes, or has killed replicas replaced now if that has not happened yet. */
  @Override
  public FaultRecovery recover(FaultHandle handle) {
    return end(localHandle(handle), true, false);
  }

  @Override
  public FaultRecovery abort(FaultHandle handle) {
    return end(localHandle(handle), true, true);
  }

  /**
   * Resumes every process that a JVM which is no longer running left stopped, according to the state file,
   * stops that JVM's watchdogs and forgets its entries. Faults of JVMs that still run (this one included) are
   * theirs to end. When it found anything, says what in one line on {@link LocalBackendOptions#dryRunOutput()}.
   *
   * @return how many processes were resumed (in a dry run: would be)
   * @throws ChaosException naming the processes that could not be resumed
   */
  @Override
  public int sweep(RunContext current) {
    Sweep sweep = sweepLeftovers(current);
    sweep.line(options.stateFile()).ifPresent(line -> {
      options.dryRunOutput().println(line);
      options.dryRunOutput().flush();
    });
    if (!sweep.failures().isEmpty()) {
      throw new ChaosException("the sweep could not resume " + String.join("; ", sweep.failures()));
    }
    return sweep.resumed();
  }

  /**
   * What one sweep did with the faults of runs that died.
   *
   * @param resumed how many stopped processes it resumed
   * @param done one phrase per fault it found, e.g. {@code resumed replica 0 (pid 12, pod-failure of run r)}
   * @param failures the processes it could not resume
   */
  record Sweep(int resumed, List<String> done, List<String> failures) {

    /** {@code slogate chaos: swept target/slogate/chaos-state.json: …}, or empty when there was nothing to undo. */
    Optional<String> line(Path stateFile) {
      if (done.isEmpty() && failures.isEmpty()) {
        return Optional.empty();
      }
      List<String> all = new ArrayList<>(done);
      failures.forEach(f -> all.add("could not resume " + f));
      return Optional.of("slogate chaos: swept " + SafeText.quoted(stateFile.toString()) + ", left by a run that"
          + " died: " + String.join("; ", all));
    }
  }

  private Sweep sweepLeftovers(RunContext current) {
    List<String> done = new ArrayList<>();
    List<String> failures = new ArrayList<>();
    int[] resumed = {0};
    ledger.update(entries -> {
      List<LedgerEntry> kept = new ArrayList<>();
      for (LedgerEntry entry : entries) {
        if (entry.ownerAlive()) {
          kept.add(entry);
          continue;
        }
        String who = entry.target().equals("pid " + entry.pid()) ? entry.target()
            : entry.target() + " (pid " + entry.pid() + ")";
        String what = who + ", " + entry.fault() + " of run " + entry.runId();
        if (!entry.holdsProcessStopped()) {
          done.add("forgot " + what + ": nothing to undo");
        } else if (!entry.process().isStopped()) {
          done.add((entry.process().isGone() ? "forgot " : "found running again ") + what);
        } else if (current.dryRun()) {
          done.add("would resume " + what);
          kept.add(entry);
          resumed[0]++;
          continue;
        } else {
          try {
            entry.process().sigcont();
            done.add("resumed " + what);
            resumed[0]++;
          } catch (ChaosException e) {
            failures.add(what + ": " + e.getMessage());
            kept.add(entry);
            continue;
          }
        }
        if (!current.dryRun()) {
          entry.stopWatchdog();
        } else {
          kept.add(entry);
        }
      }
      return kept;
    });
    return new Sweep(resumed[0], done, failures);
  }

  /**
   * The sweep every run does at its start, chaos or not: a run that was SIGKILLed during a pod-failure may have
   * left a process stopped, and a plain load run against it would measure a broken target.
   *
   * @param stateFile the local backend's state file; nothing happens when there is none
   * @param out gets one line when the sweep found anything to undo
   * @return how many processes were resumed
   * @throws ChaosException naming the processes that could not be resumed
   */
  public static int sweepAtStart(Path stateFile, String runId, PrintStream out) {
    if (!Files.exists(stateFile)) {
      return 0;
    }
    return new LocalProcessBackend(LocalBackendOptions.builder().stateFile(stateFile).dryRunOutput(out).build())
        .sweep(RunContext.of(runId));
  }

  /** The faults injected and not yet ended. */
  public List<FaultHandle> active() {
    return List.copyOf(active.values());
  }

  /** Aborts every fault still in place (resuming, restarting), then stops watching for JVM shutdown. */
  @Override
  public void close() {
    cleanup.close(() -> {
      try {
        FaultCleanup.endEach(active.values(), handle -> end(handle, true, true));
      } finally {
        restarts.shutdownNow();
      }
    });
  }

  private FaultRecovery end(LocalFaultHandle handle, boolean restart, boolean aborted) {
    FaultInjection injection = handle.injection();
    Instant now = handle.run().clock().instant();
    if (injection.dryRun()) {
      return new FaultRecovery(injection, now, now, now, aborted);
    }
    if (active.remove(injection) == null) {
      throw new IllegalStateException("fault " + injection.resource() + " of " + injection.experiment()
          + " has already ended");
    }
    Instant requestedAt = null;
    // The latest of the processes' own recoveries: a replica replaced by the restart delay came back long
    // before this call.
    Instant recoveredAt = injection.injectedAt();
    RuntimeException failure = null;
    List<String> lost = new ArrayList<>();
    if (handle.roll().isPresent()) {
      try {
        ProcessFault.Ended ended = handle.roll().get().end(aborted, !restart);
        requestedAt = ended.requestedAt();
        recoveredAt = ended.recoveredAt().isAfter(recoveredAt) ? ended.recoveredAt() : recoveredAt;
      } catch (RuntimeException e) {
        failure = e;
      }
    }
    // Every process is ended even if one fails: one stuck SIGCONT must not leave the others stopped.
    for (ProcessFault fault : handle.faults()) {
      try {
        ProcessFault.Ended ended = fault.end(!restart);
        ended.lost().ifPresent(lost::add);
        requestedAt = requestedAt == null || ended.requestedAt().isBefore(requestedAt) ? ended.requestedAt() : requestedAt;
        recoveredAt = ended.recoveredAt().isAfter(recoveredAt) ? ended.recoveredAt() : recoveredAt;
      } catch (RuntimeException e) {
        if (failure == null) {
          failure = e;
        } else {
          failure.addSuppressed(e);
        }
      }
    }
    FaultRecovery recovery = new FaultRecovery(injection, requestedAt == null ? now : requestedAt, recoveredAt,
        handle.run().clock().instant(), aborted,
        lost.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", lost)));
    events.ended(recovery);
    if (failure != null) {
      throw failure;
    }
    return recovery;
  }

  private void endQuietly(List<ProcessFault> applied, RuntimeException cause) {
    for (ProcessFault fault : applied) {
      try {
        fault.end(false);
      } catch (RuntimeException e) {
        cause.addSuppressed(e);
      }
    }
  }

  /** Resumes what is stopped; no restarts, since what would run them is stopping too. */
  private void endAllOnShutdown() {
    if (active.isEmpty()) {
      return;
    }
    LOG.log(System.Logger.Level.WARNING, "JVM shutting down with " + active.size()
        + " local fault(s) in place; ending them");
    FaultCleanup.endEach(active.values(), handle -> end(handle, false, true));
  }

  private static LocalFaultHandle localHandle(FaultHandle handle) {
    if (handle instanceof LocalFaultHandle local) {
      return local;
    }
    throw new IllegalArgumentException("this fault was not injected by the local backend: " + handle);
  }
}
