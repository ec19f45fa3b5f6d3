package dev.slogate.reports.internal.junit;

import dev.slogate.reports.ReportFormat;
import dev.slogate.reports.ReportInput;
import dev.slogate.reports.internal.HealthWords;
import dev.slogate.reports.internal.ObjectiveRow;
import dev.slogate.reports.internal.ReportFiles;
import dev.slogate.reports.words.Words;
import dev.slogate.slo.eval.Evaluation;
import dev.slogate.slo.eval.NotCovered;
import dev.slogate.slo.eval.ObjectiveResult;
import dev.slogate.slo.eval.PhaseValidity;
import dev.slogate.slo.eval.Verdict;
import dev.slogate.slo.gate.GateDecision;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * {@code junit.xml} for CI systems: one testcase per objective (classname = system, name = objective), one per
 * objective not covered (skipped), and a last testcase {@value #GATE_TESTCASE} that fails exactly when the gate
 * fails, so that a CI system reading only test results still blocks what the gate blocks. The suite's properties
 * carry the verdict, and per judged phase the load check ({@code slogate.load.<phase>}), the schedule lag where it
 * was read ({@code slogate.scheduleLag.<phase>}) and the injector's health ({@code slogate.injectorHealth.<phase>}).
 *
 * <p>FAIL is a failure. INVALID is a failure: the gate always fails it. INCONCLUSIVE is a failure under the
 * default policy and skipped when the policy lets it pass. Text goes through the JDK's StAX writer, which
 * escapes it; characters XML 1.0 cannot hold at all are dropped first.
 */
public final class JUnitXmlFormat implements ReportFormat {

  public static final String FILE_NAME = "junit.xml";
  public static final String GATE_TESTCASE = "gate";

  @Override
  public String id() {
    return "junit";
  }

  @Override
  public String fileName() {
    return FILE_NAME;
  }

  @Override
  public Path writeOut(ReportInput input, Path outputDirectory) {
    return ReportFiles.writeAtomically(outputDirectory.resolve(FILE_NAME), render(input.evaluation(), input.gate()));
  }

  public static String render(Evaluation evaluation, GateDecision gate) {
    StringWriter out = new StringWriter();
    try {
      XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
      Counts counts = Counts.of(evaluation, gate);
      xml.writeStartDocument("UTF-8", "1.0");
      newline(xml, 0);
      xml.writeStartElement("testsuites");
      attribute(xml, "name", "slogate");
      counts.write(xml);
      newline(xml, 1);
      xml.writeStartElement("testsuite");
      attribute(xml, "name", "slogate." + evaluation.spec().system());
      counts.write(xml);
      attribute(xml, "timestamp", DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(
          Instant.ofEpochMilli(evaluation.run().epochStartMillis()).truncatedTo(ChronoUnit.SECONDS).atOffset(ZoneOffset.UTC)));
      attribute(xml, "time", "0");
      properties(xml, evaluation, gate);
      for (ObjectiveResult result : evaluation.results()) {
        testcase(xml, evaluation, result, gate);
      }
      for (NotCovered item : evaluation.notCovered()) {
        newline(xml, 2);
        xml.writeStartElement("testcase");
        attribute(xml, "classname", evaluation.spec().system());
        attribute(xml, "name", item.name());
        attribute(xml, "time", "0");
        newline(xml, 3);
        xml.writeEmptyElement("skipped");
        attribute(xml, "message", "not covered: " + item.reason());
        newline(xml, 2);
        xml.writeEndElement();
      }
      gateTestcase(xml, evaluation, gate);
      newline(xml, 1);
      xml.writeEndElement();
      newline(xml, 0);
      xml.writeEndElement();
      newline(xml, 0);
      xml.writeEndDocument();
      xml.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("cannot write JUnit XML: " + e.getMessage(), e);
    }
    return out.toString();
  }

  /** How a verdict shows in JUnit terms under the gate's policy. */
  enum Outcome {
    PASSED, FAILED, SKIPPED;

    static Outcome of(Verdict verdict, GateDecision gate) {
      return switch (verdict) {
        case PASS -> PASSED;
        case FAIL, INVALID -> FAILED;
        case INCONCLUSIVE -> gate.policy().inconclusivePasses() ? SKIPPED : FAILED;
      };
    }
  }

  private record Counts(int tests, int failures, int skipped) {
    static Counts of(Evaluation evaluation, GateDecision gate) {
      int failures = gate.passed() ? 0 : 1;
      int skipped = evaluation.notCovered().size();
      for (ObjectiveResult result : evaluation.results()) {
        Outcome outcome = Outcome.of(result.verdict(), gate);
        failures += outcome == Outcome.FAILED ? 1 : 0;
        skipped += outcome == Outcome.SKIPPED ? 1 : 0;
      }
      return new Counts(evaluation.results().size() + evaluation.notCovered().size() + 1, failures, skipped);
    }

    void write(XMLStreamWriter xml) throws XMLStreamException {
      attribute(xml, "tests", String.valueOf(tests));
      attribute(xml, "failures", String.valueOf(failures));
      attribute(xml, "errors", "0");
      attribute(xml, "skipped", String.valueOf(skipped));
    }
  }

  private static void properties(XMLStreamWriter xml, Evaluation evaluation, GateDecision gate) throws XMLStreamException {
    newline(xml, 2);
    xml.writeStartElement("properties");
    property(xml, "slogate.verdict", evaluation.verdict().name());
    property(xml, "slogate.gate", gate.passed() ? "passed" : "failed");
    property(xml, "slogate.gate.inconclusive", gate.policy().inconclusive());
    property(xml, "slogate.summary", Words.summary(evaluation));
    property(xml, "slogate.runId", evaluation.run().runId());
    property(xml, "slogate.simulation", evaluation.run().simulation());
    property(xml, "slogate.slo", evaluation.spec().system() + " " + evaluation.spec().version());
    for (PhaseValidity phase : evaluation.phases()) {
      // The load check, as the console and verdict.json give it: outcome and reason, then how late users started.
      property(xml, "slogate.load." + phase.phase(), phase.status() + ": " + Words.load(phase));
      if (phase.scheduleLag().isPresent()) {
        property(xml, "slogate.scheduleLag." + phase.phase(), Words.scheduleLag(phase.scheduleLag().get()));
      }
      property(xml, "slogate.injectorHealth." + phase.phase(), HealthWords.line(phase));
    }
    newline(xml, 2);
    xml.writeEndElement();
  }

  private static void property(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
    newline(xml, 3);
    xml.writeEmptyElement("property");
    attribute(xml, "name", name);
    attribute(xml, "value", value);
  }

  private static void testcase(XMLStreamWriter xml, Evaluation evaluation, ObjectiveResult result, GateDecision gate)
      throws XMLStreamException {
    newline(xml, 2);
    xml.writeStartElement("testcase");
    attribute(xml, "classname", evaluation.spec().system());
    attribute(xml, "name", result.name());
    attribute(xml, "time", "0");
    Outcome outcome = Outcome.of(result.verdict(), gate);
    if (outcome != Outcome.PASSED) {
      newline(xml, 3);
      xml.writeStartElement(outcome == Outcome.FAILED ? "failure" : "skipped");
      attribute(xml, "message", result.verdict() + ": " + Words.reason(result));
      if (outcome == Outcome.FAILED) {
        attribute(xml, "type", result.verdict().name());
      }
      xml.writeCharacters(clean(details(ObjectiveRow.of(result))));
      xml.writeEndElement();
    } else {
      newline(xml, 3);
      xml.writeStartElement("system-out");
      xml.writeCharacters(clean(details(ObjectiveRow.of(result))));
      xml.writeEndElement();
    }
    newline(xml, 2);
    xml.writeEndElement();
  }

  private static void gateTestcase(XMLStreamWriter xml, Evaluation evaluation, GateDecision gate) throws XMLStreamException {
    newline(xml, 2);
    xml.writeStartElement("testcase");
    attribute(xml, "classname", evaluation.spec().system());
    attribute(xml, "name", GATE_TESTCASE);
    attribute(xml, "time", "0");
    if (!gate.passed()) {
      newline(xml, 3);
      xml.writeStartElement("failure");
      attribute(xml, "message", gate.describe() + ": " + Words.summary(evaluation));
      attribute(xml, "type", gate.verdict().name());
      xml.writeCharacters(clean(String.join("\n", Words.notes(evaluation))));
      xml.writeEndElement();
    }
    newline(xml, 2);
    xml.writeEndElement();
  }

  private static String details(ObjectiveRow row) {
    return "verdict:  " + row.verdict() + "\n"
        + "measured: " + row.measure() + " " + row.measured() + "\n"
        + "interval: " + row.interval() + "\n"
        + "target:   " + row.target() + "\n"
        + "samples:  " + row.samples() + "\n"
        + "series:   " + row.series() + (row.phases().isEmpty() ? "" : " in " + row.phases()) + "\n"
        + "source:   " + row.source() + "\n";
  }

  private static void attribute(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
    xml.writeAttribute(name, clean(value));
  }

  private static void newline(XMLStreamWriter xml, int depth) throws XMLStreamException {
    xml.writeCharacters("\n" + "  ".repeat(depth));
  }

  /** Drops what XML 1.0 cannot represent even escaped (most C0 controls, lone surrogates, U+FFFE/U+FFFF). */
  static String clean(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints().forEach(c -> {
      boolean allowed = c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
          || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
      if (allowed) {
        out.appendCodePoint(c);
      }
    });
    return out.toString();
  }
}
