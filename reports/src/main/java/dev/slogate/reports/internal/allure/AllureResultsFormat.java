package dev.slogate.reports.internal.allure;

import dev.slogate.reports.internal.ObjectiveRow;
import dev.slogate.reports.ReportFormat;
import dev.slogate.reports.ReportInput;
import dev.slogate.reports.internal.html.HtmlReportFormat;
import dev.slogate.reports.internal.verdict.VerdictJson;
import dev.slogate.reports.words.Words;
import dev.slogate.slo.eval.Evaluation;
import dev.slogate.slo.eval.NotCovered;
import dev.slogate.slo.eval.ObjectiveResult;
import dev.slogate.slo.eval.Verdict;
import dev.slogate.slo.gate.GateDecision;
import io.qameta.allure.FileSystemResultsWriter;
import io.qameta.allure.model.Attachment;
import io.qameta.allure.model.Label;
import io.qameta.allure.model.Parameter;
import io.qameta.allure.model.Stage;
import io.qameta.allure.model.Status;
import io.qameta.allure.model.StatusDetails;
import io.qameta.allure.model.TestResult;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * {@code allure-results/}: one Allure test result per objective, written with allure-java-commons, for teams
 * that collect their test evidence in Allure. Statuses: PASS passed, FAIL failed, INVALID broken,
 * INCONCLUSIVE broken (skipped when the gate's policy lets it pass), not covered skipped. A last result named
 * {@value #GATE_RESULT} is failed exactly when the gate fails; it carries {@code verdict.json} and the report's
 * charts (SVG) as attachments, which every objective references too.
 */
public final class AllureResultsFormat implements ReportFormat {

  public static final String DIRECTORY = "allure-results";
  public static final String GATE_RESULT = "gate";

  @Override
  public String id() {
    return "allure";
  }

  @Override
  public String fileName() {
    return DIRECTORY;
  }

  @Override
  public Path writeOut(ReportInput input, Path outputDirectory) {
    Path directory = outputDirectory.resolve(DIRECTORY);
    clear(directory);
    FileSystemResultsWriter writer = new FileSystemResultsWriter(directory);
    Evaluation evaluation = input.evaluation();
    List<Attachment> attachments = new ArrayList<>();
    attachments.add(attach(writer, "verdict.json", "application/json", "json",
        VerdictJson.render(evaluation, input.gate(), input.regression())));
    HtmlReportFormat.charts(input).forEach((name, svg) -> attachments.add(attach(writer, name, "image/svg+xml", "svg", svg)));
    long start = evaluation.run().epochStartMillis();
    long stop = input.record().isEmpty() ? start : input.record().endEpochSecondExclusive() * 1000;
    for (ObjectiveResult result : evaluation.results()) {
      ObjectiveRow row = ObjectiveRow.of(result);
      TestResult test = base(evaluation, result.name(), start, stop)
          .setStatus(status(result.verdict(), input.gate()))
          .setStatusDetails(new StatusDetails().setMessage(result.verdict() + ": " + Words.reason(result)))
          .setDescription(result.objective().description().orElse(row.measure() + " of " + row.series()))
          .setParameters(List.of(parameter("verdict", result.verdict().name()), parameter("measured", row.measured()),
              parameter("interval", row.interval()), parameter("target", row.target()), parameter("samples", row.samples()),
              parameter("phases", row.phases()), parameter("source", row.source())))
          .setAttachments(attachments);
      test.getLabels().add(new Label().setName("feature").setValue(result.objective().kind().id()));
      test.getLabels().add(new Label().setName("tag").setValue(result.verdict().name()));
      writer.write(test);
    }
    for (NotCovered item : evaluation.notCovered()) {
      TestResult test = base(evaluation, item.name(), start, stop)
          .setStatus(Status.SKIPPED)
          .setStatusDetails(new StatusDetails().setMessage("not covered: " + item.reason()));
      test.getLabels().add(new Label().setName("feature").setValue("not-verifiable"));
      writer.write(test);
    }
    GateDecision gate = input.gate();
    TestResult gateResult = base(evaluation, GATE_RESULT, start, stop)
        .setStatus(gate.passed() ? Status.PASSED : Status.FAILED)
        .setStatusDetails(new StatusDetails().setMessage(gate.describe() + ": " + Words.summary(evaluation)))
        .setDescription(String.join("\n", Words.notes(evaluation)))
        .setAttachments(attachments);
    writer.write(gateResult);
    EnvironmentProperties.write(directory, input);
    return directory;
  }

  static Status status(Verdict verdict, GateDecision gate) {
    return switch (verdict) {
      case PASS -> Status.PASSED;
      case FAIL -> Status.FAILED;
      case INVALID -> Status.BROKEN;
      case INCONCLUSIVE -> gate.policy().inconclusivePasses() ? Status.SKIPPED : Status.BROKEN;
    };
  }

  private static TestResult base(Evaluation evaluation, String name, long start, long stop) {
    String system = evaluation.spec().system();
    TestResult test = new TestResult()
        .setUuid(UUID.randomUUID().toString())
        .setHistoryId(UUID.nameUUIDFromBytes((system + "\n" + name).getBytes(StandardCharsets.UTF_8)).toString())
        .setTestCaseId(UUID.nameUUIDFromBytes((system + "\n" + name).getBytes(StandardCharsets.UTF_8)).toString())
        .setName(name)
        .setFullName(system + "." + name)
        .setStage(Stage.FINISHED)
        .setStart(start)
        .setStop(stop);
    test.getLabels().add(new Label().setName("parentSuite").setValue("slogate"));
    test.getLabels().add(new Label().setName("suite").setValue(system));
    test.getLabels().add(new Label().setName("subSuite").setValue(evaluation.run().runId()));
    test.getLabels().add(new Label().setName("framework").setValue("slogate"));
    return test;
  }

  private static Parameter parameter(String name, String value) {
    return new Parameter().setName(name).setValue(value);
  }

  private static Attachment attach(FileSystemResultsWriter writer, String name, String type, String extension, String content) {
    String source = UUID.randomUUID() + "-attachment." + extension;
    writer.write(source, new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)));
    return new Attachment().setName(name).setType(type).setSource(source);
  }

  /** Results of an earlier rendering would show up as extra tests: the folder holds exactly one run. */
  private static void clear(Path directory) {
    if (!Files.isDirectory(directory)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(directory)) {
      for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
        if (!path.equals(directory)) {
          Files.delete(path);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot clear " + directory + ": " + e.getMessage(), e);
    }
  }
}
