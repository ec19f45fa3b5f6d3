package dev.slogate.slo.gatling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.slogate.slo.record.RunRecord;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Logs slogate must refuse, each with one clear line naming the file and the byte offset. */
class SimulationLogFailuresTest {

  private static final LogEventListener IGNORE = new LogEventListener() {};

  @TempDir
  Path dir;

  @Test
  void aLogOfAnotherGatlingVersionIsRejectedAtItsVersionString() {
    Path log = FixtureLogs.log(FixtureLogs.UNSUPPORTED);
    SimulationLogException e = assertThrows(SimulationLogException.class, () -> SimulationLogReader.read(log, "run"));
    assertEquals(log + " at byte 1: written by Gatling 3.14.9; slogate reads logs of Gatling 3.15.x", e.getMessage());
    assertEquals(1, e.byteOffset());
    assertEquals(log, e.file());
    // Lenient reading is about truncation; it does not accept another format.
    assertThrows(SimulationLogException.class,
        () -> SimulationLogReader.read(log, "run", ReadOptions.allowTruncated()));
  }

  @ParameterizedTest
  @ValueSource(doubles = {0.05, 0.33, 0.5, 0.9, 0.999})
  void aLogTruncatedInsideARecordIsAnErrorUnlessTruncationIsAllowed(double fraction) throws IOException {
    byte[] whole = Files.readAllBytes(FixtureLogs.log(FixtureLogs.PLAIN_OPEN));
    int cut = (int) (whole.length * fraction);
    Path log = write("cut.log", Arrays.copyOf(whole, cut));

    SimulationLogException e = assertThrows(SimulationLogException.class, () -> SimulationLogDecoder.decode(log, IGNORE));
    DecodeResult lenient = SimulationLogDecoder.decode(log, ReadOptions.allowTruncated(), IGNORE);
    assertFalse(lenient.complete());
    assertEquals(log + " at byte " + e.byteOffset() + ": " + e.reason(), e.getMessage());
    assertTrue(e.reason().matches("truncated log: the file ends at byte " + cut + ", inside a (User|Request) record"),
        e.reason());
    // The error points at the start of the cut record: within one record of the cut, and a clean boundary.
    assertTrue(e.byteOffset() < cut && cut - e.byteOffset() < 64, e.byteOffset() + " vs cut " + cut);
    assertEquals(e.byteOffset(), lenient.validBytes());
    assertEquals(cut, lenient.fileBytes());
    DecodeResult upToBoundary =
        SimulationLogDecoder.decode(write("boundary.log", Arrays.copyOf(whole, (int) e.byteOffset())), IGNORE);
    assertTrue(upToBoundary.complete());
    assertEquals(lenient.events(), upToBoundary.events());

    // The lenient record holds exactly the events before the cut, and says it is incomplete.
    RawEvents all = RawEvents.of(FixtureLogs.log(FixtureLogs.PLAIN_OPEN));
    RawEvents prefix = RawEvents.of(log, ReadOptions.allowTruncated());
    assertEquals(all.all.subList(0, prefix.all.size()), prefix.all);
    RunRecord record = SimulationLogReader.read(log, "run", ReadOptions.allowTruncated());
    assertFalse(record.metadata().complete());
    assertEquals(prefix.requests.size(), record.whole().overall().count());
  }

  @Test
  void aLogEndingOnARecordBoundaryIsComplete() throws IOException {
    byte[] whole = Files.readAllBytes(FixtureLogs.log(FixtureLogs.PLAIN_OPEN));
    Path cutLog = write("cut.log", Arrays.copyOf(whole, whole.length / 2));
    long boundary = SimulationLogDecoder.decode(cutLog, ReadOptions.allowTruncated(), IGNORE).validBytes();
    Path log = write("boundary.log", Arrays.copyOf(whole, (int) boundary));
    assertTrue(SimulationLogReader.read(log, "run").metadata().complete());
    assertTrue(SimulationLogReader.read(FixtureLogs.log(FixtureLogs.PLAIN_OPEN), "run").metadata().complete());
  }

  @Test
  void aLogTruncatedInsideItsRunRecordIsAnErrorInBothModes() throws IOException {
    byte[] whole = Files.readAllBytes(FixtureLogs.log(FixtureLogs.PLAIN_OPEN));
    Path log = write("cut.log", Arrays.copyOf(whole, 20));
    for (ReadOptions options : List.of(ReadOptions.strict(), ReadOptions.allowTruncated())) {
      SimulationLogException e =
          assertThrows(SimulationLogException.class, () -> SimulationLogDecoder.decode(log, options, IGNORE));
      assertEquals(log + " at byte 0: truncated log: the file ends at byte 20, inside the Run record", e.getMessage());
    }
  }

  @Test
  void anUnknownRecordHeaderIsCorruptionInBothModes() throws IOException {
    byte[] whole = Files.readAllBytes(FixtureLogs.log(FixtureLogs.PLAIN_OPEN));
    long boundary = SimulationLogDecoder.decode(write("cut.log", Arrays.copyOf(whole, whole.length / 3)),
        ReadOptions.allowTruncated(), IGNORE).validBytes();
    byte[] corrupt = whole.clone();
    corrupt[(int) boundary] = 9;
    Path log = write("corrupt.log", corrupt);
    for (ReadOptions options : List.of(ReadOptions.strict(), ReadOptions.allowTruncated())) {
      SimulationLogException e =
          assertThrows(SimulationLogException.class, () -> SimulationLogDecoder.decode(log, options, IGNORE));
      assertEquals(log + " at byte " + boundary + ": corrupt log: unknown record header byte 9", e.getMessage());
    }
    corrupt[(int) boundary] = 0;
    SimulationLogException second = assertThrows(SimulationLogException.class,
        () -> SimulationLogDecoder.decode(write("second-run.log", corrupt), IGNORE));
    assertEquals("corrupt log: a second Run record", second.reason());
  }

  @Test
  void filesThatAreNotBinaryLogsAreNamedAsSuch() throws IOException {
    Path empty = write("empty.log", new byte[0]);
    assertEquals(empty + " at byte 0: empty file: not a Gatling simulation.log",
        assertThrows(SimulationLogException.class, () -> SimulationLogDecoder.decode(empty, IGNORE)).getMessage());

    Path text = write("text.log", "RUN\tfixtures.Old\told\t1700000000000\t \t3.12.0\n".getBytes(StandardCharsets.UTF_8));
    assertEquals(text + " at byte 0: not a binary Gatling simulation.log: it starts with byte 0x52 instead of a Run"
        + " record (Gatling 3.12 and older wrote text logs); slogate reads logs of Gatling 3.15.x",
        assertThrows(SimulationLogException.class, () -> SimulationLogDecoder.decode(text, IGNORE)).getMessage());

    Path garbage = write("garbage.log", new byte[] {0, (byte) 0xff, (byte) 0xff, (byte) 0xff, (byte) 0xf0, 1, 2});
    assertEquals(garbage + " at byte 1: corrupt log: impossible string length -16",
        assertThrows(SimulationLogException.class, () -> SimulationLogDecoder.decode(garbage, IGNORE)).getMessage());
  }

  @Test
  void aMissingFileIsAnIllegalArgument() {
    Path missing = dir.resolve("nothing.log");
    assertEquals("simulation log " + missing + " does not exist",
        assertThrows(IllegalArgumentException.class, () -> SimulationLogReader.read(missing, "run")).getMessage());
  }

  private Path write(String name, byte[] bytes) throws IOException {
    return Files.write(dir.resolve(name), bytes);
  }
}
