package dev.slogate.reports;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * Installed programs some tests need (chromium, prometheus, prometheus-pushgateway). Missing, such a test is
 * skipped with the reason, unless {@code SLOGATE_REQUIRE_ALL=1}: then it fails, so that CI cannot pass by
 * skipping.
 */
public final class RequiredPrograms {

  private RequiredPrograms() {}

  public static Path require(String debianPackage, String... executables) {
    Optional<Path> found = Stream.of(executables).map(RequiredPrograms::onPath).flatMap(Optional::stream).findFirst();
    if (found.isPresent()) {
      return found.get();
    }
    String reason = String.join(" or ", executables) + " not found on PATH: install the Debian package " + debianPackage;
    if ("1".equals(System.getenv("SLOGATE_REQUIRE_ALL"))) {
      fail(reason + " (SLOGATE_REQUIRE_ALL=1)");
    }
    System.err.println("SKIPPED: " + reason);
    Assumptions.abort(reason);
    throw new IllegalStateException("unreachable");
  }

  private static Optional<Path> onPath(String executable) {
    String path = System.getenv().getOrDefault("PATH", "/usr/local/bin:/usr/bin:/bin");
    for (String directory : path.split(java.io.File.pathSeparator)) {
      Path candidate = Path.of(directory, executable);
      if (Files.isExecutable(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }
}
