package dev.slogate.benchmarks.trials;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.slogate.chaos.spec.ExperimentSpecParser;
import dev.slogate.chaos.spec.SpecException;
import dev.slogate.slo.spec.SloSpecException;
import dev.slogate.slo.spec.SloSpecs;
import dev.slogate.stack.StackConfigException;
import dev.slogate.stack.profile.ProfileLoader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.function.Executable;

/**
 * Random structural edits (lines deleted, duplicated, moved, re-indented, values replaced by junk) of the real files
 * slogate ships, for each of its three YAML readers: SLO files, experiment files and stack profiles. Every result is
 * a valid file or a one-line error without a stack trace; no other exception escapes, and nothing hangs. CI runs a
 * few hundred tries per reader; each run draws new ones (jqwik prints the seed of a failure to replay it).
 */
class YamlReadersFuzzTest {

  private static final List<String> CATALOGS = List.of("reference-stack", "kecs", "kgas", "fleet-q", "sei-platform",
      "reconciliation-platform");
  private static final List<String> EXPERIMENTS = List.of("kill-one-replica", "network-delay-checkout",
      "kecs-kill-one-replica", "kgas-rolling-restart", "fleet-q-kill-leader", "fleet-q-requeue-orphans",
      "reconciliation-rolling-restart", "sei-rolling-restart");
  private static final List<String> PROFILES = List.of("default", "kecs", "kgas", "fleet-q", "sei-platform",
      "reconciliation-platform");

  /** Text a user might leave where a value belongs: numbers out of range, wrong units, YAML punctuation. */
  private static final List<String> JUNK = List.of("", "~", "null", "-1", "0", "1e400", "99999999999999999999s", "NaN",
      "[", "]", "{", "}", ":", "- ", "&a", "*a", "!!binary AA==", "'", "\"", "\t", "%", "0.5%%", "100/h", "5 parsecs",
      "true", "[1, 2]", "{a: b}", "|", ">", "#", "\u0000", "\u202e", "ms", "1m30", "-0s", "?", "http://u:SECRET@h_x/",
      "/health\r\nX: y", "/etc/passwd", "-9223372036854775808");

  /** One edit of a text's lines. */
  record Edit(int kind, double line, double other, int junk, int indent) {
    String apply(String text) {
      List<String> lines = new ArrayList<>(text.lines().toList());
      if (lines.isEmpty()) {
        return text;
      }
      int at = (int) (line * lines.size());
      int to = (int) (other * lines.size());
      String junkText = JUNK.get(junk);
      switch (kind) {
        case 0 -> lines.remove(at);
        case 1 -> lines.add(at, lines.get(at));
        case 2 -> lines.add(to, lines.remove(at));
        case 3 -> lines.set(at, " ".repeat(indent) + lines.get(at).strip());
        case 4 -> {
          String l = lines.get(at);
          int colon = l.indexOf(": ");
          lines.set(at, colon < 0 ? l + junkText : l.substring(0, colon + 2) + junkText);
        }
        default -> lines.add(at, " ".repeat(indent) + junkText);
      }
      return String.join("\n", lines) + "\n";
    }
  }

  @Provide
  Arbitrary<List<Edit>> edits() {
    Arbitrary<Edit> edit = Combinators.combine(
        Arbitraries.integers().between(0, 5),
        Arbitraries.doubles().between(0, 0.999).ofScale(3),
        Arbitraries.doubles().between(0, 0.999).ofScale(3),
        Arbitraries.integers().between(0, JUNK.size() - 1),
        Arbitraries.integers().between(0, 8)).as(Edit::new);
    return edit.list().ofMinSize(1).ofMaxSize(4);
  }

  @Property(tries = 300)
  void anEditedSloFileIsValidOrAOneLineError(@ForAll("edits") List<Edit> edits, @ForAll("anyOf6") int which) {
    String text = edited(resource("dev/slogate/slo/catalog/" + CATALOGS.get(which) + ".yaml"), edits);
    validOrOneLine(() -> SloSpecs.parse(text, "fuzzed.yaml"), SloSpecException.class);
  }

  @Property(tries = 300)
  void anEditedExperimentIsValidOrAOneLineError(@ForAll("edits") List<Edit> edits, @ForAll("anyOf8") int which) {
    String text = edited(resource("dev/slogate/chaos/experiments/" + EXPERIMENTS.get(which) + ".yaml"), edits);
    validOrOneLine(() -> new ExperimentSpecParser().parse(text, "fuzzed.yaml"), SpecException.class);
  }

  @Property(tries = 300)
  void anEditedProfileIsValidOrAOneLineError(@ForAll("edits") List<Edit> edits, @ForAll("anyOf6") int which) {
    String text = edited(resource("dev/slogate/stack/profiles/" + PROFILES.get(which) + ".yaml"), edits);
    validOrOneLine(() -> ProfileLoader.parse(text, "fuzzed.yaml"), StackConfigException.class);
  }

  @Provide
  Arbitrary<Integer> anyOf6() {
    return Arbitraries.integers().between(0, 5);
  }

  @Provide
  Arbitrary<Integer> anyOf8() {
    return Arbitraries.integers().between(0, 7);
  }

  private static void validOrOneLine(Executable read, Class<? extends RuntimeException> userError) {
    assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
      try {
        read.execute();
      } catch (RuntimeException e) {
        assertEquals(userError, e.getClass(), () -> "not a user error: " + e);
        String message = e.getMessage();
        assertFalse(message.contains("\n") || message.contains("\r"), "one line: " + message);
        assertTrue(message.contains("fuzzed.yaml"), message);
        assertFalse(message.contains("SECRET"), message);
      }
    });
  }

  private static String edited(String text, List<Edit> edits) {
    for (Edit edit : edits) {
      text = edit.apply(text);
    }
    return text;
  }

  private static String resource(String name) {
    try (InputStream in = YamlReadersFuzzTest.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("no resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
