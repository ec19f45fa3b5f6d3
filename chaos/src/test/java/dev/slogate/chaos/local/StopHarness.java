package dev.slogate.chaos.local;

import dev.slogate.chaos.RunContext;
import dev.slogate.chaos.spec.FaultSpec;
import dev.slogate.chaos.spec.LocalTarget;
import java.nio.file.Path;

/**
 * A run that dies in the middle of a pod-failure: run in its own JVM, it stops the process named by its
 * first argument through a backend using the state file named by its second, says so, and waits to be
 * killed.
 */
public final class StopHarness {

  static final String READY = "stopped ";

  private StopHarness() {}

  public static void main(String[] args) throws InterruptedException {
    long victim = Long.parseLong(args[0]);
    LocalProcessBackend chaos = new LocalProcessBackend(LocalBackendOptions.builder().stateFile(Path.of(args[1])).build());
    chaos.inject(LocalProcessBackendTest.experiment(new FaultSpec.PodFailure(), LocalTarget.pid(victim)),
        RunContext.of("harness"));
    System.out.println(READY + victim);
    System.out.flush();
    Thread.sleep(60_000);
  }
}
