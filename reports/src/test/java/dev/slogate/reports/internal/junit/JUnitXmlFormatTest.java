package dev.slogate.reports.internal.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.slogate.reports.Fixtures;
import dev.slogate.reports.Golden;
import dev.slogate.reports.ReportInput;
import dev.slogate.slo.eval.Evaluation;
import dev.slogate.slo.eval.Evaluator;
import dev.slogate.slo.gate.Gate;
import dev.slogate.slo.gate.GatePolicy;
import dev.slogate.reports.run.RunFolder;
import dev.slogate.slo.spec.SloSpecs;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class JUnitXmlFormatTest {

  @Test
  void regressionRunMatchesTheExpectedFile() {
    ReportInput input = Fixtures.judged("added-latency", "healthy-a", GatePolicy.DEFAULT);
    Golden.assertMatches("added-latency-vs-healthy-a.junit.xml", Golden.render(() -> JUnitXmlFormat.render(input.evaluation(), input.gate())));
  }

  @Test
  void failuresCarryTheReasonWithValueTargetAndInterval() throws Exception {
    ReportInput input = Fixtures.judged("added-latency", null, GatePolicy.DEFAULT);
    Document xml = parse(JUnitXmlFormat.render(input.evaluation(), input.gate()));
    Element suite = (Element) xml.getElementsByTagName("testsuite").item(0);
    assertEquals("7", suite.getAttribute("tests"), "5 objectives, 1 not covered, the gate");
    assertEquals("4", suite.getAttribute("failures"), "p50, p95, p99 and the gate");
    assertEquals("1", suite.getAttribute("skipped"));
    Element p95 = testcase(xml, "p95-latency");
    assertEquals("reference-stack", p95.getAttribute("classname"));
    Element failure = (Element) p95.getElementsByTagName("failure").item(0);
    assertEquals("FAIL: p95 of all requests in steady was 131 ms (95% CI 131–133 ms, n=1,400), at or above the 50 ms target.",
        failure.getAttribute("message"));
    assertTrue(failure.getTextContent().contains("target:   < 50 ms"), failure.getTextContent());
    Element skipped = (Element) testcase(xml, "data-durability").getElementsByTagName("skipped").item(0);
    assertTrue(skipped.getAttribute("message").startsWith("not covered: The reference stack keeps no data"));
  }

  @Test
  void inconclusiveIsAFailureByDefaultAndSkippedWhenThePolicyLetsItPass() throws Exception {
    RunFolder folder = RunFolder.load(Fixtures.run("healthy-a"));
    Evaluation evaluation = new Evaluator().evaluate(SloSpecs.parse(
        "system: s\nversion: \"1\"\nobjectives:\n  - {name: p9999, kind: latency, percentile: 99.99, threshold: 1s}\n", "s.yaml"),
        folder.record(), folder.plan());
    Document failing = parse(JUnitXmlFormat.render(evaluation, Gate.decide(evaluation, GatePolicy.parse("fail"))));
    assertEquals(1, testcase(failing, "p9999").getElementsByTagName("failure").getLength());
    assertEquals(1, testcase(failing, "gate").getElementsByTagName("failure").getLength());
    Document lenient = parse(JUnitXmlFormat.render(evaluation, Gate.decide(evaluation, GatePolicy.parse("pass"))));
    assertEquals(1, testcase(lenient, "p9999").getElementsByTagName("skipped").getLength());
    assertEquals(0, testcase(lenient, "gate").getElementsByTagName("failure").getLength());
  }

  @Test
  void untrustedTextIsEscapedAndStillParses() throws Exception {
    RunFolder folder = RunFolder.load(Fixtures.run("healthy-a"));
    String nasty = "x\\\"<y>&'z\u0001]]>";
    Evaluation evaluation = new Evaluator().evaluate(SloSpecs.parse(
        "system: \"sys <&> \\\"q\\\"\"\nversion: \"1\"\nobjectives:\n  - {name: \"" + nasty.replace("\\", "\\\\").replace("\"", "\\\"").replace("\u0001", "\\x01")
            + "\", kind: latency, percentile: 50, threshold: 1ms}\n"
            + "  - {name: nv, kind: not-verifiable, reason: \"<script>alert(1)</script> & ]]>\"}\n", "s.yaml"),
        folder.record(), folder.plan());
    String xml = JUnitXmlFormat.render(evaluation, Gate.decide(evaluation, GatePolicy.DEFAULT));
    assertTrue(!xml.contains("<script>") && !xml.contains("<y>"), xml);
    Document parsed = parse(xml);
    Element testcase = testcase(parsed, "x\\\"<y>&'z]]>");
    assertEquals("sys <&> \"q\"", testcase.getAttribute("classname"));
    assertEquals("not covered: <script>alert(1)</script> & ]]>",
        ((Element) testcase(parsed, "nv").getElementsByTagName("skipped").item(0)).getAttribute("message"));
  }

  static Document parse(String xml) throws Exception {
    return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
  }

  static Element testcase(Document xml, String name) {
    NodeList cases = xml.getElementsByTagName("testcase");
    for (int i = 0; i < cases.getLength(); i++) {
      if (((Element) cases.item(i)).getAttribute("name").equals(name)) {
        return (Element) cases.item(i);
      }
    }
    throw new AssertionError("no testcase " + name);
  }
}
