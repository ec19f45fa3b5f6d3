package dev.slogate.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.slogate.config.InputFiles.UnreadableInputException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputFilesTest {

  @TempDir
  Path dir;

  @Test
  void readsUtf8TextAndDropsAByteOrderMark() throws IOException {
    assertEquals("name: héllo\n", InputFiles.readText(write("plain.yaml", "name: héllo\n".getBytes(StandardCharsets.UTF_8))));
    byte[] withMark = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, "a: 1\n".getBytes(StandardCharsets.UTF_8));
    assertEquals("a: 1\n", InputFiles.readText(write("mark.yaml", withMark)));
    assertEquals("", InputFiles.readText(write("empty.yaml", new byte[0])));
  }

  @Test
  void aFileAtTheLimitIsReadAndOneByteMoreIsRefusedBySizeBeforeParsing() throws IOException {
    byte[] atLimit = new byte[InputFiles.MAX_BYTES];
    java.util.Arrays.fill(atLimit, (byte) 'a');
    assertEquals(InputFiles.MAX_BYTES, InputFiles.readText(write("limit.yaml", atLimit)).length());

    // A sparse 50 MB file: refused by its size, so the test does not even write 50 MB.
    Path huge = dir.resolve("huge.yaml");
    try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
      file.setLength(50L * 1024 * 1024);
    }
    UnreadableInputException e = assertThrows(UnreadableInputException.class, () -> InputFiles.readText(huge));
    assertEquals("too large: 52,428,800 bytes (an input file is at most 1 MiB)", e.getMessage());
  }

  @Test
  void aStreamIsReadOnlyUpToTheLimit() {
    // An endless stream, as a pipe or a device can be: bounded by the count read, not by the stream's end.
    InputStream endless = new InputStream() {
      @Override
      public int read() {
        return 'x';
      }
    };
    UnreadableInputException e = assertTimeoutPreemptively(Duration.ofSeconds(30),
        () -> assertThrows(UnreadableInputException.class, () -> InputFiles.readText(endless)));
    assertEquals("too large: more than 1,048,576 bytes (an input file is at most 1 MiB)", e.getMessage());
  }

  @Test
  void malformedUtf8IsNamedWithItsByteOffset() throws IOException {
    byte[] latin1 = "name: caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
    UnreadableInputException e = assertThrows(UnreadableInputException.class, () -> InputFiles.readText(write("latin1.yaml", latin1)));
    assertEquals("not UTF-8 text at byte 9", e.getMessage());

    byte[] truncated = concat("ab".getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xE2, (byte) 0x82});
    assertEquals("not UTF-8 text at byte 2",
        assertThrows(UnreadableInputException.class, () -> InputFiles.decode(truncated)).getMessage());
  }

  @Test
  void utf16AndBinaryFilesAreNamedAsSuch() throws IOException {
    byte[] utf16WithMark = "name: x\n".getBytes(StandardCharsets.UTF_16); // Java writes a big-endian mark
    assertEquals("UTF-16 text, not UTF-8: save the file as UTF-8",
        assertThrows(UnreadableInputException.class, () -> InputFiles.readText(write("u16.yaml", utf16WithMark))).getMessage());
    byte[] utf16Le = "name: x\n".getBytes(StandardCharsets.UTF_16LE);
    assertEquals("not text: a NUL byte at byte 1 (it looks like UTF-16: save the file as UTF-8)",
        assertThrows(UnreadableInputException.class, () -> InputFiles.decode(utf16Le)).getMessage());
    byte[] binary = {'P', 'K', 3, 4, 0, 0, 9, 1, 2, 3, 4, 5, 6, 7};
    assertEquals("not text: a NUL byte at byte 4 (a binary file?)",
        assertThrows(UnreadableInputException.class, () -> InputFiles.decode(binary)).getMessage());
  }

  @Test
  void theMessageNeverEchoesTheContent() throws IOException {
    byte[] secret = concat("token: SECRET-VALUE ".getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xFF});
    UnreadableInputException e = assertThrows(UnreadableInputException.class, () -> InputFiles.readText(write("s.yaml", secret)));
    assertEquals("not UTF-8 text at byte 20", e.getMessage());
  }

  @Test
  void readsFromAStream() throws IOException {
    assertEquals("k: v", InputFiles.readText(new ByteArrayInputStream("k: v".getBytes(StandardCharsets.UTF_8))));
  }

  private Path write(String name, byte[] bytes) throws IOException {
    return Files.write(dir.resolve(name), bytes);
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] all = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }
}
