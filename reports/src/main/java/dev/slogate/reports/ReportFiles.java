package dev.slogate.reports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;

/** Atomic writes for report files: a CI system or a browser never reads half a report. */
public final class ReportFiles {

  private ReportFiles() {}

  public static Path writeAtomically(Path file, String text) {
    return writeAtomically(file, text.getBytes(StandardCharsets.UTF_8));
  }

  public static Path writeAtomically(Path file, byte[] bytes) {
    Path target = file.toAbsolutePath();
    try {
      Files.createDirectories(target.getParent());
      Path tmp = target.resolveSibling(target.getFileName() + "." + UUID.randomUUID() + ".tmp");
      try {
        Files.write(tmp, bytes);
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } finally {
        Files.deleteIfExists(tmp);
      }
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
    }
  }
}
