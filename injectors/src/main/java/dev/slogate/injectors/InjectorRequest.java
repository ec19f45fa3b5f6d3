package dev.slogate.injectors;

import dev.slogate.chaos.RunContext;
import dev.slogate.config.Options;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One scale-out run, as the coordinator asks a backend for it.
 *
 * @param runId the one run id every injector shares ({@code slogate.runId}); it labels the Kubernetes objects, so it
 *     follows {@link RunContext}'s label-value rule
 * @param count how many injectors, each running 1/count of every phase ({@code slogate.injectors.count})
 * @param startAt the shared epoch start every injector aligns its phases on ({@code slogate.startAt})
 * @param simulation the Gatling simulation class every injector runs
 * @param options the run's {@code slogate.*} options, key to value, handed to every injector; never a token (those
 *     go in {@code secrets}), and never the keys the backend sets itself ({@link InjectorOptionKeys#PER_RUN})
 * @param secrets environment variables that must not appear in plain text anywhere (the target's
 *     {@code SLOGATE_<SYSTEM>_TOKEN}), name to value; a backend passes them by reference (a Kubernetes Secret)
 * @param outputDirectory where the injectors' run folders land, one {@code injector-<index>} folder each
 */
public record InjectorRequest(String runId, int count, Instant startAt, String simulation,
    Map<String, String> options, Map<String, String> secrets, Path outputDirectory) {

  public InjectorRequest {
    runId = new RunContext(runId, false, java.time.Clock.systemUTC()).runId();
    if (count < 1) {
      throw new IllegalArgumentException("a run needs at least one injector, not " + count);
    }
    Objects.requireNonNull(startAt, "startAt");
    Objects.requireNonNull(simulation, "simulation");
    options = Collections.unmodifiableMap(new TreeMap<>(options));
    for (String key : options.keySet()) {
      if (!key.startsWith(Options.PREFIX)) {
        throw new IllegalArgumentException("'" + key + "' is not a slogate option; injectors get slogate.* keys only");
      }
      if (InjectorOptionKeys.PER_RUN.contains(key)) {
        throw new IllegalArgumentException("'" + key + "' is set by the backend for each injector; leave it out");
      }
      if (key.toLowerCase(java.util.Locale.ROOT).contains("token")) {
        throw new IllegalArgumentException("'" + key + "' looks like a token: pass it in secrets, never as a plain "
            + "option");
      }
    }
    secrets = Collections.unmodifiableMap(new TreeMap<>(secrets));
    Objects.requireNonNull(outputDirectory, "outputDirectory");
  }

  /** The folder injector {@code index}'s run folder is unpacked into. */
  public Path injectorDirectory(int index) {
    return outputDirectory.resolve("injector-" + index);
  }
}
