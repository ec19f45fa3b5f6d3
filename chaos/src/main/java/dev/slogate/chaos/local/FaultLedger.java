package dev.slogate.chaos.local;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.slogate.chaos.ChaosException;
import dev.slogate.config.AtomicFiles;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The local backend's state file: every fault it has put on a process and not yet taken off, written
 * <em>before</em> the signal is sent. If the JVM dies before it can resume what it stopped, the next run's
 * sweep reads this file and repairs it.
 *
 * <p>Several JVMs may share one file (a crashed run and the next one, or two runs at once): every change
 * is a read-modify-write under an exclusive lock on a sibling {@code .lock} file, and the file itself is
 * replaced atomically, so a reader never sees half a file.
 */
final class FaultLedger {

  static final String SCHEMA = "slogate.chaos-local-state/v1";

  /** The file's shape. */
  record Contents(String schema, List<LedgerEntry> faults) {}

  private static final ObjectMapper JSON = new ObjectMapper()
      .enable(SerializationFeature.INDENT_OUTPUT)
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
  /** FileChannel locks are per JVM; threads of one JVM queue here first. */
  private static final Object IN_PROCESS = new Object();

  private final Path file;

  FaultLedger(Path file) {
    this.file = file.toAbsolutePath();
  }

  Path file() {
    return file;
  }

  void add(LedgerEntry entry) {
    update(entries -> {
      List<LedgerEntry> next = new ArrayList<>(entries);
      next.add(entry);
      return next;
    });
  }

  void remove(LedgerEntry entry) {
    update(entries -> entries.stream().filter(e -> !e.equals(entry)).toList());
  }

  List<LedgerEntry> entries() {
    synchronized (IN_PROCESS) {
      return withLock(() -> read());
    }
  }

  /** Replaces the entries with what {@code change} makes of them, all under the lock. */
  List<LedgerEntry> update(UnaryOperator<List<LedgerEntry>> change) {
    synchronized (IN_PROCESS) {
      return withLock(() -> {
        List<LedgerEntry> next = List.copyOf(change.apply(read()));
        write(next);
        return next;
      });
    }
  }

  private interface Locked<T> {
    T run() throws IOException;
  }

  private <T> T withLock(Locked<T> body) {
    try {
      Files.createDirectories(file.getParent());
      Path lock = file.resolveSibling(file.getFileName() + ".lock");
      try (FileChannel channel = FileChannel.open(lock, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
          FileLock held = channel.lock()) {
        return body.run();
      }
    } catch (IOException e) {
      throw new ChaosException("could not use the local chaos state file " + file + ": " + e.getMessage(), e);
    }
  }

  private List<LedgerEntry> read() throws IOException {
    if (!Files.exists(file) || Files.size(file) == 0) {
      return List.of();
    }
    try {
      Contents contents = JSON.readValue(file.toFile(), Contents.class);
      if (!SCHEMA.equals(contents.schema())) {
        throw new ChaosException("the local chaos state file " + file + " has schema " + contents.schema()
            + ", expected " + SCHEMA + "; check for stopped processes by hand, then delete it");
      }
      return contents.faults() == null ? List.of() : contents.faults();
    } catch (com.fasterxml.jackson.core.JacksonException e) {
      throw new ChaosException("the local chaos state file " + file + " is not readable (" + e.getOriginalMessage()
          + "); check for stopped processes by hand, then delete it", e);
    }
  }

  private void write(List<LedgerEntry> entries) throws IOException {
    if (entries.isEmpty()) {
      Files.deleteIfExists(file);
      return;
    }
    AtomicFiles.write(file, out -> JSON.writeValue(out, new Contents(SCHEMA, entries)));
  }
}
