package dev.slogate.slo.plan;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.slogate.config.AtomicFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads and writes {@code plan.json}. Writes are atomic: a reader never sees half a plan. */
public final class RunPlanIO {

  public static final String FILE_NAME = "plan.json";

  private static final ObjectMapper MAPPER = new ObjectMapper()
      .enable(SerializationFeature.INDENT_OUTPUT)
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private RunPlanIO() {}

  public static void write(RunPlan plan, Path file) {
    try {
      AtomicFiles.write(file, out -> MAPPER.writeValue(out, plan));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write run plan " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * @throws IllegalArgumentException with the file name and the reason, for a missing or malformed plan
   */
  public static RunPlan read(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException("run plan " + file + " does not exist");
    }
    try {
      RunPlan plan = MAPPER.readValue(file.toFile(), RunPlan.class);
      if (!RunPlan.SCHEMA.equals(plan.schema())) {
        throw new IllegalArgumentException(
            "run plan " + file + " has schema " + plan.schema() + ", expected " + RunPlan.SCHEMA);
      }
      return plan;
    } catch (IOException e) {
      throw new IllegalArgumentException("run plan " + file + " is not valid: " + e.getMessage(), e);
    }
  }
}
