package dev.slogate.benchmarks.reliability;

import dev.slogate.chaos.RunContext;
import dev.slogate.chaos.local.LocalBackendOptions;
import dev.slogate.chaos.local.LocalProcessBackend;
import dev.slogate.chaos.spec.ExperimentSpec;
import dev.slogate.chaos.spec.FaultSpec;
import dev.slogate.chaos.spec.LocalTarget;
import dev.slogate.chaos.spec.ProbeSpec;
import dev.slogate.chaos.spec.Selection;
import dev.slogate.simulations.internal.chaos.StackTargets;
import dev.slogate.stack.ReferenceStack;
import dev.slogate.stack.ReplicaHandle;
import dev.slogate.stack.RunningStack;
import dev.slogate.stack.StackOptions;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The run that dies in the middle of a fault, for {@link CrashTrials}: in its own JVM it starts the reference stack
 * (three replica processes, as a run's embedded stack does), injects one local fault into it through the local
 * backend as a run would, prints {@value #READY} with the replicas' pids, and waits to be SIGKILLed.
 *
 * <p>Arguments: the fault ({@code pod-kill}, {@code pod-failure} or {@code rolling-restart}), the state file, the
 * fault's duration in milliseconds.
 */
public final class CrashHarness {

  static final String READY = "fault in place, replicas ";
  static final int REPLICAS = 3;

  private CrashHarness() {}

  public static void main(String[] args) throws InterruptedException {
    String fault = args[0];
    Path stateFile = Path.of(args[1]);
    Duration duration = Duration.ofMillis(Long.parseLong(args[2]));
    RunningStack stack = ReferenceStack.start(StackOptions.defaults().withReplicas(REPLICAS).withFrontPort(0));
    // A kill's replacement comes long after the harness is dead: the trial is about what a kill leaves behind.
    LocalProcessBackend chaos = new LocalProcessBackend(LocalBackendOptions.builder()
        .targets(new StackTargets(() -> Optional.of(stack))).stateFile(stateFile)
        .restartDelay(duration.plusMinutes(1)).build());
    ExperimentSpec.Builder experiment = ExperimentSpec.builder("crash-trial").duration(duration)
        .probe(ProbeSpec.of("/health"));
    switch (fault) {
      case "pod-kill" -> experiment.fault(new FaultSpec.PodKill(Duration.ZERO)).target(LocalTarget.index(0));
      case "pod-failure" -> experiment.fault(new FaultSpec.PodFailure()).target(LocalTarget.index(0));
      case "rolling-restart" -> experiment.fault(new FaultSpec.RollingRestart(Duration.ofMillis(500), Duration.ofSeconds(5)))
          .target(LocalTarget.all()).selection(Selection.all());
      default -> throw new IllegalArgumentException("unknown fault " + fault);
    }
    chaos.inject(experiment.build(), RunContext.of("crash-harness"));
    System.out.println(READY + stack.replicas().stream().map(ReplicaHandle::pid).map(String::valueOf)
        .collect(Collectors.joining(" ")));
    System.out.flush();
    Thread.sleep(duration.plusMinutes(2).toMillis());
  }
}
