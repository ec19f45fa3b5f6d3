package dev.slogate.slo.spec;

import dev.slogate.config.YamlNode;
import dev.slogate.config.YamlNode.ListNode;
import dev.slogate.config.YamlNode.ScalarNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads the optional {@code readiness} block: {@code {simulation: dev.slogate.simulations.seeds.KecsLoad,
 * experiments: [kecs-kill-one-replica]}}. As strict as the rest of the file: a misspelt key or a simulation that
 * is not a class name is an error, because the readiness table is generated from it.
 */
final class ReadinessReader {

  private static final List<String> FIELDS = List.of("simulation", "experiments");
  private static final Pattern CLASS_NAME = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*(\\.[A-Za-z_$][A-Za-z0-9_$]*)+");
  private static final Pattern EXPERIMENT_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

  private final SloSpecErrors errors;

  ReadinessReader(SloSpecErrors errors) {
    this.errors = errors;
  }

  Readiness read(MapReader m) {
    m.allowOnly(FIELDS);
    ScalarNode simulationNode = m.requireScalar("simulation", "the simulation's fully qualified class name");
    String simulation = m.requireText("simulation", "the simulation's fully qualified class name");
    if (!CLASS_NAME.matcher(simulation).matches()) {
      throw errors.at(simulationNode.position(), m.childPath("simulation"),
          "expected a fully qualified class name such as dev.slogate.simulations.seeds.KecsLoad, got " + simulationNode.describe());
    }
    List<String> experiments = new ArrayList<>();
    ListNode list = m.list("experiments").orElse(null);
    if (list != null) {
      for (int i = 0; i < list.items().size(); i++) {
        String path = m.childPath("experiments") + "[" + i + "]";
        YamlNode item = list.items().get(i);
        if (!(item instanceof ScalarNode scalar) || scalar.isNull() || !EXPERIMENT_NAME.matcher(scalar.text().trim()).matches()) {
          throw errors.at(item.position(), path, "expected an experiment name such as kecs-kill-one-replica, got " + item.describe());
        }
        String name = scalar.text().trim();
        if (experiments.contains(name)) {
          throw errors.at(item.position(), path, "experiment '" + name + "' is listed twice");
        }
        experiments.add(name);
      }
    }
    return new Readiness(simulation, experiments);
  }
}
