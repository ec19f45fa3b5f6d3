package dev.slogate.slo.eval;

import dev.slogate.slo.spec.SloSpec;
import dev.slogate.slo.spec.SloSpecs;

/** Inline SLO specs for evaluator tests: one objective per call, in slogate's own YAML. */
final class Specs {

  private Specs() {}

  /** A spec holding the given objectives, each a YAML flow mapping such as {@code {name: a, kind: latency, ...}}. */
  static SloSpec of(String... objectives) {
    StringBuilder yaml = new StringBuilder("system: test\nversion: \"1\"\nobjectives:\n");
    for (String objective : objectives) {
      yaml.append("  - ").append(objective).append('\n');
    }
    return SloSpecs.parse(yaml.toString(), "test.yaml");
  }
}
