package dev.slogate.reports.internal;

import dev.slogate.config.AtomicFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/** Atomic writes for report files: a CI system or a browser never reads half a report. */
public final class ReportFiles {

  private ReportFiles() {}

  public static Path writeAtomically(Path file, String text) {
    try {
      return AtomicFiles.writeString(file, text);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
    }
  }

  public static Path writeAtomically(Path file, byte[] bytes) {
    try {
      return AtomicFiles.write(file, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
    }
  }
}
