package dev.slogate.reports.internal.evidence;

import dev.slogate.reports.evidence.Evidence;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.slogate.config.AtomicFiles;
import dev.slogate.reports.internal.ReportFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * {@code evidence.json}, schema {@value #SCHEMA}: the evidence fields and the SHA-256 of every file of the run
 * folder (the run record holds the raw histograms), so that a sign-off can later be checked against the
 * files it was made from. Written last: it hashes the reports written before it.
 */
public final class EvidenceJson {

  public static final String SCHEMA = "slogate.evidence/v1";
  public static final String FILE_NAME = "evidence.json";

  private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private EvidenceJson() {}

  public static Path write(Evidence evidence, String baselineRunId, Path runDirectory) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("schema", SCHEMA);
    root.put("generatedAt", evidence.generatedAt().toString());
    evidence.runIds().forEach(root.putArray("runIds")::add);
    if (baselineRunId != null) {
      root.put("baselineRunId", baselineRunId);
    }
    root.put("sloSha256", evidence.sloSha256());
    root.put("gitCommit", evidence.gitCommit());
    root.put("target", evidence.targetUrl());
    root.put("slogateVersion", evidence.slogateVersion());
    root.put("gatlingVersion", evidence.gatlingVersion());
    root.put("javaVersion", evidence.javaVersion());
    if (evidence.scaleFactor() != null) {
      root.put("scaleFactor", evidence.scaleFactor());
    } else {
      root.putNull("scaleFactor");
    }
    if (evidence.targetTimeScale() != null) {
      root.put("targetTimeScale", evidence.targetTimeScale());
    } else {
      root.putNull("targetTimeScale");
    }
    evidence.injectors().forEach(root.putArray("injectors")::add);
    root.put("reportHost", evidence.reportHost());
    ArrayNode files = root.putArray("files");
    for (Path file : filesOf(runDirectory)) {
      ObjectNode node = files.addObject();
      node.put("path", runDirectory.relativize(file).toString().replace('\\', '/'));
      node.put("sha256", Sha256.hex(file));
      try {
        node.put("bytes", Files.size(file));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
      }
    }
    try {
      return ReportFiles.writeAtomically(runDirectory.resolve(FILE_NAME), MAPPER.writeValueAsString(root) + "\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every regular file under the folder but this file and temporaries, in a stable order. */
  static List<Path> filesOf(Path runDirectory) {
    try (Stream<Path> walk = Files.walk(runDirectory)) {
      return walk.filter(Files::isRegularFile)
          .filter(p -> !p.getFileName().toString().equals(FILE_NAME))
          .filter(p -> !AtomicFiles.isTemporary(p))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + runDirectory + ": " + e.getMessage(), e);
    }
  }
}
