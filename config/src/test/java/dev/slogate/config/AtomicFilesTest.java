package dev.slogate.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

  @TempDir
  Path dir;

  @Test
  void writesTextBytesAndStreamsCreatingMissingFolders() throws IOException {
    Path text = AtomicFiles.writeString(dir.resolve("a/b/text.txt"), "héllo\n");
    assertEquals(dir.resolve("a/b/text.txt").toAbsolutePath(), text);
    assertEquals("héllo\n", Files.readString(text, StandardCharsets.UTF_8));

    AtomicFiles.write(dir.resolve("bytes.bin"), new byte[] {1, 2, 3});
    assertEquals(List.of((byte) 1, (byte) 2, (byte) 3), boxed(Files.readAllBytes(dir.resolve("bytes.bin"))));

    AtomicFiles.write(dir.resolve("stream.txt"), out -> out.write("streamed".getBytes(StandardCharsets.UTF_8)));
    assertEquals("streamed", Files.readString(dir.resolve("stream.txt")));
    assertEquals(List.of(), temporaries());
  }

  @Test
  void replacesAnExistingFile() throws IOException {
    Path file = dir.resolve("f.txt");
    Files.writeString(file, "old");
    AtomicFiles.writeString(file, "new");
    assertEquals("new", Files.readString(file));
    assertEquals(List.of(), temporaries());
  }

  @Test
  void aFailingWriterLeavesTheOldContentAndNoTemporaryFile() throws IOException {
    Path file = dir.resolve("f.txt");
    Files.writeString(file, "old");
    IOException thrown = assertThrows(IOException.class, () -> AtomicFiles.write(file, out -> {
      out.write("half a fi".getBytes(StandardCharsets.UTF_8));
      throw new IOException("disk full");
    }));
    assertEquals("disk full", thrown.getMessage());
    assertEquals("old", Files.readString(file));
    assertEquals(List.of(), temporaries());

    IllegalStateException unchecked = new IllegalStateException("bug");
    assertSame(unchecked, assertThrows(IllegalStateException.class, () -> AtomicFiles.replace(file, temporary -> {
      Files.writeString(temporary, "half");
      throw unchecked;
    })));
    assertEquals("old", Files.readString(file));
    assertEquals(List.of(), temporaries());
  }

  @Test
  void aFileMakerCreatesTheTemporaryFileItself() throws IOException {
    Path source = Files.writeString(dir.resolve("source.txt"), "copied");
    AtomicFiles.replace(dir.resolve("copy.txt"), temporary -> {
      assertFalse(Files.exists(temporary), "the maker gets a fresh path");
      assertEquals(dir.toAbsolutePath(), temporary.getParent(), "beside the target, so the move is a rename");
      assertTrue(AtomicFiles.isTemporary(temporary));
      Files.copy(source, temporary);
    });
    assertEquals("copied", Files.readString(dir.resolve("copy.txt")));
  }

  @Test
  void fallsBackToAPlainReplaceWhereMovesCannotBeAtomic() throws IOException {
    Path file = Files.writeString(dir.resolve("f.txt"), "old");
    AtomicFiles.replace(file, temporary -> Files.writeString(temporary, "new"), (from, to) -> {
      throw new AtomicMoveNotSupportedException(from.toString(), to.toString(), "not here");
    });
    assertEquals("new", Files.readString(file));
    assertEquals(List.of(), temporaries());
  }

  @Test
  void aFailedMoveLeavesNoTemporaryFile() throws IOException {
    Path file = Files.writeString(dir.resolve("f.txt"), "old");
    assertThrows(IOException.class, () -> AtomicFiles.replace(file, temporary -> Files.writeString(temporary, "new"),
        (from, to) -> {
          throw new IOException("permission denied");
        }));
    assertEquals("old", Files.readString(file));
    assertEquals(List.of(), temporaries());
  }

  @Test
  void recognisesItsTemporaryFiles() {
    assertTrue(AtomicFiles.isTemporary(Path.of("run-record.json.gz.0a1b.tmp")));
    assertFalse(AtomicFiles.isTemporary(Path.of("run-record.json.gz")));
  }

  private List<Path> temporaries() throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(AtomicFiles::isTemporary).toList();
    }
  }

  private static List<Byte> boxed(byte[] bytes) {
    Byte[] boxed = new Byte[bytes.length];
    for (int i = 0; i < bytes.length; i++) {
      boxed[i] = bytes[i];
    }
    return List.of(boxed);
  }
}
