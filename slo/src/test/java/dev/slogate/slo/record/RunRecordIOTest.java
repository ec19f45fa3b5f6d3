package dev.slogate.slo.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.slogate.slo.gatling.FixtureLogs;
import dev.slogate.slo.gatling.ReadOptions;
import dev.slogate.slo.gatling.SimulationLogReader;
import dev.slogate.slo.gatling.SyntheticLogGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Saving and loading a record loses nothing, and a bad file is named in one line. */
class RunRecordIOTest {

  @TempDir
  Path dir;

  @ParameterizedTest
  @ValueSource(strings = {FixtureLogs.PLAIN_OPEN, FixtureLogs.SHOP})
  void realRecordsRoundTripExactly(String fixture) {
    RunRecord original = SimulationLogReader.read(FixtureLogs.log(fixture), "run-" + fixture);
    for (String name : List.of(RunRecordIO.FILE_NAME, "run-record.json")) {
      Path file = dir.resolve(name);
      RunRecordIO.save(original, file);
      RunRecord loaded = RunRecordIO.load(file);
      assertEquals(original, loaded, name);
      assertEquals(original.metadata(), loaded.metadata());
      UserTimeline users = loaded.users().orElseThrow();
      long end = loaded.endEpochSecondExclusive();
      assertEquals(original.whole().usersStarted(), users.startedBefore(end * UserTimeline.TICKS_PER_SECOND));
      assertEquals(original.whole().usersEnded(), users.endedBefore(end));
      assertEquals(original.whole().overall().all(), loaded.whole().overall().all());
      assertEquals(original.whole().overall().all().getValueAtPercentile(99),
          loaded.whole().overall().all().getValueAtPercentile(99));
    }
  }

  @Test
  void aLoadedRecordStillMergesAndGrows() {
    RunRecord original = SimulationLogReader.read(FixtureLogs.log(FixtureLogs.SHOP), "run");
    Path file = dir.resolve(RunRecordIO.FILE_NAME);
    RunRecordIO.save(original, file);
    RunRecord loaded = RunRecordIO.load(file);
    // Merging with itself doubles every count; the loaded histograms must accept values beyond their range.
    RunRecord doubled = loaded.merge(original);
    assertEquals(2 * original.whole().overall().count(), doubled.whole().overall().count());
    assertEquals(original.whole().overall().all().getMaxValue(), doubled.whole().overall().all().getMaxValue());
    RunRecordBuilder builder = new RunRecordBuilder();
    long second = loaded.slices().firstKey() * 1000;
    builder.request("Search", List.of(), second, second + 600_000, true, "");
    RunRecord slow = builder.build(loaded.metadata());
    assertEquals(600_000, loaded.merge(slow).whole().requests().get("Search").ok().getMaxValue(), 600);
  }

  @Test
  void anIncompleteTruncatedRecordRoundTripsAsIncomplete() throws IOException {
    byte[] whole = Files.readAllBytes(FixtureLogs.log(FixtureLogs.PLAIN_OPEN));
    Path cut = Files.write(dir.resolve("simulation.log"), Arrays.copyOf(whole, whole.length / 2 + 3));
    RunRecord original = SimulationLogReader.read(cut, "run", ReadOptions.allowTruncated());
    Path file = dir.resolve(RunRecordIO.FILE_NAME);
    RunRecordIO.save(original, file);
    assertEquals(false, RunRecordIO.load(file).metadata().complete());
    assertEquals(original, RunRecordIO.load(file));
  }

  @Test
  void aLargeRecordRoundTripsAndStaysSmall() throws IOException {
    SyntheticLogGenerator.generate(dir.resolve("simulation.log"), 400_000, 2_000, 3);
    RunRecord original = SimulationLogReader.read(dir, "big");
    Path gz = dir.resolve(RunRecordIO.FILE_NAME);
    Path json = dir.resolve("run-record.json");
    RunRecordIO.save(original, gz);
    RunRecordIO.save(original, json);
    assertEquals(original, RunRecordIO.load(gz));
    long gzBytes = Files.size(gz);
    long jsonBytes = Files.size(json);
    System.out.printf("%d slices: %,d bytes of JSON, %,d gzipped%n", original.slices().size(), jsonBytes, gzBytes);
    assertTrue(gzBytes < jsonBytes, gzBytes + " vs " + jsonBytes);
    assertTrue(gzBytes < 200 * original.slices().size() * 8, "about a few hundred bytes per histogram");
  }

  @Test
  void savingReplacesAtomicallyAndLeavesNoTemporaryFile() throws IOException {
    Path file = dir.resolve("nested/run/" + RunRecordIO.FILE_NAME);
    RunRecord first = SimulationLogReader.read(FixtureLogs.log(FixtureLogs.PLAIN_OPEN), "first");
    RunRecord second = SimulationLogReader.read(FixtureLogs.log(FixtureLogs.SHOP), "second");
    RunRecordIO.save(first, file);
    RunRecordIO.save(second, file);
    assertEquals(second, RunRecordIO.load(file));
    try (var files = Files.list(file.getParent())) {
      assertEquals(List.of(file.getFileName().toString()), files.map(p -> p.getFileName().toString()).toList());
    }
  }

  @Test
  void badFilesAreRejectedNamingTheFile() throws IOException {
    Path missing = dir.resolve("missing.json");
    assertEquals("run record " + missing + " does not exist", rejection(missing));

    Path notJson = Files.writeString(dir.resolve("not.json"), "slogate?");
    assertTrue(rejection(notJson).startsWith("run record " + notJson + " is not valid JSON: "), rejection(notJson));

    Path array = Files.writeString(dir.resolve("array.json"), "[1, 2]");
    assertEquals("run record " + array + " is not a JSON object", rejection(array));

    Path otherSchema = Files.writeString(dir.resolve("plan.json"), "{\"schema\": \"slogate.runplan/v1\"}");
    assertEquals("run record " + otherSchema + " has schema slogate.runplan/v1, expected slogate.runrecord/v1",
        rejection(otherSchema));

    Path noSchema = Files.writeString(dir.resolve("none.json"), "{\"slices\": []}");
    assertEquals("run record " + noSchema + " has schema (none), expected slogate.runrecord/v1", rejection(noSchema));

    // A damaged histogram in an otherwise valid file.
    Path good = dir.resolve("good.json");
    RunRecordIO.save(SimulationLogReader.read(FixtureLogs.log(FixtureLogs.PLAIN_OPEN), "run"), good);
    String text = Files.readString(good);
    String damaged = text.replaceFirst("\"ok\":\"HISTF", "\"ok\":\"AAAAF");
    assertTrue(!damaged.equals(text), "the file must contain an encoded histogram");
    Path damagedFile = Files.writeString(dir.resolve("damaged.json"), damaged);
    assertTrue(rejection(damagedFile).matches("run record .*damaged.json is not valid: slice of second \\d+: "
        + "not a compressed HdrHistogram: .*"), rejection(damagedFile));

    Path missingField = Files.writeString(dir.resolve("missing-field.json"),
        text.replaceFirst("\"simulation\":\"[^\"]*\",", ""));
    assertEquals("run record " + missingField + " is not valid: missing metadata.simulation", rejection(missingField));

    Path truncatedGzip = dir.resolve("cut.json.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(truncatedGzip))) {
      out.write(text.getBytes(StandardCharsets.UTF_8));
    }
    byte[] gz = Files.readAllBytes(truncatedGzip);
    Files.write(truncatedGzip, Arrays.copyOf(gz, gz.length / 2));
    assertTrue(rejection(truncatedGzip).startsWith("run record " + truncatedGzip + " is not valid JSON: "),
        rejection(truncatedGzip));
  }

  private static String rejection(Path file) {
    return assertThrows(IllegalArgumentException.class, () -> RunRecordIO.load(file)).getMessage();
  }
}
