package dev.slogate.slo.fuzz;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.slogate.slo.gatling.LogEventListener;
import dev.slogate.slo.gatling.ReadOptions;
import dev.slogate.slo.gatling.RunHeader;
import dev.slogate.slo.gatling.SimulationLogDecoder;
import dev.slogate.slo.gatling.SimulationLogException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Random byte mutations of real Gatling logs: whatever the damage, the decoder gives a located one-line error, or
 * records that pass the plausibility checks; no other exception escapes and nothing hangs. (Long runs of this
 * fuzzing are a benchmark; CI runs a few hundred tries.)
 */
class LogDecoderFuzzTest {

  private static final List<String> FIXTURES = List.of("plain-open", "shop");
  private static final List<byte[]> LOGS = new ArrayList<>();
  private static Path scratch;

  @BeforeContainer
  static void readFixtures() throws IOException, URISyntaxException {
    for (String fixture : FIXTURES) {
      LOGS.add(Files.readAllBytes(Path.of(LogDecoderFuzzTest.class.getResource("/gatling-logs/" + fixture + "/simulation.log").toURI())));
    }
    scratch = Files.createTempDirectory("slogate-fuzz");
  }

  @AfterContainer
  static void removeScratch() throws IOException {
    try (var files = Files.list(scratch)) {
      for (Path file : files.toList()) {
        Files.delete(file);
      }
    }
    Files.delete(scratch);
  }

  /** One kind of damage at one place: a byte overwritten, bytes cut out, bytes inserted, or the file cut short. */
  record Mutation(int log, int kind, double where, int length, byte value) {
    byte[] apply(byte[] original) {
      int at = (int) (where * original.length);
      return switch (kind) {
        case 0 -> {
          byte[] copy = original.clone();
          for (int i = at; i < Math.min(original.length, at + length); i++) {
            copy[i] = (byte) (copy[i] ^ (value | 1)); // a non-zero mask: the byte always changes
          }
          yield copy;
        }
        case 1 -> concat(slice(original, 0, at), slice(original, Math.min(original.length, at + length), original.length));
        case 2 -> concat(concat(slice(original, 0, at), filled(length, value)), slice(original, at, original.length));
        default -> slice(original, 0, at);
      };
    }
  }

  @Provide
  Arbitrary<Mutation> mutations() {
    return Combinators.combine(
        Arbitraries.integers().between(0, FIXTURES.size() - 1),
        Arbitraries.integers().between(0, 3),
        Arbitraries.doubles().between(0, 1),
        Arbitraries.integers().between(1, 16),
        Arbitraries.bytes()).as(Mutation::new);
  }

  @Property(tries = 300)
  void aDamagedLogIsALocatedErrorOrPlausibleRecords(@ForAll("mutations") Mutation mutation) throws IOException {
    Path log = Files.write(scratch.resolve("simulation.log"), mutation.apply(LOGS.get(mutation.log())));
    for (ReadOptions options : List.of(ReadOptions.strict(), ReadOptions.allowTruncated())) {
      Plausible listener = new Plausible();
      assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
        try {
          SimulationLogDecoder.decode(log, options, listener);
        } catch (SimulationLogException e) {
          String message = e.getMessage();
          assertTrue(message.startsWith(log + " at byte ") && message.lines().count() == 1, message);
          return;
        }
        assertTrue(listener.implausible.isEmpty(), mutation + " decoded into " + listener.implausible);
      });
    }
  }

  private static final class Plausible implements LogEventListener {
    private final List<String> implausible = new ArrayList<>();
    private long runStart;

    @Override
    public void onRun(RunHeader header) {
      runStart = header.epochStartMillis();
    }

    @Override
    public void onRequest(List<String> groups, String name, long start, long end, boolean ok, String message) {
      check(start, end, "request " + name);
    }

    @Override
    public void onGroup(List<String> path, long start, long end, int cumulated, boolean ok) {
      check(start, end, "group " + path);
      if (cumulated < 0) {
        implausible.add("group " + path + " cumulated " + cumulated);
      }
    }

    @Override
    public void onUser(String scenario, boolean start, long epochMillis) {
      check(epochMillis, epochMillis, "user");
    }

    private void check(long start, long end, String what) {
      if (start < runStart - 1_000 || end < start - 1_000) {
        implausible.add(what + " " + start + ".." + end);
      }
    }
  }

  private static byte[] slice(byte[] bytes, int from, int to) {
    return java.util.Arrays.copyOfRange(bytes, from, Math.max(from, to));
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] all = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }

  private static byte[] filled(int length, byte value) {
    byte[] bytes = new byte[length];
    java.util.Arrays.fill(bytes, value);
    return bytes;
  }
}
