package dev.slogate.slo.gatling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The synthetic writer speaks the decoder's format exactly, and damaged values at known offsets are reported
 * where they are.
 */
class SyntheticLogWriterTest {

  private static final long START = 1_750_000_000_000L;
  private static final LogEventListener IGNORE = new LogEventListener() {};

  @TempDir
  Path dir;
  /** Offset of the first record after the Run record. */
  private long firstRecord;

  @BeforeEach
  void measureTheRunRecord() {
    Path empty = dir.resolve("empty.log");
    SyntheticLogWriter.create(empty, "S", START, List.of("A")).close();
    firstRecord = SimulationLogDecoder.decode(empty, IGNORE).validBytes();
    // header, version "3.15.1", simulation "S", start, description "", 1 scenario "A", 0 assertions
    assertEquals(1 + (4 + 6 + 1) + (4 + 1 + 1) + 8 + 4 + 4 + (4 + 1 + 1) + 4, firstRecord);
  }

  @Test
  void everyEventRoundTrips() {
    Path log = dir.resolve("simulation.log");
    List<String> nested = List.of("Caf\u00e9", "Zahlung \u2713");
    try (SyntheticLogWriter writer =
        SyntheticLogWriter.create(log, "my.Simulation", START, List.of("Open", "Geschlossen \u00fc"))) {
      writer.user(0, true, START + 1)
          .request(List.of(), "caf\u00e9 latin1", START + 2, START + 12, true, "")
          .request(nested, "\u00dcberweisung \u2713 \u6ce8\u6587", START + 3, START + 2_003, false, "found 500")
          .request(nested, "\u00dcberweisung \u2713 \u6ce8\u6587", START + 4, START + 4, true, "")
          .group(nested, START + 3, START + 2_003, 2_000, false)
          .error("tab\tand\nnewline", START + 5)
          .user(1, false, START - 7);
    }
    RawEvents raw = RawEvents.of(log);
    assertEquals(new RunHeader("3.15.1", "my.Simulation", START, "", List.of("Open", "Geschlossen \u00fc"), 0), raw.header);
    assertEquals(List.of(
            new RawEvents.User("Open", true, START + 1),
            new RawEvents.Request(List.of(), "caf\u00e9 latin1", START + 2, START + 12, true, ""),
            new RawEvents.Request(nested, "\u00dcberweisung \u2713 \u6ce8\u6587", START + 3, START + 2_003, false, "found 500"),
            new RawEvents.Request(nested, "\u00dcberweisung \u2713 \u6ce8\u6587", START + 4, START + 4, true, ""),
            new RawEvents.Group(nested, START + 3, START + 2_003, 2_000, false),
            // Gatling's reports show tabs and line breaks in names and messages as spaces; so does slogate.
            new RawEvents.Error("tab and newline", START + 5),
            new RawEvents.User("Geschlossen \u00fc", false, START - 7)),
        raw.all);
  }

  @Test
  void aDamagedBooleanIsReportedAtItsOffset() throws IOException {
    // Request layout: header, group count, name index, name (len, 'n', coder), start, end, status, message...
    Path log = oneRequest();
    long status = firstRecord + 1 + 4 + 4 + (4 + 1 + 1) + 4 + 4;
    patch(log, status, (byte) 7);
    assertCorrupt(log, status, "expected a boolean (0 or 1), found 7");
  }

  @Test
  void aCacheIndexOutOfSequenceIsReportedAtItsOffset() throws IOException {
    Path log = oneRequest();
    long nameIndex = firstRecord + 1 + 4;
    patchInt(log, nameIndex, 5);
    assertCorrupt(log, nameIndex, "string cache index 5 where 1 was next");
    patchInt(log, nameIndex, -1);
    assertCorrupt(log, nameIndex, "string cache reference -1 to a string not defined yet");
  }

  @Test
  void impossibleLengthsCodersAndIndexesAreReportedAtTheirOffsets() throws IOException {
    Path log = oneRequest();
    long nameLength = firstRecord + 1 + 4 + 4;
    patchInt(log, nameLength, -3);
    assertCorrupt(log, nameLength, "impossible string length -3");

    log = oneRequest();
    long coder = nameLength + 4 + 1;
    patch(log, coder, (byte) 2);
    assertCorrupt(log, coder, "unknown string coder 2 for a value of 1 bytes");

    log = oneRequest();
    long groupCount = firstRecord + 1;
    patchInt(log, groupCount, 100_000);
    assertCorrupt(log, groupCount, "impossible group depth 100000");

    Path users = dir.resolve("user.log");
    try (SyntheticLogWriter writer = SyntheticLogWriter.create(users, "S", START, List.of("A"))) {
      writer.user(0, true, START);
    }
    patchInt(users, firstRecord + 1, 3);
    assertCorrupt(users, firstRecord + 1, "scenario index 3 but the run has 1");
  }

  @Test
  void theWriterRefusesTimesTheFormatCannotHold() {
    try (SyntheticLogWriter writer = SyntheticLogWriter.create(dir.resolve("x.log"), "S", START, List.of("A"))) {
      assertThrows(ArithmeticException.class, () -> writer.user(0, true, START + 30L * 24 * 3600 * 1000));
      assertThrows(IllegalArgumentException.class, () -> writer.user(1, true, START));
    }
  }

  private Path oneRequest() {
    Path log = dir.resolve("one.log");
    try (SyntheticLogWriter writer = SyntheticLogWriter.create(log, "S", START, List.of("A"))) {
      writer.request(List.of(), "n", START + 1, START + 2, true, "");
    }
    assertEquals(1, SimulationLogDecoder.decode(log, IGNORE).events());
    return log;
  }

  private static void assertCorrupt(Path log, long offset, String reason) {
    SimulationLogException e = assertThrows(SimulationLogException.class,
        () -> SimulationLogDecoder.decode(log, ReadOptions.allowTruncated(), IGNORE));
    assertEquals(log + " at byte " + offset + ": corrupt log: " + reason, e.getMessage());
  }

  private static void patch(Path log, long offset, byte value) throws IOException {
    byte[] bytes = Files.readAllBytes(log);
    bytes[(int) offset] = value;
    Files.write(log, bytes);
  }

  private static void patchInt(Path log, long offset, int value) throws IOException {
    byte[] bytes = Files.readAllBytes(log);
    ByteBuffer.wrap(bytes).putInt((int) offset, value);
    Files.write(log, bytes);
  }
}
