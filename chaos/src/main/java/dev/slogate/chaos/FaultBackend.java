package dev.slogate.chaos;

import dev.slogate.chaos.spec.ExperimentSpec;
import java.util.function.Function;

/**
 * Injects faults and takes them away again. The Chaos Mesh backend does it on Kubernetes; a local
 * backend does it to processes on this machine.
 *
 * <p>The contract every implementation keeps:
 * <ul>
 *   <li>{@link #inject} checks its guardrails before it touches anything, and returns only once the fault
 *       is confirmed in place; {@link FaultInjection#injectedAt()} is that moment.</li>
 *   <li>{@link #recover} and {@link #abort} return only once the fault is really gone.</li>
 *   <li>Nothing outlives the run: a fault that is still in place when {@link #close()} runs, or when the
 *       JVM shuts down, is removed; {@link #sweep} removes what an earlier run that died left behind.</li>
 *   <li>Failures are {@link ChaosException}s with one-sentence messages; refusals are
 *       {@link GuardrailViolation}s.</li>
 * </ul>
 */
public interface FaultBackend extends AutoCloseable {

  /**
   * Injects the experiment's fault once and waits until it is confirmed.
   *
   * @throws GuardrailViolation when the experiment is refused (nothing was changed)
   * @throws ChaosException when it could not be injected or confirmed (what was applied is removed)
   */
  FaultHandle inject(ExperimentSpec experiment, RunContext run);

  /** Removes the fault and waits until it is gone. */
  FaultRecovery recover(FaultHandle handle);

  /** Stops the fault at once (an abort condition fired) and waits until it is gone. */
  FaultRecovery abort(FaultHandle handle);

  /**
   * Removes what earlier runs left behind, keeping what belongs to {@code current}.
   *
   * @return how many leftovers were removed (or, in a dry run, would be)
   */
  int sweep(RunContext current);

  /** Removes every fault this backend injected and has not yet recovered. */
  @Override
  void close();

  /**
   * Injects, runs {@code during} while the fault is in place, and recovers, also when {@code during}
   * throws.
   */
  default <T> T withFault(ExperimentSpec experiment, RunContext run, Function<FaultHandle, T> during) {
    FaultHandle handle = inject(experiment, run);
    T result;
    try {
      result = during.apply(handle);
    } catch (RuntimeException | Error failure) {
      try {
        abort(handle);
      } catch (RuntimeException cleanup) {
        failure.addSuppressed(cleanup);
      }
      throw failure;
    }
    recover(handle);
    return result;
  }
}
