package dev.slogate.slo.record;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.slogate.config.AtomicFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads and writes {@value #FILE_NAME}, schema {@value #SCHEMA}: the clock offset an injector of a shared run
 * measured at its start, kept in its run folder until the merge copies it into the merged record. Writes are atomic.
 */
public final class ClockOffsetIO {

  public static final String SCHEMA = "slogate.clock-offset/v1";

  /** The file's name in a run folder. */
  public static final String FILE_NAME = "clock-offset.json";

  private static final ObjectMapper MAPPER = new ObjectMapper()
      .enable(SerializationFeature.INDENT_OUTPUT)
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

  private ClockOffsetIO() {}

  record OffsetJson(String schema, ClockOffset.Reference reference, long offsetMillis, long uncertaintyMillis) {}

  public static void write(ClockOffset offset, Path file) {
    try {
      AtomicFiles.write(file, out -> MAPPER.writeValue(out,
          new OffsetJson(SCHEMA, offset.reference(), offset.offsetMillis(), offset.uncertaintyMillis())));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write clock offset " + file + ": " + e.getMessage(), e);
    }
  }

  /** @throws IllegalArgumentException naming the file, when it is missing, of another schema, or malformed */
  public static ClockOffset read(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException("clock offset " + file + " does not exist");
    }
    OffsetJson json;
    try {
      json = MAPPER.readValue(file.toFile(), OffsetJson.class);
    } catch (IOException e) {
      throw new IllegalArgumentException("clock offset " + file + " is not valid: " + e.getMessage(), e);
    }
    if (!SCHEMA.equals(json.schema()) || json.reference() == null) {
      throw new IllegalArgumentException("clock offset " + file + " has schema " + json.schema() + ", expected "
          + SCHEMA);
    }
    return new ClockOffset(json.reference(), json.offsetMillis(), json.uncertaintyMillis());
  }
}
