package dev.slogate.reports.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.slogate.reports.Fixtures;
import dev.slogate.reports.Golden;
import dev.slogate.slo.chaos.ChaosTimelineIO;
import dev.slogate.slo.gatling.ReadOptions;
import dev.slogate.slo.gatling.SimulationLogReader;
import dev.slogate.slo.record.RunRecordIO;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every output of the judging path, byte for byte, for stored inputs: real run folders (record, plan, SLO file),
 * a real Gatling 3.15.1 {@code simulation.log}, a plan, a chaos timeline and a baseline run, replayed through
 * {@code slogate report} and {@code slogate evaluate} as a user would call them. The console (verdict table and
 * messages), {@code verdict.json}, {@code junit.xml}, {@code summary.md}, {@code report.html},
 * {@code allure-results/} and {@code evidence.json} are compared with the files under
 * {@code src/test/resources/golden/outputs/<case>/}, so that a refactoring of the judging sequence that changes
 * any output fails here.
 *
 * <p>What depends on the machine or the moment is replaced by a placeholder before comparing: temporary and
 * fixture paths, the evidence block's commit, versions, host and time, allure's generated ids and timestamps, and
 * the hashes and sizes of files that hold them. Regenerate with {@code -Dslogate.updateGolden=true} (never on by
 * default) and review the diff.
 */
class GoldenOutputsTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path SHOP_LOG = Fixtures.resource("gatling-logs/shop/simulation.log");
  private static final Path SHOP_SLO = Fixtures.resource("specs/shop.yaml");
  private static final Path INPUTS = Fixtures.resource("golden/inputs");

  @TempDir Path dir;

  @Test
  void passingRun() {
    report("report-pass", Fixtures.copyOfRun("healthy-b", dir), "--no-baseline");
  }

  @Test
  void failingRun() {
    report("report-fail", Fixtures.copyOfRun("added-latency", dir), "--no-baseline");
  }

  @Test
  void regressionAgainstABaseline() {
    report("report-regression", Fixtures.copyOfRun("added-latency", dir), "--baseline", Fixtures.run("healthy-a").toString());
  }

  @Test
  void withinTheBaselineUnderTheLenientPolicy() {
    report("report-within-baseline", Fixtures.copyOfRun("healthy-b", dir), "--baseline", Fixtures.run("healthy-a").toString(),
        "--inconclusive", "pass");
  }

  @Test
  void failoverUnderChaos() throws IOException {
    Path run = Fixtures.copyOfRun("healthy-b", dir);
    Files.copy(INPUTS.resolve("kill-replica.chaos-timeline.json"), run.resolve(ChaosTimelineIO.FILE_NAME));
    report("report-chaos", run, "--no-baseline");
  }

  /** What the end of a run keeps of a log that ended early: a record marked incomplete, which cannot pass. */
  @Test
  void incompleteRecordIsInvalid() throws IOException {
    byte[] log = Files.readAllBytes(SHOP_LOG);
    Path truncated = dir.resolve("truncated/simulation.log");
    Files.createDirectories(truncated.getParent());
    Files.write(truncated, Arrays.copyOf(log, log.length * 2 / 3));
    Path run = dir.resolve("shop-truncated");
    Files.createDirectories(run);
    RunRecordIO.save(SimulationLogReader.read(truncated, "shop-truncated", ReadOptions.allowTruncated()),
        run.resolve(RunRecordIO.FILE_NAME));
    Files.copy(SHOP_SLO, run.resolve("slo.yaml"));
    report("report-incomplete", run, "--no-baseline");
  }

  @Test
  void evaluateALogWithoutPlan() {
    evaluate("evaluate-pass", "--slo", SHOP_SLO.toString(), "--gatling-log", SHOP_LOG.toString());
  }

  @Test
  void evaluateALogWhoseLoadMissedThePlan() {
    evaluate("evaluate-invalid", "--slo", SHOP_SLO.toString(), "--gatling-log", SHOP_LOG.toString(),
        "--plan", INPUTS.resolve("shop-overplanned.plan.json").toString(), "--run-id", "shop-overplanned");
  }

  @Test
  void evaluateOnlyFailoverWithoutChaosIsInconclusive() {
    evaluate("evaluate-inconclusive", "--slo", INPUTS.resolve("failover-only.slo.yaml").toString(),
        "--gatling-log", SHOP_LOG.toString());
  }

  /** The log compared with a record of itself: every relative objective passes, with a rise of exactly zero. */
  @Test
  void evaluateAgainstABaseline() throws IOException {
    Path baseline = dir.resolve("shop-baseline");
    Files.createDirectories(baseline);
    RunRecordIO.save(SimulationLogReader.read(SHOP_LOG, "shop-baseline"), baseline.resolve(RunRecordIO.FILE_NAME));
    Files.copy(SHOP_SLO, baseline.resolve("slo.yaml"));
    evaluate("evaluate-baseline", "--slo", SHOP_SLO.toString(), "--gatling-log", SHOP_LOG.toString(),
        "--baseline", baseline.toString());
  }

  @Test
  void evaluateCatalogOnATruncatedLogIsAnInputError() throws IOException {
    byte[] log = Files.readAllBytes(SHOP_LOG);
    Path truncated = dir.resolve("truncated/simulation.log");
    Files.createDirectories(truncated.getParent());
    Files.write(truncated, Arrays.copyOf(log, log.length / 2));
    evaluate("evaluate-truncated", "--slo", SHOP_SLO.toString(), "--gatling-log", truncated.toString());
  }

  private void report(String name, Path run, String... options) {
    Path out = dir.resolve("out");
    List<String> args = new ArrayList<>(List.of("report", "--run", run.toString(), "--out", out.toString()));
    args.addAll(List.of(options));
    CliRunner.Result result = render(args);
    Map<String, String> files = new LinkedHashMap<>();
    files.put("console.txt", "exit code " + result.exitCode() + "\n---- stdout\n" + result.out() + "---- stderr\n" + result.err());
    JsonNode evidence = readJson(out.resolve("evidence.json"));
    Map<String, String> attachments = attachmentNames(out.resolve("allure-results"));
    try (Stream<Path> written = Files.walk(out)) {
      for (Path file : written.filter(Files::isRegularFile).sorted().toList()) {
        String relative = out.relativize(file).toString().replace('\\', '/');
        String text = read(file);
        files.put(relative.startsWith("allure-results/") ? allureName(relative, file, attachments) : relative,
            relative.equals("evidence.json") ? normalizeEvidence(text) : text);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    compare(name, files, evidence);
  }

  private void evaluate(String name, String... options) {
    Path json = dir.resolve("evaluated/verdict.json");
    List<String> args = new ArrayList<>(List.of("evaluate"));
    args.addAll(List.of(options));
    args.addAll(List.of("--json", json.toString()));
    CliRunner.Result result = render(args);
    Map<String, String> files = new LinkedHashMap<>();
    files.put("console.txt", "exit code " + result.exitCode() + "\n---- stdout\n" + result.out() + "---- stderr\n" + result.err());
    if (Files.isRegularFile(json)) {
      files.put("verdict.json", read(json));
    }
    compare(name, files, null);
  }

  private static CliRunner.Result render(List<String> args) {
    CliRunner.Result[] result = new CliRunner.Result[1];
    Golden.render(() -> {
      result[0] = CliRunner.run(args.toArray(String[]::new));
      return "";
    });
    return result[0];
  }

  private void compare(String name, Map<String, String> files, JsonNode evidence) {
    // Allure's files were listed in the order of their random names: list them by the names given here.
    List<String> names = new ArrayList<>(files.keySet());
    names.subList(1, names.size()).sort(null);
    List<String> expectedNames = listing(name);
    for (Map.Entry<String, String> file : files.entrySet()) {
      Golden.assertMatches("outputs/" + name + "/" + file.getKey(), normalize(file.getValue(), evidence));
    }
    Golden.assertMatches("outputs/" + name + "/files.txt", String.join("\n", names) + "\n");
    assertEquals(expectedNames.isEmpty() ? names : expectedNames, names, "the files written");
  }

  private static List<String> listing(String name) {
    Path source = Path.of("src", "test", "resources", "golden", "outputs", name, "files.txt");
    try {
      return Files.isRegularFile(source) ? Files.readAllLines(source, StandardCharsets.UTF_8) : List.of();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Allure names its files by random ids: name them by the objective, or by the attachment's own name, instead. */
  private static String allureName(String relative, Path file, Map<String, String> attachments) {
    String fileName = file.getFileName().toString();
    if (fileName.endsWith("-result.json")) {
      return "allure-results/result-" + readJson(file).path("name").asText() + ".json";
    }
    String attachment = attachments.get(fileName);
    return attachment == null ? relative : "allure-results/attachment-" + attachment;
  }

  /** Attachment file → the name its result gives it ("verdict.json", "latency-over-time.svg"). */
  private static Map<String, String> attachmentNames(Path allure) {
    Map<String, String> names = new LinkedHashMap<>();
    if (!Files.isDirectory(allure)) {
      return names;
    }
    try (Stream<Path> files = Files.list(allure)) {
      for (Path file : files.filter(f -> f.getFileName().toString().endsWith("-result.json")).toList()) {
        readJson(file).path("attachments").forEach(a -> names.put(a.path("source").asText(), a.path("name").asText()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return names;
  }

  private String normalize(String text, JsonNode evidence) {
    String normalized = Golden.normalize(text.replace(dir.toString(), "<tmp>")
        .replace(INPUTS.toString(), "<inputs>")
        .replace(Fixtures.resource("runs").getParent().toString(), "<resources>"));
    if (evidence != null) {
      // Long, distinctive values are replaced wherever they occur; the host name (it may be as short as "vm", a
      // word the fixtures' injectors also use) only where the report host is printed.
      for (String field : List.of("gitCommit", "slogateVersion", "javaVersion", "generatedAt")) {
        String value = evidence.path(field).asText();
        if (value.length() > 4 && !value.equals("unknown")) {
          normalized = normalized.replace(value, "<" + field + ">");
        }
      }
    }
    return normalized
        .replaceAll("(<dt>report host</dt><dd>)[^<]*(</dd>)", "$1<reportHost>$2")
        .replaceAll("(Generated by slogate \\S+ at )[0-9-]+ [0-9:]+ UTC", "$1<generatedAt>")
        .replaceAll("(?m)^(report\\.host|java\\.version|slogate\\.version)=.*$", "$1=<$1>")
        // allure: generated ids, start and stop times
        .replaceAll("\"(uuid|historyId|testCaseId|source)\" ?: ?\"[^\"]*\"", "\"$1\" : \"<id>\"")
        .replaceAll("\"(start|stop)\" ?: ?[0-9]+", "\"$1\" : 0");
  }

  /** evidence.json: the files' hashes and sizes change with every normalised value, and allure's names are random. */
  private static String normalizeEvidence(String text) {
    try {
      ObjectNode tree = (ObjectNode) JSON.readTree(text);
      for (String field : List.of("gitCommit", "slogateVersion", "javaVersion", "generatedAt", "reportHost")) {
        if (tree.has(field) && !tree.path(field).asText().equals("unknown")) {
          tree.put(field, "<" + field + ">");
        }
      }
      List<String> paths = new ArrayList<>();
      tree.path("files").forEach(file -> paths.add(file.path("path").asText()
          .replaceAll("^allure-results/[0-9a-f-]{36}-", "allure-results/<id>-")));
      ArrayNode files = tree.putArray("files");
      paths.stream().sorted().forEach(files::add);
      return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(tree) + "\n";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonNode readJson(Path file) {
    try {
      return JSON.readTree(file.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
