package dev.slogate.reports.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/** The commit of the code under test, from {@code git rev-parse HEAD}; "unknown" outside a repository or without git. */
final class GitCommit {

  private static final Pattern HASH = Pattern.compile("[0-9a-f]{40}([0-9a-f]{24})?");

  private GitCommit() {}

  static String of(Path workingDirectory) {
    try {
      Process git = new ProcessBuilder("git", "rev-parse", "HEAD")
          .directory(workingDirectory.toFile())
          .redirectError(ProcessBuilder.Redirect.DISCARD)
          .start();
      String out;
      try (InputStream in = git.getInputStream()) {
        out = new String(in.readNBytes(200), StandardCharsets.US_ASCII).trim();
      }
      if (!git.waitFor(10, TimeUnit.SECONDS)) {
        git.destroyForcibly();
        return Evidence.UNKNOWN;
      }
      return git.exitValue() == 0 && HASH.matcher(out).matches() ? out : Evidence.UNKNOWN;
    } catch (IOException e) {
      return Evidence.UNKNOWN;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Evidence.UNKNOWN;
    }
  }
}
