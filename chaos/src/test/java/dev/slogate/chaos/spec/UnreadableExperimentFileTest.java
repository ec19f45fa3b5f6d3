package dev.slogate.chaos.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An experiment file that is not UTF-8 text, or is too large, is refused in one line before it is parsed. */
class UnreadableExperimentFileTest {

  @TempDir
  Path dir;

  @Test
  void aBinaryFileIsNamedAsSuch() throws IOException {
    Path binary = Files.write(dir.resolve("e.yaml"), new byte[] {'P', 'K', 3, 4, 0, 0, 1, 2});
    SpecException e = assertThrows(SpecException.class, () -> new ExperimentSpecParser().parse(binary));
    assertEquals(binary + ":1:1: cannot read the file: not text: a NUL byte at byte 4 (a binary file?)", e.getMessage());
  }

  @Test
  void malformedUtf8NamesTheByte() throws IOException {
    Path latin1 = Files.write(dir.resolve("e.yaml"), "name: caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
    SpecException e = assertThrows(SpecException.class, () -> new ExperimentSpecParser().parse(latin1));
    assertEquals(latin1 + ":1:1: cannot read the file: not UTF-8 text at byte 9", e.getMessage());
  }

  @Test
  void anOversizedFileIsRefusedByItsSize() throws IOException {
    Path huge = Files.writeString(dir.resolve("e.yaml"), "name: \"" + "a".repeat(3 * 1024 * 1024) + "\"\n");
    SpecException e = assertThrows(SpecException.class, () -> new ExperimentSpecParser().parse(huge));
    assertEquals(huge + ":1:1: cannot read the file: too large: 3,145,737 bytes (an input file is at most 1 MiB)",
        e.getMessage());
  }
}
