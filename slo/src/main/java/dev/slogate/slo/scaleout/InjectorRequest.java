package dev.slogate.slo.scaleout;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * What a coordinator asks a launcher for: {@code count} injectors of one simulation, each started with the same
 * options plus its own index, sharing a run id and an epoch start.
 *
 * @param simulation the Gatling simulation class every injector runs
 * @param runId the run id every injector shares ({@code slogate.runId})
 * @param count how many injectors ({@code slogate.injectors.count})
 * @param startAtMillis when every injector starts its first phase, epoch milliseconds ({@code slogate.startAt})
 * @param options the {@code slogate.*} options every injector gets (the launcher adds each one's index)
 * @param workFolder where the launcher may keep the injectors' folders and consoles
 * @param timeout how long to wait for all of them, from the launch
 * @param progress where progress lines go while waiting (one line each, without a prefix)
 */
public record InjectorRequest(String simulation, String runId, int count, long startAtMillis,
    Map<String, String> options, Path workFolder, Duration timeout, Consumer<String> progress) {

  public InjectorRequest {
    Objects.requireNonNull(simulation, "simulation");
    Objects.requireNonNull(runId, "runId");
    Objects.requireNonNull(workFolder, "workFolder");
    Objects.requireNonNull(timeout, "timeout");
    Objects.requireNonNull(progress, "progress");
    if (count < 1) {
      throw new IllegalArgumentException("a shared run needs at least one injector, got " + count);
    }
    options = Map.copyOf(options);
  }
}
