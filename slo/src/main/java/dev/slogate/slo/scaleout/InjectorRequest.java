package dev.slogate.slo.scaleout;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * What a coordinator asks a launcher for: {@code count} injectors of one simulation, each started with the same
 * options plus its own index, sharing a run id and an epoch start.
 *
 * @param simulation the Gatling simulation class every injector runs
 * @param runId the run id every injector shares ({@code slogate.runId})
 * @param count how many injectors ({@code slogate.injectors.count})
 * @param startAtMillis when every injector starts its first phase, epoch milliseconds ({@code slogate.startAt})
 * @param options the {@code slogate.*} options every injector gets (the launcher sets each one's count, index, run id
 *     and start over any given here); never a token: a key that names one is refused
 * @param secrets environment variables that must appear nowhere in plain text (the target's
 *     {@code SLOGATE_<SYSTEM>_TOKEN}), name to value: a launcher hands them to each injector's environment, and a
 *     cluster launcher only by reference (a Kubernetes Secret), never in an object's spec
 * @param workFolder where the launcher may keep the injectors' folders and consoles
 * @param timeout how long to wait for all of them, from the launch
 * @param progress where progress lines go while waiting (one line each, without a prefix)
 */
public record InjectorRequest(String simulation, String runId, int count, long startAtMillis,
    Map<String, String> options, Map<String, String> secrets, Path workFolder, Duration timeout, Consumer<String> progress) {

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
    for (String key : options.keySet()) {
      if (key.toLowerCase(Locale.ROOT).contains("token")) {
        throw new IllegalArgumentException("'" + key + "' looks like a token: pass it in secrets, never as a plain "
            + "option");
      }
    }
    secrets = Map.copyOf(secrets);
  }

  /**
   * The secrets of this process's environment: every {@code SLOGATE_<SYSTEM>_TOKEN}, and the content of the file a
   * {@code SLOGATE_<SYSTEM>_TOKEN_FILE} names (under the {@code _TOKEN} name, since that file is not on an injector's
   * disk). A file that cannot be read is left out, and the injector then reports the missing token as it would alone.
   */
  public static Map<String, String> tokensOf(Map<String, String> environment) {
    Map<String, String> tokens = new TreeMap<>();
    environment.forEach((name, value) -> {
      if (TOKEN.matcher(name).matches()) {
        tokens.put(name, value);
      }
    });
    environment.forEach((name, value) -> {
      if (TOKEN_FILE.matcher(name).matches()) {
        String token = name.substring(0, name.length() - "_FILE".length());
        try {
          tokens.putIfAbsent(token, Files.readString(Path.of(value)).strip());
        } catch (IOException | RuntimeException unreadable) {
          // left out: see above
        }
      }
    });
    return tokens;
  }

  private static final Pattern TOKEN = Pattern.compile("SLOGATE_[A-Z0-9_]+_TOKEN");
  private static final Pattern TOKEN_FILE = Pattern.compile("SLOGATE_[A-Z0-9_]+_TOKEN_FILE");
}
