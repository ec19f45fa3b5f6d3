package dev.slogate.reports.internal.verdict;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.slogate.reports.words.Words;
import dev.slogate.config.AtomicFiles;
import dev.slogate.slo.baseline.Regression;
import dev.slogate.slo.chaos.FaultWindow;
import dev.slogate.slo.eval.ErrorBudget;
import dev.slogate.slo.eval.Evaluation;
import dev.slogate.slo.eval.Measurement;
import dev.slogate.slo.eval.NotCovered;
import dev.slogate.slo.eval.ObjectiveResult;
import dev.slogate.slo.eval.PhaseHealth;
import dev.slogate.slo.eval.PhaseValidity;
import dev.slogate.slo.gate.GateDecision;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;

/**
 * {@code verdict.json}, schema {@value #SCHEMA}: the machine-readable outcome of a run, documented in
 * {@code reports/README.md}. Every report a person reads is rendered from the same Evaluation, so none
 * can say PASS where this file does not.
 */
public final class VerdictJson {

  public static final String SCHEMA = "slogate.verdict/v2";
  public static final String FILE_NAME = "verdict.json";

  private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private VerdictJson() {}

  public static ObjectNode toTree(Evaluation evaluation, GateDecision gate) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("schema", SCHEMA);
    root.put("runId", evaluation.run().runId());
    root.put("simulation", evaluation.run().simulation());
    root.put("startedAt", Instant.ofEpochMilli(evaluation.run().epochStartMillis()).toString());
    root.put("gatlingVersion", evaluation.run().gatlingVersion());
    root.put("recordComplete", evaluation.run().complete());
    ObjectNode slo = root.putObject("slo");
    slo.put("system", evaluation.spec().system());
    slo.put("version", evaluation.spec().version());
    slo.put("origin", evaluation.spec().origin());
    root.put("verdict", evaluation.verdict().name());
    root.put("summary", Words.summary(evaluation));
    ObjectNode gateNode = root.putObject("gate");
    gateNode.put("passed", gate.passed());
    gateNode.put("exitCode", gate.exitCode());
    gateNode.put("inconclusive", gate.policy().inconclusive());
    root.put("planProvided", evaluation.planProvided());
    ArrayNode objectives = root.putArray("objectives");
    evaluation.results().forEach(result -> objectives.add(objective(result)));
    ArrayNode notCovered = root.putArray("notCovered");
    for (NotCovered item : evaluation.notCovered()) {
      ObjectNode node = notCovered.addObject();
      node.put("name", item.name());
      node.put("reason", item.reason());
      item.objective().source().ifPresent(source -> {
        node.put("sourceDocument", source.document());
        source.section().ifPresent(section -> node.put("sourceSection", section));
      });
    }
    ArrayNode phases = root.putArray("phases");
    evaluation.phases().forEach(phase -> phases.add(phase(phase)));
    ArrayNode budgets = root.putArray("errorBudgets");
    evaluation.errorBudgets().forEach(budget -> budgets.add(budget(budget)));
    ArrayNode faults = root.putArray("faults");
    evaluation.faults().forEach(fault -> faults.add(fault(fault)));
    ArrayNode notes = root.putArray("notes");
    Words.notes(evaluation).forEach(notes::add);
    return root;
  }

  /**
   * The tree with a {@code regression} block: the baseline comparison's status, baseline run and reason. Its
   * relative objectives are already among {@code objectives} (names ending in {@code -vs-baseline}).
   */
  public static ObjectNode toTree(Evaluation evaluation, GateDecision gate, Regression regression) {
    ObjectNode root = toTree(evaluation, gate);
    ObjectNode node = root.putObject("regression");
    node.put("status", regression.status().name());
    if (regression.baselineRunId() != null) {
      node.put("baselineRunId", regression.baselineRunId());
      node.put("baselineOrigin", regression.baselineOrigin());
    } else {
      node.putNull("baselineRunId");
    }
    node.put("reason", Words.regression(regression));
    node.put("tolerance", regression.criteria().tolerance());
    node.put("slackMillis", regression.criteria().slackMillis());
    ArrayNode relative = node.putArray("objectives");
    regression.results().forEach(result -> relative.add(result.name()));
    return root;
  }

  public static String render(Evaluation evaluation, GateDecision gate, Regression regression) {
    return render(toTree(evaluation, gate, regression));
  }

  /** Writes the file, regression block included, atomically. */
  public static void write(Evaluation evaluation, GateDecision gate, Regression regression, Path file) {
    writeText(render(evaluation, gate, regression), file);
  }

  public static String render(Evaluation evaluation, GateDecision gate) {
    return render(toTree(evaluation, gate));
  }

  private static String render(ObjectNode tree) {
    try {
      return MAPPER.writeValueAsString(tree) + System.lineSeparator();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes the file atomically: a CI system reading it never sees half a verdict. */
  public static void write(Evaluation evaluation, GateDecision gate, Path file) {
    writeText(render(evaluation, gate), file);
  }

  private static void writeText(String text, Path file) {
    try {
      AtomicFiles.writeString(file, text);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
    }
  }

  private static ObjectNode objective(ObjectiveResult result) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("name", result.name());
    node.put("kind", result.objective().kind().id());
    node.put("verdict", result.verdict().name());
    node.put("reason", Words.reason(result));
    node.put("measure", result.measure());
    node.put("series", result.series());
    result.phases().forEach(node.putArray("phases")::add);
    Measurement m = result.measurement();
    if (m != null) {
      node.put("unit", m.unit().symbol());
      putNumber(node, "estimate", m.estimate());
      ObjectNode interval = node.putObject("interval");
      putNumber(interval, "low", m.low());
      putNumber(interval, "high", m.high());
      interval.put("confidence", m.confidence());
      ObjectNode bounds = node.putObject("bounds");
      putNumber(bounds, "lower", m.lowerBound());
      putNumber(bounds, "upper", m.upperBound());
      node.put("samples", m.samples());
      node.put("requiredSamples", m.requiredSamples());
    }
    if (result.target() != null) {
      ObjectNode target = node.putObject("target");
      target.put("comparison", result.target().comparison().symbol());
      target.put("value", result.target().value());
      target.put("unit", result.target().unit().symbol());
      target.put("text", Words.threshold(result.target()));
    }
    result.objective().source().ifPresent(source -> {
      ObjectNode citation = node.putObject("source");
      citation.put("document", source.document());
      source.section().ifPresent(section -> citation.put("section", section));
    });
    return node;
  }

  private static ObjectNode phase(PhaseValidity validity) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("name", validity.window().phase());
    validity.window().kind().ifPresent(kind -> node.put("kind", kind.id()));
    node.put("fromEpochSecond", validity.window().fromEpochSecond());
    node.put("toEpochSecond", validity.window().toEpochSecondExclusive());
    node.put("seconds", validity.window().seconds());
    node.put("load", validity.status().name());
    node.put("achievedArrivals", validity.achievedArrivals());
    if (validity.plannedArrivals().isPresent()) {
      node.put("plannedArrivals", validity.plannedArrivals().getAsDouble());
    }
    node.put("reason", Words.load(validity));
    validity.scheduleLag().ifPresentOrElse(lag -> {
      ObjectNode lagNode = node.putObject("scheduleLag");
      lagNode.put("maxMillis", lag.maxMillis());
      lagNode.put("p99Millis", lag.p99Millis());
      lagNode.put("allowedMillis", lag.allowedMillis());
    }, () -> node.putNull("scheduleLag"));
    node.set("injectorHealth", health(validity.health()));
    return node;
  }

  /** The injector's health in the phase: status, reason and, when sampled, the figures (null where unknown). */
  private static ObjectNode health(PhaseHealth health) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("status", health.status().name());
    node.put("reason", Words.health(health));
    health.figures().ifPresent(f -> {
      node.put("windowSeconds", f.windowSeconds());
      node.put("sampledSeconds", f.sampledSeconds());
      number(node, "hiccupP99Millis", f.hiccupP99Millis());
      number(node, "hiccupMaxMillis", f.hiccupMaxMillis());
      number(node, "machineCpu", f.machineCpu());
      node.put("saturatedSeconds", f.saturatedSeconds());
      number(node, "processCpu", f.processCpu());
      node.put("gcPauseMillis", f.gcPauseMillis());
      count(node, "peakDescriptors", f.peakDescriptors());
      count(node, "descriptorLimit", f.descriptorLimit());
      count(node, "peakConnections", f.peakConnections());
    });
    return node;
  }

  private static void number(ObjectNode node, String field, double value) {
    if (Double.isNaN(value)) {
      node.putNull(field);
    } else {
      node.put(field, value);
    }
  }

  private static void count(ObjectNode node, String field, long value) {
    if (value < 0) {
      node.putNull(field);
    } else {
      node.put(field, value);
    }
  }

  private static ObjectNode budget(ErrorBudget budget) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("objective", budget.objective());
    node.put("slo", budget.slo());
    node.put("budget", budget.budget());
    node.put("requests", budget.requests());
    node.put("failed", budget.failed());
    node.put("allowedFailures", budget.allowedFailures());
    node.put("observedErrorRatio", budget.observedErrorRatio());
    node.put("consumed", budget.consumed());
    node.put("remaining", budget.remaining());
    node.put("burnRate", budget.burnRate());
    ArrayNode shares = node.putArray("faultShares");
    for (ErrorBudget.FaultBudgetShare share : budget.faultShares()) {
      ObjectNode s = shares.addObject();
      s.put("experiment", share.experiment());
      s.put("fault", share.fault());
      s.put("failedRequests", share.failedRequests());
      s.put("share", share.share());
    }
    return node;
  }

  private static ObjectNode fault(FaultWindow fault) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("experiment", fault.experiment());
    node.put("fault", fault.fault());
    node.put("injectedAt", Instant.ofEpochMilli(fault.injectedAtEpochMillis()).toString());
    if (fault.recoveredAtEpochMillis() != null) {
      node.put("recoveredAt", Instant.ofEpochMilli(fault.recoveredAtEpochMillis()).toString());
    }
    if (fault.failoverMillis() != null) {
      node.put("failoverMillis", fault.failoverMillis());
    } else {
      node.putNull("failoverMillis");
    }
    node.put("downtimeMillis", fault.downtimeMillis());
    node.put("gatlingKoInWindow", fault.gatlingKoInWindow());
    return node;
  }

  private static void putNumber(ObjectNode node, String field, Double value) {
    if (value == null || value.isNaN() || value.isInfinite()) {
      node.putNull(field);
    } else {
      node.put(field, value);
    }
  }
}
