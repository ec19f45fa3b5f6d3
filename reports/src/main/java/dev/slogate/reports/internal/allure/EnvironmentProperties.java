package dev.slogate.reports.internal.allure;

import dev.slogate.reports.internal.ReportFiles;
import dev.slogate.reports.ReportInput;
import dev.slogate.reports.evidence.Evidence;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code environment.properties}, which Allure shows as its Environment widget: the evidence block (versions,
 * commit, redacted target), never an environment variable.
 */
final class EnvironmentProperties {

  private EnvironmentProperties() {}

  static void write(Path directory, ReportInput input) {
    Evidence e = input.evidence();
    Map<String, String> values = new LinkedHashMap<>();
    values.put("verdict", input.evaluation().verdict().name());
    values.put("system", input.system());
    values.put("slo.version", input.evaluation().spec().version());
    values.put("slo.sha256", e.sloSha256());
    values.put("run.ids", String.join(",", e.runIds()));
    values.put("target", e.targetUrl());
    values.put("git.commit", e.gitCommit());
    values.put("slogate.version", e.slogateVersion());
    values.put("gatling.version", e.gatlingVersion());
    values.put("java.version", e.javaVersion());
    values.put("scale.factor", e.scaleFactor() == null ? "unknown" : String.valueOf(e.scaleFactor()));
    values.put("target.time.scale", e.targetTimeScale() == null ? "unknown" : String.valueOf(e.targetTimeScale()));
    StringWriter out = new StringWriter();
    try {
      // java.util.Properties escapes keys and values; its date comment is left out for reproducible output.
      java.util.Properties properties = new java.util.Properties();
      properties.putAll(values);
      properties.store(out, null);
    } catch (IOException e2) {
      throw new UncheckedIOException(e2);
    }
    String text = out.toString().replaceFirst("^#.*\\R", "");
    ReportFiles.writeAtomically(directory.resolve("environment.properties"), text);
  }
}
