package dev.slogate.chaos.local;

import dev.slogate.chaos.RunContext;
import dev.slogate.chaos.spec.ExperimentSpec;
import dev.slogate.chaos.spec.FaultSpec;
import dev.slogate.chaos.spec.LocalTarget;
import dev.slogate.chaos.spec.ProbeSpec;
import java.nio.file.Path;
import java.time.Duration;

/**
 * A run that dies in the middle of a pod-failure: run in its own JVM, it stops the process named by its
 * first argument through a backend using the state file named by its second, for the fault duration in
 * milliseconds of its third (default a minute, longer than any test waits), says so, and waits to be killed.
 */
public final class StopHarness {

  static final String READY = "stopped ";

  private StopHarness() {}

  public static void main(String[] args) throws InterruptedException {
    long victim = Long.parseLong(args[0]);
    LocalProcessBackend chaos = new LocalProcessBackend(LocalBackendOptions.builder().stateFile(Path.of(args[1])).build());
    Duration duration = Duration.ofMillis(args.length > 2 ? Long.parseLong(args[2]) : 60_000);
    ExperimentSpec experiment = ExperimentSpec.builder("local-test").fault(new FaultSpec.PodFailure())
        .target(LocalTarget.pid(victim)).duration(duration).probe(ProbeSpec.of("/health")).build();
    chaos.inject(experiment, RunContext.of("harness"));
    System.out.println(READY + victim);
    System.out.flush();
    Thread.sleep(duration.toMillis() + 60_000);
  }
}
