package dev.slogate.slo.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every file in {@code specs/bad/} is rejected with one line: {@code <file>:<line>:<column>: <field>:
 * <message>}. Each file's first line, {@code # expect: ...}, holds what must follow {@code <file>:}.
 */
class MalformedSpecTest {

  private static final Path BAD = Path.of("src/test/resources/specs/bad");

  static Stream<Path> badFiles() throws IOException {
    try (Stream<Path> files = Files.list(BAD)) {
      List<Path> sorted = files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
      assertTrue(sorted.size() >= 30, "at least 30 malformed specs, found " + sorted.size());
      return sorted.stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badFiles")
  void rejectedWithOneLineNamingFileLineColumnAndField(Path file) throws IOException {
    String firstLine = Files.readAllLines(file).get(0);
    assertTrue(firstLine.startsWith("# expect: "), file + " must start with '# expect: '");
    String expected = firstLine.substring("# expect: ".length());

    SloSpecException error = assertThrows(SloSpecException.class, () -> SloSpecs.load(file.toString()));

    String message = error.getMessage();
    assertFalse(message.contains("\n") || message.contains("\r"), "one line: " + message);
    assertTrue(message.matches("\\Q" + file + "\\E:\\d+:\\d+: .+"), "file:line:column prefix: " + message);
    assertTrue(message.startsWith(file + ":" + expected) || message.contains(expected),
        "expected '" + expected + "' in: " + message);
    if (expected.matches("\\d+:\\d+: .*")) {
      assertTrue(message.startsWith(file + ":" + expected), "position and text: " + message);
    }
    assertEquals(0, error.getStackTrace().length, "no stack trace for a user error");
    assertEquals(null, error.getCause());
  }
}
