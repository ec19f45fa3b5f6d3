package dev.slogate.benchmarks.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The malformed-input trials are cheap (seconds), so CI runs them whole: every malformed input of the corpora is a
 * clear one-line error (or, for a damaged log whose records are plausible, judged on its merits), never a wrong
 * PASS, a stack trace, a hang or an input wrongly accepted.
 */
class MalformedInputTrialsTest {

  @Test
  void everyMalformedInputIsAClearErrorAndNoneIsAWrongPass(@TempDir Path work) throws Exception {
    MalformedInputTrials trials = new MalformedInputTrials();
    MalformedInputTrials.CliResult control = trials.run(Path.of("..").toAbsolutePath().normalize(), work);
    assertEquals(0, control.exitCode(), "the undamaged log passes the permissive SLO: " + control.err());

    List<Trial> all = trials.trials();
    Map<String, Long> perKind = all.stream().collect(Collectors.groupingBy(Trial::kind, Collectors.counting()));
    assertTrue(perKind.get("SLO file") >= 50, perKind.toString());
    assertTrue(perKind.get("experiment file") >= 30, perKind.toString());
    assertTrue(perKind.get("Gatling log") >= 30, perKind.toString());
    assertTrue(perKind.get("stack profile") >= 20, perKind.toString());
    List<Trial> findings = all.stream()
        .filter(t -> t.outcome() != Outcome.CLEAR_ERROR && t.outcome() != Outcome.READ_AND_JUDGED).toList();
    assertEquals(List.of(), findings);
    // Only a flipped byte may leave a log readable; every incomplete one is refused.
    all.stream().filter(t -> t.outcome() == Outcome.READ_AND_JUDGED)
        .forEach(t -> assertTrue(t.name().startsWith("flip-at-"), t.toString()));
  }
}
