package dev.slogate.slo.spec;

import dev.slogate.config.YamlNode;
import dev.slogate.slo.plan.PhaseKind;
import dev.slogate.config.YamlNode.ListNode;
import dev.slogate.config.YamlNode.MapNode;
import dev.slogate.config.YamlNode.ScalarNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.stream.Stream;

/** Reads one entry of {@code objectives} into the record of its kind. */
final class ObjectiveReader {

  private static final List<String> COMMON = List.of("name", "kind", "description", "source");
  private static final List<String> WINDOW = concat(COMMON, "phases", "confidence", "minSamples", "request", "group");
  private static final Map<ObjectiveKind, List<String>> FIELDS = Map.of(
      ObjectiveKind.LATENCY, concat(WINDOW, "percentile", "threshold", "comparator", "outcome"),
      ObjectiveKind.THROUGHPUT, concat(WINDOW, "min"),
      ObjectiveKind.ERROR_RATE, concat(WINDOW, "max"),
      ObjectiveKind.ERROR_FREQUENCY, concat(WINDOW, "max", "window"),
      ObjectiveKind.AVAILABILITY, concat(WINDOW, "target"),
      ObjectiveKind.FAILOVER, concat(COMMON, "max", "percentile", "confidence", "minSamples", "experiment", "scalesWithStandIn"),
      ObjectiveKind.NOT_VERIFIABLE, concat(COMMON, "reason", "statement"));
  private static final Set<String> ANY_KIND_FIELDS = new LinkedHashSet<>();

  static {
    Arrays.stream(ObjectiveKind.values()).forEach(k -> ANY_KIND_FIELDS.addAll(FIELDS.get(k)));
  }

  private final SloSpecErrors errors;
  private final Quantities quantities;

  ObjectiveReader(SloSpecErrors errors) {
    this.errors = errors;
    this.quantities = new Quantities(errors);
  }

  Objective read(YamlNode node, String path, SpecDefaults defaults) {
    MapReader m = MapReader.of(node, path, errors, "an objective (a mapping with name, kind, ...)");
    if (!m.has("kind")) {
      m.allowOnly(ANY_KIND_FIELDS);
    }
    String kindText = m.requireText("kind", "one of: " + String.join(", ", ObjectiveKind.ids()));
    ObjectiveKind kind = ObjectiveKind.fromId(kindText)
        .orElseThrow(() -> m.error("kind", SloSpecErrors.unknown("kind '" + kindText + "'", kindText, ObjectiveKind.ids())));
    checkFields(m, kind);
    String name = m.requireText("name", "every objective needs a unique name");
    Optional<Citation> source = m.map("source", "a mapping with document, section and quote").map(this::citation);
    Optional<String> description = m.text("description");
    return switch (kind) {
      case LATENCY -> latency(m, name, source, description, defaults);
      case THROUGHPUT -> new ThroughputObjective(
          name, source, description, judging(m, defaults), selector(m),
          quantities.perSecond(m.requireScalar("min", "the minimum rate, such as 100/s"), m.childPath("min")));
      case ERROR_RATE -> new ErrorRateObjective(
          name, source, description, judging(m, defaults), selector(m), maxShare(m));
      case ERROR_FREQUENCY -> new ErrorFrequencyObjective(
          name, source, description, judging(m, defaults), selector(m),
          quantities.perSecond(m.requireScalar("max", "the most failed requests per second, such as 0.1/s"), m.childPath("max")),
          quantities.window(m.requireScalar("window", "the sliding window of the alert, such as 5m"), m.childPath("window")));
      case AVAILABILITY -> new AvailabilityObjective(
          name, source, description, judging(m, defaults), selector(m), availabilityTarget(m));
      case FAILOVER -> failover(m, name, source, description, defaults);
      case NOT_VERIFIABLE -> new NotVerifiableObjective(
          name, source, description,
          m.requireText("reason", "say why a load test cannot verify it"), m.text("statement"));
    };
  }

  private void checkFields(MapReader m, ObjectiveKind kind) {
    List<String> allowed = FIELDS.get(kind);
    for (String key : m.keys()) {
      if (allowed.contains(key)) {
        continue;
      }
      if (SloSpecErrors.closest(key, allowed) == null && ANY_KIND_FIELDS.contains(key)) {
        String article = "aeiou".indexOf(kind.id().charAt(0)) >= 0 ? "an " : "a ";
        throw m.errorAtKey(key, "not a field of " + article + kind.id() + " objective (its fields: " + String.join(", ", allowed) + ")");
      }
      throw m.errorAtKey(key, SloSpecErrors.unknown("field", key, allowed));
    }
  }

  private LatencyObjective latency(
      MapReader m, String name, Optional<Citation> source, Optional<String> description, SpecDefaults defaults) {
    double percentile = quantities.percentile(m.requireScalar("percentile", "such as 99 or 99.9"), m.childPath("percentile"));
    ScalarNode thresholdNode = m.requireScalar("threshold", "such as 100ms, or '<= 100ms'");
    String thresholdText = thresholdNode.text().trim();
    Comparison comparison = Comparison.LESS;
    String prefix = thresholdText.startsWith("<=") || thresholdText.startsWith(">=") ? thresholdText.substring(0, 2)
        : thresholdText.startsWith("<") || thresholdText.startsWith(">") ? thresholdText.substring(0, 1) : "";
    if (!prefix.isEmpty()) {
      if (m.has("comparator")) {
        throw m.error("comparator", "the threshold already has a comparator ('" + prefix + "'); give it in one place");
      }
      comparison = Comparison.parse(prefix).orElseThrow();
      thresholdNode = new ScalarNode(thresholdNode.position(), thresholdText.substring(prefix.length()), thresholdNode.type());
    } else if (m.has("comparator")) {
      String text = m.requireText("comparator", "one of <, <=, >, >=");
      comparison = Comparison.parse(text)
          .orElseThrow(() -> m.error("comparator", "unknown comparator '" + text + "' (use <, <=, > or >=)"));
    }
    double thresholdMillis = quantities.millis(thresholdNode, m.childPath("threshold"));
    LatencyOutcome outcome = m.text("outcome").map(text -> outcome(m, text)).orElse(defaults.outcome());
    return new LatencyObjective(
        name, source, description, judging(m, defaults), selector(m), percentile, outcome, comparison, thresholdMillis);
  }

  private FailoverObjective failover(
      MapReader m, String name, Optional<Citation> source, Optional<String> description, SpecDefaults defaults) {
    double max = quantities.millis(m.requireScalar("max", "the longest acceptable failover time, such as 5s"), m.childPath("max"));
    OptionalDouble percentile = m.scalar("percentile")
        .map(p -> OptionalDouble.of(quantities.percentile(p, m.childPath("percentile"))))
        .orElse(OptionalDouble.empty());
    double confidence = m.scalar("confidence").map(c -> quantities.confidence(c, m.childPath("confidence"))).orElse(defaults.confidence());
    long minSamples = m.scalar("minSamples").map(c -> quantities.positiveCount(c, m.childPath("minSamples"))).orElse(0L);
    Optional<String> experiment = m.text("experiment");
    boolean scalesWithStandIn = m.bool("scalesWithStandIn").orElse(false);
    return new FailoverObjective(name, source, description, max, percentile, confidence, minSamples, experiment,
        scalesWithStandIn);
  }

  private double maxShare(MapReader m) {
    ScalarNode node = m.requireScalar("max", "the largest acceptable share of failed requests, such as 0.1%");
    double max = quantities.share(node, m.childPath("max"));
    if (!(max > 0)) {
      throw m.error("max", "must be above 0%: no finite run can show an error rate of exactly zero (use e.g. 0.01%)");
    }
    if (!(max < 1)) {
      throw m.error("max", "must be below 100%, got " + node.describe());
    }
    return max;
  }

  private double availabilityTarget(MapReader m) {
    ScalarNode node = m.requireScalar("target", "the SLO, such as 99.9%");
    double target = quantities.share(node, m.childPath("target"));
    if (!(target < 1)) {
      throw m.error("target", "must be below 100%: a 100% objective has no error budget and no run can show it");
    }
    if (!(target > 0)) {
      throw m.error("target", "must be above 0%, got " + node.describe());
    }
    return target;
  }

  Judging judging(MapReader m, SpecDefaults defaults) {
    List<PhaseSelector> phases = m.get("phases").map(node -> phases(node, m.childPath("phases"))).orElse(defaults.phases());
    double confidence = m.scalar("confidence").map(c -> quantities.confidence(c, m.childPath("confidence"))).orElse(defaults.confidence());
    long minSamples = m.scalar("minSamples").map(c -> quantities.positiveCount(c, m.childPath("minSamples"))).orElse(0L);
    return new Judging(phases, confidence, minSamples);
  }

  RequestSelector selector(MapReader m) {
    if (m.has("request") && m.has("group")) {
      throw m.errorAtKey("group", "give either request or group, not both");
    }
    if (m.has("request")) {
      return RequestSelector.request(m.requireText("request", "a request name or a glob such as 'GET /api/*'"));
    }
    if (m.has("group")) {
      return RequestSelector.group(m.requireText("group", "a group name or path such as 'checkout / pay'"));
    }
    return RequestSelector.allRequests();
  }

  /** {@code steady}, {@code [steady, recovery]}, {@code [all]}, {@code [{name: fault-1}]}. */
  List<PhaseSelector> phases(YamlNode node, String path) {
    List<YamlNode> items = node instanceof ListNode list ? list.items() : List.of(node);
    if (items.isEmpty()) {
      throw errors.at(node.position(), path, "must name at least one phase (the default is [steady])");
    }
    List<PhaseSelector> selectors = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      YamlNode item = items.get(i);
      String itemPath = node instanceof ListNode ? path + "[" + i + "]" : path;
      selectors.add(item instanceof MapNode ? namedPhase(item, itemPath) : phaseKind(item, itemPath));
    }
    return selectors;
  }

  private PhaseSelector namedPhase(YamlNode item, String path) {
    MapReader phase = MapReader.of(item, path, errors, "a phase kind or {name: <phase name>}");
    phase.allowOnly(List.of("name"));
    return PhaseSelector.named(phase.requireText("name", "the name of a phase in the run plan"));
  }

  private PhaseSelector phaseKind(YamlNode item, String path) {
    if (!(item instanceof ScalarNode scalar) || scalar.isNull() || scalar.text().isBlank()) {
      throw errors.at(item.position(), path, "expected a phase kind or {name: <phase name>}, got " + item.describe());
    }
    String text = scalar.text().trim();
    if (text.equals("all")) {
      return PhaseSelector.all();
    }
    try {
      return PhaseSelector.ofKind(PhaseKind.parse(text));
    } catch (IllegalArgumentException e) {
      List<String> known = Stream.concat(Arrays.stream(PhaseKind.values()).map(PhaseKind::id), Stream.of("all")).toList();
      throw errors.at(item.position(), path, SloSpecErrors.unknown("phase kind '" + text + "'", text, known)
          + "; to name one phase write {name: " + text + "}");
    }
  }

  LatencyOutcome outcome(MapReader m, String text) {
    return switch (text) {
      case "all" -> LatencyOutcome.ALL;
      case "ok" -> LatencyOutcome.OK;
      default -> throw m.error("outcome", "unknown outcome '" + text + "' (use all or ok)");
    };
  }

  private Citation citation(MapReader source) {
    source.allowOnly(List.of("document", "section", "quote"));
    return new Citation(source.requireText("document", "the document that promises this objective"), source.text("section"),
        source.text("quote"));
  }

  private static List<String> concat(List<String> base, String... more) {
    return Stream.concat(base.stream(), Arrays.stream(more)).toList();
  }
}
