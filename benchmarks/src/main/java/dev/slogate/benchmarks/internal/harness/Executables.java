package dev.slogate.benchmarks.internal.harness;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Programs found on the PATH, as a shell would find them. */
public final class Executables {

  private Executables() {}

  /** The first executable {@code name} on the PATH, or empty when there is none. */
  public static Optional<Path> onPath(String name) {
    for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(":")) {
      Path candidate = Path.of(dir.isEmpty() ? "." : dir, name);
      if (Files.isExecutable(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }
}
