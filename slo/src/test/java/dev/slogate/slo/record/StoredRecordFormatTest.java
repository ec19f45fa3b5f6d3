package dev.slogate.slo.record;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Records stored by earlier versions load and save again to the very same JSON: the format is {@value RunRecordIO#SCHEMA}. */
class StoredRecordFormatTest {

  @TempDir
  Path dir;

  @ParameterizedTest
  @ValueSource(strings = {"added-latency", "healthy-a", "healthy-b"})
  void storedRecordsSaveBackByteForByte(String run) throws IOException {
    Path stored = Path.of("../reports/src/test/resources/runs", run, RunRecordIO.FILE_NAME);
    assertTrue(Files.isRegularFile(stored), stored + " is the fixture");
    Path saved = dir.resolve(RunRecordIO.FILE_NAME);
    RunRecordIO.save(RunRecordIO.load(stored), saved);
    assertArrayEquals(json(stored), json(saved));
    // saved before user starts were kept per tenth of a second: its schedule lag cannot be read
    assertTrue(RunRecordIO.load(stored).users().isEmpty());
  }

  private static byte[] json(Path gzipped) throws IOException {
    try (InputStream in = new GZIPInputStream(Files.newInputStream(gzipped))) {
      return in.readAllBytes();
    }
  }
}
