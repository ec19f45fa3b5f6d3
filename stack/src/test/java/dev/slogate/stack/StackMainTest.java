package dev.slogate.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.slogate.stack.process.JavaCommand;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as a user meets it: a real JVM, real exit codes, real stderr. */
class StackMainTest {

  @TempDir Path dir;

  @Test
  void missingProfilesExit66() throws Exception {
    assertFails(StackMain.EXIT_PROFILE_NOT_FOUND,
        "slogate-stack: profile 'nosuch' not found: no built-in profile of that name and no such file",
        "--profile", "nosuch");
    Path absent = dir.resolve("absent.yaml");
    assertFails(StackMain.EXIT_PROFILE_NOT_FOUND, "slogate-stack: profile file not found: " + absent,
        "--profile", absent.toString());
  }

  @Test
  void invalidProfilesExit65WithFileLineColumnAndField() throws Exception {
    Path malformed = write("malformed.yaml", "name: x\nroutes: [ { method: GET\n");
    assertFails(StackMain.EXIT_INVALID_PROFILE, "slogate-stack: " + malformed
        + ":3:1: malformed YAML: expected ',' or '}', but got <stream end> (while parsing a flow mapping)",
        "--profile", malformed.toString());
    Path unknownField = write("unknown.yaml",
        "name: x\nroutes:\n  - method: GET\n    path: /a\n    latency: { fixed: 1ms }\n    timeout: 5s\n");
    assertFails(StackMain.EXIT_INVALID_PROFILE, "slogate-stack: " + unknownField
        + ":6:5: routes[0].timeout: unknown field 'timeout' (expected one of: auth, errors, latency, method, path, responseBytes)",
        "--profile", unknownField.toString());
    Path badDuration = write("duration.yaml",
        "name: x\nroutes:\n  - method: GET\n    path: /a\n    latency: { fixed: 12 }\n");
    assertFails(StackMain.EXIT_INVALID_PROFILE, "slogate-stack: " + badDuration
        + ":5:16: routes[0].latency.fixed: invalid duration '12': a unit is required (ns, us, ms, s, m or h)",
        "--profile", badDuration.toString());
  }

  @Test
  void badOptionsExit64() throws Exception {
    assertFails(StackMain.EXIT_USAGE,
        "slogate-stack: --add-latency: invalid duration '5': a unit is required (ns, us, ms, s, m or h)",
        "--add-latency", "5");
    assertFails(StackMain.EXIT_USAGE,
        "slogate-stack: Invalid value for option '--replicas': 'many' is not an int (see --help)",
        "--replicas", "many");
    assertFails(StackMain.EXIT_USAGE, "slogate-stack: Unknown option: '--bogus' (see --help)", "--bogus");
  }

  private Path write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text);
  }

  private static void assertFails(int exitCode, String stderr, String... args) throws Exception {
    List<String> command = new ArrayList<>(JavaCommand.current().command(StackMain.class.getName()));
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    assertTrue(process.waitFor(30, TimeUnit.SECONDS), "exits by itself");
    String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(exitCode, process.exitValue(), err);
    assertEquals(stderr + System.lineSeparator(), err, "exactly one line");
    assertFalse(err.contains("\tat "), "no stack trace");
  }
}
