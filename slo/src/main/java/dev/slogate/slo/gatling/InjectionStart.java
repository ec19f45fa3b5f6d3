package dev.slogate.slo.gatling;

import dev.slogate.slo.plan.RunPlan;
import java.nio.file.Path;
import java.util.OptionalLong;

/**
 * How long after its run start Gatling sent its first virtual user, read from the log: the run start is
 * stamped before the injector has started, and the gap (0.15 to 0.35 s on an idle 2-core machine, up to a
 * second on a busy one) would otherwise shift every planned phase against the load that really arrived.
 */
public final class InjectionStart {

  /** Stops the decoder at the first user: the rest of the log is not needed. */
  private static final class Found extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Found() {
      super(null, null, false, false);
    }
  }

  private InjectionStart() {}

  /**
   * {@code plan} moved to the log's first arrival ({@link RunPlan#withInjectionDelay}), or unchanged for a log
   * without any user. The end of every run uses it, and the benchmarks judge a plain Gatling run's log by it.
   */
  public static RunPlan aligned(RunPlan plan, Path log) {
    OptionalLong delay = delayMillis(log);
    return delay.isEmpty() ? plan : plan.withInjectionDelay(delay.getAsLong());
  }

  /** From the log's run start to its first user start; empty for a log without any user. */
  static OptionalLong delayMillis(Path log) {
    long[] runStart = {0};
    long[] firstUser = {-1};
    try {
      SimulationLogDecoder.decode(log, ReadOptions.allowTruncated(), new LogEventListener() {
        @Override
        public void onRun(RunHeader header) {
          runStart[0] = header.epochStartMillis();
        }

        @Override
        public void onUser(String scenario, boolean start, long epochMillis) {
          if (start) {
            firstUser[0] = epochMillis;
            throw new Found();
          }
        }
      });
    } catch (Found expected) {
      // the first user was seen
    }
    return firstUser[0] < 0 ? OptionalLong.empty() : OptionalLong.of(Math.max(0, firstUser[0] - runStart[0]));
  }
}
