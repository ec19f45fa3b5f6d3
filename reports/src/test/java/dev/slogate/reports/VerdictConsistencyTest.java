package dev.slogate.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.slogate.slo.baseline.Regression;
import dev.slogate.reports.run.RunFolder;
import dev.slogate.reports.words.Words;
import dev.slogate.slo.eval.Evaluation;
import dev.slogate.slo.eval.Evaluator;
import dev.slogate.slo.eval.Verdict;
import dev.slogate.slo.gate.Gate;
import dev.slogate.slo.gate.GateDecision;
import dev.slogate.slo.gate.GatePolicy;
import dev.slogate.slo.plan.Phase;
import dev.slogate.slo.plan.RunPlan;
import dev.slogate.slo.spec.SloSpecs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * No report may show PASS where verdict.json does not: for each of the four verdicts, from a real evaluation
 * of a real run, and under both gate policies, every format's overall verdict equals verdict.json's.
 */
class VerdictConsistencyTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  static Stream<Arguments> verdicts() {
    List<Arguments> cases = new ArrayList<>();
    for (Verdict verdict : Verdict.values()) {
      for (String policy : List.of("fail", "pass")) {
        cases.add(Arguments.of(verdict, policy));
      }
    }
    return cases.stream();
  }

  /** A real evaluation of the healthy run that comes out with the given verdict. */
  static ReportInput inputWith(Verdict verdict, GatePolicy policy) {
    RunFolder folder = RunFolder.load(Fixtures.run("healthy-a"));
    String objective = switch (verdict) {
      case PASS, INVALID -> "{name: p50, kind: latency, percentile: 50, threshold: 25ms}";
      case FAIL -> "{name: p50, kind: latency, percentile: 50, threshold: 1ms}";
      // 1,400 requests are far too few for a p99.99 bound: INCONCLUSIVE.
      case INCONCLUSIVE -> "{name: p9999, kind: latency, percentile: 99.99, threshold: 1s}";
    };
    String yaml = "system: \"consistency <&> check\"\nversion: \"1\"\nobjectives:\n  - " + objective
        + "\n  - {name: durability, kind: not-verifiable, reason: \"Takes <years> & more.\"}\n";
    RunPlan plan = folder.plan();
    if (verdict == Verdict.INVALID) {
      // The plan claims twice the rate the injector produced: the steady phase is INVALID.
      List<Phase> doubled = plan.phases().stream()
          .map(p -> Phase.constant(p.name(), p.kind(), p.startOffsetMillis(), p.durationMillis(), p.startRate() * 2)).toList();
      plan = new RunPlan(plan.schema(), plan.runId(), plan.simulation(), plan.target(), plan.scaleFactor(), doubled, plan.properties());
    }
    Evaluation evaluation = new Evaluator().evaluate(SloSpecs.parse(yaml, "consistency.yaml"), folder.record(), plan);
    assertEquals(verdict, evaluation.verdict(), Words.summary(evaluation));
    GateDecision gate = Gate.decide(evaluation, policy);
    return new ReportInput(evaluation, gate, folder.record(), plan, null, Regression.none(),
        Fixtures.evidence(folder.record().metadata().runId()));
  }

  @ParameterizedTest(name = "{0} with inconclusive={1}")
  @MethodSource("verdicts")
  void everyFormatShowsTheVerdictOfVerdictJson(Verdict verdict, String policyName) throws Exception {
    GatePolicy policy = GatePolicy.parse(policyName);
    ReportInput input = inputWith(verdict, policy);
    SignOffBundle.write(dir, input);
    GateDecision gate = input.gate();

    JsonNode verdictJson = JSON.readTree(dir.resolve("verdict.json").toFile());
    String expected = verdictJson.get("verdict").asText();
    assertEquals(verdict.name(), expected);
    assertEquals(gate.passed(), verdictJson.get("gate").get("passed").asBoolean());

    String html = Files.readString(dir.resolve("report.html"));
    assertEquals(expected, first(html, "<meta name=\"slogate-verdict\" content=\"([A-Z]+)\">"));
    assertEquals(expected, first(html, "<div class=\"verdict\" id=\"verdict\">([A-Z]+)</div>"));
    assertEquals(expected, first(html, "<header class=\"banner v-([A-Z]+)\">"));
    assertEquals(gate.passed() ? "passed" : "failed", first(html, "Gate (passed|failed) \\(exit code"));

    Document junit = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(dir.resolve("junit.xml").toFile());
    Element suite = (Element) junit.getElementsByTagName("testsuite").item(0);
    assertEquals(expected, property(suite, "slogate.verdict"));
    assertEquals(gate.passed(), Integer.parseInt(suite.getAttribute("failures")) == 0,
        "JUnit shows failures exactly when the gate fails");
    Element gateCase = testcase(junit, "gate");
    assertEquals(!gate.passed(), gateCase.getElementsByTagName("failure").getLength() == 1);

    String markdown = Files.readString(dir.resolve("summary.md"));
    assertTrue(markdown.lines().findFirst().orElseThrow().contains(" slogate: " + expected + " — gate " + (gate.passed() ? "passed" : "failed")),
        markdown.lines().findFirst().orElseThrow());

    Path allure = dir.resolve("allure-results");
    Properties environment = new Properties();
    try (var in = Files.newInputStream(allure.resolve("environment.properties"))) {
      environment.load(in);
    }
    assertEquals(expected, environment.getProperty("verdict"));
    List<JsonNode> results = allureResults(allure);
    JsonNode gateResult = results.stream().filter(r -> r.get("name").asText().equals("gate")).findFirst().orElseThrow();
    assertEquals(gate.passed() ? "passed" : "failed", gateResult.get("status").asText());
    for (JsonNode result : results) {
      boolean objectivePassed = input.evaluation().result(result.get("name").asText()).map(r -> r.verdict().isPass()).orElse(false);
      if (!result.get("name").asText().equals("gate")) {
        assertEquals(objectivePassed, result.get("status").asText().equals("passed"), result.toString());
      }
    }
  }

  static List<JsonNode> allureResults(Path allure) throws IOException {
    try (Stream<Path> files = Files.list(allure)) {
      List<JsonNode> results = new ArrayList<>();
      for (Path file : files.filter(f -> f.getFileName().toString().endsWith("-result.json")).toList()) {
        results.add(JSON.readTree(file.toFile()));
      }
      return results;
    }
  }

  private static String first(String text, String regex) {
    Matcher m = Pattern.compile(regex).matcher(text);
    assertTrue(m.find(), "no match for " + regex);
    return m.group(1);
  }

  private static String property(Element suite, String name) {
    NodeList properties = suite.getElementsByTagName("property");
    for (int i = 0; i < properties.getLength(); i++) {
      Element property = (Element) properties.item(i);
      if (property.getAttribute("name").equals(name)) {
        return property.getAttribute("value");
      }
    }
    throw new AssertionError("no property " + name);
  }

  static Element testcase(Document junit, String name) {
    NodeList cases = junit.getElementsByTagName("testcase");
    for (int i = 0; i < cases.getLength(); i++) {
      Element testcase = (Element) cases.item(i);
      if (testcase.getAttribute("name").equals(name)) {
        return testcase;
      }
    }
    throw new AssertionError("no testcase " + name);
  }
}
