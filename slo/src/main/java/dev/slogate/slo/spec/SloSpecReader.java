package dev.slogate.slo.spec;

import dev.slogate.config.YamlNode;
import dev.slogate.config.YamlNode.Entry;
import dev.slogate.config.YamlNode.ListNode;
import dev.slogate.config.YamlNode.ScalarNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads slogate's own SLO format (one YAML document: system, version, defaults, objectives). */
final class SloSpecReader {

  private static final List<String> TOP_FIELDS = List.of("system", "version", "description", "defaults", "objectives", "readiness");
  private static final List<String> DEFAULT_FIELDS = List.of("phases", "confidence", "outcome");

  private final SloSpecErrors errors;
  private final ObjectiveReader objectives;
  private final Quantities quantities;

  SloSpecReader(SloSpecErrors errors) {
    this.errors = errors;
    this.objectives = new ObjectiveReader(errors);
    this.quantities = new Quantities(errors);
  }

  SloSpec read(YamlNode root) {
    MapReader top = MapReader.of(root, "", errors, "a mapping with system, version and objectives");
    top.allowOnly(TOP_FIELDS);
    String system = top.requireText("system", "the name of the system these objectives are about");
    String version = top.requireText("version", "the version of this SLO file, such as \"1\"");
    SpecDefaults defaults = top.map("defaults", "a mapping with phases, confidence or outcome")
        .map(this::defaults)
        .orElse(SpecDefaults.STANDARD);
    ListNode list = top.list("objectives").orElseThrow(() -> top.missing("objectives", "a list of objectives"));
    if (list.items().isEmpty()) {
      throw errors.at(list.position(), "objectives", "must hold at least one objective");
    }
    List<Objective> read = new ArrayList<>();
    Map<String, Integer> firstLine = new HashMap<>();
    for (int i = 0; i < list.items().size(); i++) {
      String path = "objectives[" + i + "]";
      Objective objective = objectives.read(list.items().get(i), path, defaults);
      Integer earlier = firstLine.putIfAbsent(objective.name(), nameLine(list.items().get(i)));
      if (earlier != null) {
        throw errors.at(namePosition(list.items().get(i)), path + ".name",
            "duplicate objective name '" + objective.name() + "' (first at line " + earlier + ")");
      }
      read.add(objective);
    }
    Optional<Readiness> readiness = top.map("readiness", "a mapping with simulation and experiments")
        .map(new ReadinessReader(errors)::read);
    return new SloSpec(system, version, top.text("description"), defaults, read, errors.origin(), readiness);
  }

  private SpecDefaults defaults(MapReader m) {
    m.allowOnly(DEFAULT_FIELDS);
    SpecDefaults standard = SpecDefaults.STANDARD;
    return new SpecDefaults(
        m.get("phases").map(node -> objectives.phases(node, m.childPath("phases"))).orElse(standard.phases()),
        m.scalar("confidence").map(c -> quantities.confidence(c, m.childPath("confidence"))).orElse(standard.confidence()),
        m.text("outcome").map(text -> objectives.outcome(m, text)).orElse(standard.outcome()));
  }

  private static YamlNode.Position namePosition(YamlNode objective) {
    Entry name = ((YamlNode.MapNode) objective).entries().get("name");
    return name.value() instanceof ScalarNode scalar ? scalar.position() : name.keyPosition();
  }

  private static int nameLine(YamlNode objective) {
    return namePosition(objective).line();
  }
}
