package dev.slogate.reports.cli;

import dev.slogate.config.InvalidOptionException;
import dev.slogate.config.OptionValues;
import dev.slogate.config.Options;
import dev.slogate.slo.gate.GatePolicy;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The gate's policy for INCONCLUSIVE: {@code --inconclusive}, or else the option {@code slogate.gate.inconclusive}
 * from a weaker layer, or else its default. A usage error, not an input error, when misspelt, naming where.
 */
final class Policies {

  private Policies() {}

  static GatePolicy parse(CommandSpec spec, OptionValues values) {
    String key = Options.GATE_INCONCLUSIVE.key();
    if (values.layerOf(key) != OptionValues.Layer.COMMAND_LINE) {
      try {
        return GatePolicy.parse(values.orDefault(Options.GATE_INCONCLUSIVE).orElseThrow());
      } catch (InvalidOptionException e) {
        throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
      }
    }
    String inconclusive = values.raw(key).orElseThrow();
    String value = inconclusive.trim().toLowerCase(Locale.ROOT);
    if (!value.equals("fail") && !value.equals("pass")) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--inconclusive must be fail or pass, not '" + inconclusive + "'");
    }
    return GatePolicy.parse(value);
  }
}
