package dev.slogate.slo.spec;

import dev.slogate.config.YamlNode;
import dev.slogate.config.YamlNode.ListNode;
import dev.slogate.config.YamlNode.MapNode;
import dev.slogate.config.YamlNode.ScalarNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Imports OpenSLO v1 {@code SLO} documents into slogate's model. The subset, and why:
 *
 * <ul>
 *   <li>A {@code thresholdMetric} objective ({@code op}, {@code value}, {@code target}) becomes a latency
 *       objective: "99% of requests below 500" is "p99 &lt; 500". {@code gt}/{@code gte} flip the percentile.
 *       OpenSLO values have no unit, so the unit comes from the annotation {@code slogate.dev/unit} or from a
 *       query naming {@code _seconds} or {@code _milliseconds}; otherwise the import fails rather than guess.
 *   <li>A {@code ratioMetric} objective ({@code target}) becomes an availability objective on Gatling's OK/KO
 *       status.
 *   <li>Only the Occurrences budgeting method: a load test counts requests, not time slices.
 *   <li>{@code indicatorRef} resolves to an {@code SLI} document of the same file. {@code Service} documents
 *       give the description; {@code DataSource} and alerting documents, {@code timeWindow} and
 *       {@code alertPolicies} are about production monitoring and are skipped.
 *   <li>Annotations {@code slogate.dev/request}, {@code slogate.dev/group}, {@code slogate.dev/phases} (comma
 *       separated) and {@code slogate.dev/confidence} set what slogate's own format would.
 * </ul>
 */
final class OpenSloImporter {

  static final String API_VERSION = "openslo/v1";
  private static final List<String> DOCUMENT_FIELDS = List.of("apiVersion", "kind", "metadata", "spec");
  private static final List<String> METADATA_FIELDS = List.of("name", "displayName", "labels", "annotations");
  private static final List<String> SLO_FIELDS = List.of(
      "description", "service", "indicator", "indicatorRef", "timeWindow", "budgetingMethod", "objectives", "alertPolicies");
  private static final List<String> SLI_FIELDS = List.of("description", "thresholdMetric", "ratioMetric");
  private static final List<String> OBJECTIVE_FIELDS =
      List.of("displayName", "op", "value", "target", "targetPercent", "timeSliceTarget", "timeSliceWindow");
  private static final List<String> RATIO_FIELDS = List.of("counter", "good", "bad", "total", "rawType", "raw");
  private static final List<String> ANNOTATIONS = List.of(
      "slogate.dev/unit", "slogate.dev/request", "slogate.dev/group", "slogate.dev/phases", "slogate.dev/confidence", "slogate.dev/version");
  private static final Set<String> SKIPPED_KINDS = Set.of("DataSource", "AlertPolicy", "AlertCondition", "AlertNotificationTarget");

  private final SloSpecErrors errors;
  private final ObjectiveReader objectives;
  private final Quantities quantities;

  OpenSloImporter(SloSpecErrors errors) {
    this.errors = errors;
    this.objectives = new ObjectiveReader(errors);
    this.quantities = new Quantities(errors);
  }

  static boolean isOpenSlo(YamlNode document) {
    return document instanceof MapNode map
        && map.entries().get("apiVersion") != null
        && map.entries().get("apiVersion").value() instanceof ScalarNode s
        && s.text().startsWith("openslo/");
  }

  SloSpec importDocuments(List<YamlNode> documents) {
    Map<String, MapReader> indicators = new HashMap<>();
    List<MapReader> slos = new ArrayList<>();
    Optional<String> serviceDescription = Optional.empty();
    for (int i = 0; i < documents.size(); i++) {
      String path = documents.size() == 1 ? "" : "document[" + i + "]";
      MapReader doc = MapReader.of(documents.get(i), path, errors, "an OpenSLO document");
      doc.allowOnly(DOCUMENT_FIELDS);
      String apiVersion = doc.requireText("apiVersion", API_VERSION);
      if (!apiVersion.equals(API_VERSION)) {
        throw doc.error("apiVersion", "unsupported apiVersion '" + apiVersion + "' (slogate imports " + API_VERSION + ")");
      }
      String kind = doc.requireText("kind", "SLO, SLI or Service");
      switch (kind) {
        case "SLO" -> slos.add(doc);
        case "SLI" -> indicators.put(name(doc), doc.map("spec", "an SLI spec").orElseThrow(() -> doc.missing("spec", "")));
        case "Service" -> serviceDescription = doc.map("spec", "a Service spec").flatMap(s -> s.text("description"));
        default -> {
          if (!SKIPPED_KINDS.contains(kind)) {
            throw doc.error("kind", "unsupported OpenSLO kind '" + kind + "' (slogate imports SLO, SLI and Service)");
          }
        }
      }
    }
    if (slos.isEmpty()) {
      throw errors.at(new YamlNode.Position(1, 1), "", "no OpenSLO document of kind SLO in this file");
    }
    List<Objective> imported = new ArrayList<>();
    String system = null;
    Optional<String> version = Optional.empty();
    Optional<String> description = serviceDescription;
    for (MapReader slo : slos) {
      MapReader spec = slo.map("spec", "an SLO spec").orElseThrow(() -> slo.missing("spec", ""));
      spec.allowOnly(SLO_FIELDS);
      String service = spec.requireText("service", "the service this SLO is about");
      if (system == null) {
        system = service;
        description = description.or(() -> spec.text("description"));
        version = annotations(slo).text("slogate.dev/version");
      } else if (!system.equals(service)) {
        throw spec.error("service", "all SLOs of one file must be about one service: '" + system + "' and '" + service + "'");
      }
      imported.addAll(importSlo(slo, spec, indicators));
    }
    Map<String, Integer> names = new HashMap<>();
    for (Objective objective : imported) {
      if (names.merge(objective.name(), 1, Integer::sum) > 1) {
        throw errors.at(new YamlNode.Position(1, 1), "", "two imported objectives are both named '" + objective.name() + "'");
      }
    }
    return new SloSpec(system, version.orElse(API_VERSION), description, SpecDefaults.STANDARD, imported, errors.origin());
  }

  private List<Objective> importSlo(MapReader slo, MapReader spec, Map<String, MapReader> indicators) {
    String sloName = name(slo);
    MapReader annotations = annotations(slo);
    String method = spec.text("budgetingMethod").orElse("Occurrences");
    if (!method.equals("Occurrences")) {
      throw spec.error("budgetingMethod", "budgetingMethod " + method
          + " is not supported: slogate judges the requests of one run (use Occurrences)");
    }
    MapReader indicator = indicator(spec, indicators);
    boolean threshold = indicator.has("thresholdMetric");
    if (threshold == indicator.has("ratioMetric")) {
      throw indicator.error("the indicator needs exactly one of thresholdMetric and ratioMetric");
    }
    if (!threshold) {
      MapReader ratio = indicator.map("ratioMetric", "a ratio metric").orElseThrow(() -> indicator.missing("ratioMetric", ""));
      ratio.allowOnly(RATIO_FIELDS);
      if (ratio.has("good") && ratio.has("bad")) {
        throw ratio.errorAtKey("bad", "give either good or bad, not both");
      }
    }
    ListNode list = spec.list("objectives").orElseThrow(() -> spec.missing("objectives", "at least one objective"));
    if (list.items().isEmpty()) {
      throw errors.at(list.position(), spec.childPath("objectives"), "must hold at least one objective");
    }
    Judging judging = judging(annotations);
    RequestSelector selector = selector(annotations);
    Citation citation = new Citation(errors.origin(), Optional.of("SLO " + sloName));
    Optional<String> description = spec.text("description");
    List<Objective> result = new ArrayList<>();
    for (int i = 0; i < list.items().size(); i++) {
      MapReader o = MapReader.of(list.items().get(i), spec.childPath("objectives") + "[" + i + "]", errors, "an objective");
      o.allowOnly(OBJECTIVE_FIELDS);
      for (String timeslice : List.of("timeSliceTarget", "timeSliceWindow")) {
        if (o.has(timeslice)) {
          throw o.errorAtKey(timeslice, "time slices are not supported: slogate judges request occurrences");
        }
      }
      String name = list.items().size() == 1 ? sloName : sloName + "/" + o.text("displayName").orElse(String.valueOf(i));
      double target = target(o);
      result.add(threshold
          ? latency(o, name, citation, description, judging, selector, target, unitFactor(annotations, indicator, o))
          : ratio(o, name, citation, description, judging, selector, target));
    }
    return result;
  }

  private LatencyObjective latency(MapReader o, String name, Citation citation, Optional<String> description,
      Judging judging, RequestSelector selector, double target, double unitFactor) {
    String op = o.requireText("op", "lt, lte, gt or gte");
    Comparison comparison = Comparison.parse(op)
        .filter(c -> !op.startsWith("<") && !op.startsWith(">"))
        .orElseThrow(() -> o.error("op", "unknown op '" + op + "' (use lt, lte, gt or gte)"));
    double value = quantities.number(o.requireScalar("value", "the latency threshold"), o.childPath("value"), "a number");
    if (!(value > 0)) {
      throw o.error("value", "must be above 0");
    }
    // "target of events have latency < value": the target-quantile for lt/lte, the (1 - target)-quantile for gt/gte.
    double percentile = comparison.isUpperLimit() ? target * 100 : (1 - target) * 100;
    return new LatencyObjective(name, Optional.of(citation), description, judging, selector, percentile,
        LatencyOutcome.ALL, comparison, value * unitFactor);
  }

  private AvailabilityObjective ratio(MapReader o, String name, Citation citation, Optional<String> description,
      Judging judging, RequestSelector selector, double target) {
    for (String field : List.of("op", "value")) {
      if (o.has(field)) {
        throw o.errorAtKey(field, field + " applies only to a thresholdMetric indicator");
      }
    }
    return new AvailabilityObjective(name, Optional.of(citation), description, judging, selector, target);
  }

  private double target(MapReader o) {
    if (o.has("target") == o.has("targetPercent")) {
      throw o.error("give exactly one of target and targetPercent");
    }
    boolean percent = o.has("targetPercent");
    String field = percent ? "targetPercent" : "target";
    double number = quantities.number(o.requireScalar(field, ""), o.childPath(field), "a number");
    double target = percent ? java.math.BigDecimal.valueOf(number).movePointLeft(2).doubleValue() : number;
    if (!(target > 0 && target < 1)) {
      throw o.error(field, percent ? "must be above 0 and below 100" : "must be above 0 and below 1");
    }
    return target;
  }

  private double unitFactor(MapReader annotations, MapReader indicator, MapReader objective) {
    Optional<String> unit = annotations.text("slogate.dev/unit");
    if (unit.isPresent()) {
      return switch (unit.get()) {
        case "us", "µs" -> 0.001;
        case "ms" -> 1;
        case "s" -> 1000;
        default -> throw annotations.error("slogate.dev/unit", "unknown unit '" + unit.get() + "' (use us, ms or s)");
      };
    }
    String text = flatten(indicator).toLowerCase(Locale.ROOT);
    if (text.contains("_seconds")) {
      return 1000;
    }
    if (text.contains("_milliseconds") || text.contains("_ms")) {
      return 1;
    }
    throw objective.error("value", "cannot tell the unit of this value: add the annotation slogate.dev/unit (ms, s or us) to the SLO's metadata.annotations");
  }

  private MapReader indicator(MapReader spec, Map<String, MapReader> indicators) {
    if (spec.has("indicator") == spec.has("indicatorRef")) {
      throw spec.error("give exactly one of indicator and indicatorRef");
    }
    MapReader sliSpec;
    if (spec.has("indicatorRef")) {
      String ref = spec.requireText("indicatorRef", "");
      sliSpec = indicators.get(ref);
      if (sliSpec == null) {
        throw spec.error("indicatorRef", "no SLI named '" + ref + "' in this file (slogate resolves references within the file only)");
      }
    } else {
      MapReader inline = spec.map("indicator", "an SLI").orElseThrow(() -> spec.missing("indicator", ""));
      inline.allowOnly(List.of("metadata", "spec"));
      sliSpec = inline.map("spec", "an SLI spec").orElseThrow(() -> inline.missing("spec", "thresholdMetric or ratioMetric"));
    }
    sliSpec.allowOnly(SLI_FIELDS);
    return sliSpec;
  }

  private Judging judging(MapReader annotations) {
    List<PhaseSelector> phases = annotations.scalar("slogate.dev/phases")
        .map(s -> commaSeparatedPhases(s, annotations.childPath("slogate.dev/phases")))
        .orElse(SpecDefaults.STANDARD.phases());
    double confidence = annotations.scalar("slogate.dev/confidence")
        .map(c -> quantities.confidence(c, annotations.childPath("slogate.dev/confidence")))
        .orElse(SpecDefaults.STANDARD.confidence());
    return new Judging(phases, confidence, 0);
  }

  private List<PhaseSelector> commaSeparatedPhases(ScalarNode value, String path) {
    List<YamlNode> items = new ArrayList<>();
    for (String part : value.text().split(",")) {
      items.add(new ScalarNode(value.position(), part.trim(), YamlNode.ScalarType.STRING));
    }
    return objectives.phases(new ListNode(value.position(), items), path);
  }

  private RequestSelector selector(MapReader annotations) {
    if (annotations.has("slogate.dev/request") && annotations.has("slogate.dev/group")) {
      throw annotations.errorAtKey("slogate.dev/group", "give either slogate.dev/request or slogate.dev/group, not both");
    }
    return annotations.text("slogate.dev/request").map(RequestSelector::request)
        .or(() -> annotations.text("slogate.dev/group").map(RequestSelector::group))
        .orElse(RequestSelector.allRequests());
  }

  private MapReader annotations(MapReader doc) {
    MapReader metadata = doc.map("metadata", "a mapping with name").orElseThrow(() -> doc.missing("metadata", "with a name"));
    MapReader annotations = metadata.map("annotations", "a mapping of annotations")
        .orElseGet(() -> MapReader.of(new MapNode(metadata.position(), Map.of()), metadata.childPath("annotations"), errors, ""));
    for (String key : annotations.keys()) {
      if (key.startsWith("slogate.dev/") && !ANNOTATIONS.contains(key)) {
        throw annotations.errorAtKey(key, SloSpecErrors.unknown("slogate annotation", key, ANNOTATIONS));
      }
    }
    return annotations;
  }

  private String name(MapReader doc) {
    MapReader metadata = doc.map("metadata", "a mapping with name").orElseThrow(() -> doc.missing("metadata", "with a name"));
    metadata.allowOnly(METADATA_FIELDS);
    return metadata.requireText("name", "");
  }

  /** Every scalar below a node, joined: where a query's metric name (and so its unit) can be found. */
  private static String flatten(MapReader reader) {
    StringBuilder text = new StringBuilder();
    reader.keys().forEach(key -> reader.get(key).ifPresent(node -> flatten(node, text)));
    return text.toString();
  }

  private static void flatten(YamlNode node, StringBuilder text) {
    if (node instanceof ScalarNode scalar) {
      text.append(scalar.text()).append(' ');
    } else if (node instanceof ListNode list) {
      list.items().forEach(item -> flatten(item, text));
    } else if (node instanceof MapNode map) {
      map.entries().values().forEach(entry -> flatten(entry.value(), text));
    }
  }
}
