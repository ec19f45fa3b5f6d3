package dev.slogate.slo.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.slogate.slo.record.InjectorInfo;
import dev.slogate.slo.record.RunMetadata;
import dev.slogate.slo.record.RunRecord;
import dev.slogate.slo.record.RunRecordIO;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InjectorTimelineIOTest {

  @TempDir Path dir;

  @Test
  void appendedSamplesReadBackExactly() {
    Path file = dir.resolve(InjectorTimelineIO.FILE_NAME);
    InjectorTimeline written = Timelines.steady(1_700_000_000, 1_700_000_003, 250, 0.5, 900, 1_024);
    try (InjectorTimelineIO.Appender appender = InjectorTimelineIO.append(file)) {
      written.samples().forEach(appender::append);
    }
    InjectorTimeline read = InjectorTimelineIO.read(file);
    assertTrue(read.recorded());
    assertEquals(written, read);
    HealthFigures figures = read.figures(1_700_000_000, 1_700_000_003);
    assertEquals(3, figures.sampledSeconds());
    assertEquals(0.25, figures.hiccupP99Millis(), 0.001);
    assertEquals(900, figures.peakDescriptors());
    assertEquals(1_024, figures.descriptorLimit());
    assertEquals(9, figures.gcPauseMillis());
  }

  @Test
  void aLastLineCutOffByACrashIsLeftOut() throws IOException {
    Path file = dir.resolve(InjectorTimelineIO.FILE_NAME);
    try (InjectorTimelineIO.Appender appender = InjectorTimelineIO.append(file)) {
      Timelines.healthy(1_700_000_000, 1_700_000_002).samples().forEach(appender::append);
    }
    Files.writeString(file, "1700000002,0.2", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    assertEquals(2, InjectorTimelineIO.read(file).samples().size());
  }

  @Test
  void noFileIsNotRecordedAndADamagedLineNamesItsPlace() throws IOException {
    assertFalse(InjectorTimelineIO.read(dir.resolve("none.csv")).recorded());
    Path file = dir.resolve("damaged.csv");
    Files.writeString(file, "# " + InjectorTimelineIO.SCHEMA + "\n" + InjectorTimelineIO.HEADER + "\nnot,a,sample\n");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> InjectorTimelineIO.read(file));
    assertTrue(e.getMessage().startsWith(file + ":3: not a sample"), e.getMessage());
  }

  @Test
  void aRunRecordKeepsItsTimelineAndARecordWithoutOneReadsAsNotRecorded() {
    RunMetadata metadata = new RunMetadata("run-1", "Sim", 1_700_000_000_000L, List.of("s"),
        List.of(new InjectorInfo("injector-0", "localhost", "3.15.1", 1_700_000_000_000L)), true);
    RunRecord record = RunRecord.of(metadata, List.of())
        .withInjectorTimeline(Timelines.healthy(1_700_000_000, 1_700_000_005));
    Path file = dir.resolve(RunRecordIO.FILE_NAME);
    RunRecordIO.save(record, file);
    RunRecord loaded = RunRecordIO.load(file);
    assertEquals(record, loaded);
    assertEquals(5, loaded.injectorTimeline().samples().size());

    RunRecordIO.save(RunRecord.of(metadata, List.of()), file);
    assertFalse(RunRecordIO.load(file).injectorTimeline().recorded());
  }

  @Test
  void mergedInjectorsKeepTheWorseSecondAndAnUnknownOneMakesTheWholeUnknown() {
    InjectorTimeline calm = Timelines.healthy(1_700_000_000, 1_700_000_002);
    InjectorTimeline stalled = Timelines.steady(1_700_000_000, 1_700_000_002, 30_000, 0.9, 60_000, 65_536);
    HealthFigures merged = calm.merge(stalled).figures(1_700_000_000, 1_700_000_002);
    assertEquals(30, merged.hiccupP99Millis(), 0.1);
    assertEquals(60_000, merged.peakDescriptors());
    assertEquals(0.9, merged.processCpu(), 1e-9);
    assertEquals(2, merged.saturatedSeconds());
    assertFalse(calm.merge(InjectorTimeline.notRecorded()).recorded());
  }
}
