package dev.slogate.slo.chaos;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.slogate.config.AtomicFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads and writes {@value #FILE_NAME}, schema {@value #SCHEMA}: the chaos timeline kept in a run folder, so that
 * a run with faults can be judged and reported again later without a cluster. Writes are atomic.
 */
public final class ChaosTimelineIO {

  public static final String SCHEMA = "slogate.chaos-timeline/v1";

  /** The timeline's name in a run directory. */
  public static final String FILE_NAME = "chaos-timeline.json";

  private static final ObjectMapper MAPPER = new ObjectMapper()
      .enable(SerializationFeature.INDENT_OUTPUT)
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

  private ChaosTimelineIO() {}

  /** The file's shape, apart from the model so that the model can change without the schema. */
  record TimelineJson(String schema, List<FaultWindow> faults, List<ProbeSample> probes) {}

  public static void save(ChaosTimeline timeline, Path file) {
    try {
      AtomicFiles.write(file, out -> MAPPER.writeValue(out, new TimelineJson(SCHEMA, timeline.faults(), timeline.probes())));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write chaos timeline " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * @throws IllegalArgumentException naming the file, when it is missing, of another schema, or malformed
   */
  public static ChaosTimeline load(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException("chaos timeline " + file + " does not exist");
    }
    try {
      JsonNode tree = MAPPER.readTree(file.toFile());
      JsonNode schema = tree == null ? null : tree.get("schema");
      if (schema == null || !SCHEMA.equals(schema.asText())) {
        throw new IllegalArgumentException("chaos timeline " + file + " has schema "
            + (schema == null ? "(none)" : schema.asText()) + ", expected " + SCHEMA);
      }
      TimelineJson json = MAPPER.treeToValue(tree, TimelineJson.class);
      return new ChaosTimeline(
          json.faults() == null ? List.of() : json.faults(), json.probes() == null ? List.of() : json.probes());
    } catch (IOException | RuntimeException e) {
      if (e instanceof IllegalArgumentException iae && iae.getMessage().startsWith("chaos timeline ")) {
        throw iae;
      }
      throw new IllegalArgumentException("chaos timeline " + file + " is not valid: " + e.getMessage(), e);
    }
  }
}
