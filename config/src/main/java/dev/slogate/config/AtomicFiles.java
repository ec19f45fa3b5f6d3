package dev.slogate.config;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/**
 * Writes a file so that a reader sees either the old content or the whole new one, never half a file: the
 * content goes to a temporary file beside the target ({@code <name>.<random>.tmp}, so that the move stays
 * within one file system) and is then moved over the target in one step. Where the file system cannot move
 * atomically the move is a plain replace, which is still never a half-written file under the target's name.
 * If anything fails, the temporary file is deleted and the target is left as it was.
 *
 * <p>Not {@link Files#createTempFile}: its owner-only permissions would stick to the file (a run record, a
 * report) that other users must read.
 *
 * <p>Every method creates the target's missing parent folders and throws the {@link IOException}, so that a
 * caller words the failure in its own terms ("cannot write run record ...").
 */
public final class AtomicFiles {

  /** The suffix of every temporary file, for listings that must leave them out ({@link #isTemporary}). */
  public static final String TEMPORARY_SUFFIX = ".tmp";

  /** Writes the content into the stream it is given; the stream is closed afterwards. */
  @FunctionalInterface
  public interface StreamWriter {
    void writeTo(OutputStream out) throws IOException;
  }

  /**
   * Creates the file at the path it is given (by copying, generating, linking); the path does not exist
   * yet and is in the target's folder.
   */
  @FunctionalInterface
  public interface FileMaker {
    void makeAt(Path temporary) throws IOException;
  }

  /** The move into place; a seam so that tests can play a file system without atomic moves. */
  @FunctionalInterface
  interface Mover {
    void move(Path from, Path to) throws IOException;
  }

  private static final Mover ATOMIC = (from, to) ->
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);

  private AtomicFiles() {}

  /** Writes {@code text} as UTF-8; returns the absolute path written. */
  public static Path writeString(Path file, String text) throws IOException {
    return write(file, text.getBytes(StandardCharsets.UTF_8));
  }

  /** Writes {@code bytes}; returns the absolute path written. */
  public static Path write(Path file, byte[] bytes) throws IOException {
    return write(file, out -> out.write(bytes));
  }

  /** Writes what {@code writer} puts into the stream; returns the absolute path written. */
  public static Path write(Path file, StreamWriter writer) throws IOException {
    return replace(file, temporary -> {
      try (OutputStream out = Files.newOutputStream(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
        writer.writeTo(out);
      }
    });
  }

  /** Replaces {@code file} with the file {@code maker} creates; returns the absolute path written. */
  public static Path replace(Path file, FileMaker maker) throws IOException {
    return replace(file, maker, ATOMIC);
  }

  static Path replace(Path file, FileMaker maker, Mover mover) throws IOException {
    Path target = file.toAbsolutePath();
    Path parent = target.getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    Path temporary = target.resolveSibling(target.getFileName() + "." + UUID.randomUUID() + TEMPORARY_SUFFIX);
    try {
      maker.makeAt(temporary);
      try {
        mover.move(temporary, target);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
      }
      return target;
    } catch (IOException | RuntimeException | Error e) {
      try {
        Files.deleteIfExists(temporary);
      } catch (IOException cleanup) {
        e.addSuppressed(cleanup);
      }
      throw e;
    }
  }

  /** Whether {@code file} is one of this class's temporary files, left by a writer still at work (or killed). */
  public static boolean isTemporary(Path file) {
    return file.getFileName() != null && file.getFileName().toString().endsWith(TEMPORARY_SUFFIX);
  }
}
