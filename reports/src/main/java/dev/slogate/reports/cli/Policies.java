package dev.slogate.reports.cli;

import dev.slogate.slo.gate.GatePolicy;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/** The {@code --inconclusive} option: a usage error, not an input error, when misspelt. */
final class Policies {

  private Policies() {}

  static GatePolicy parse(CommandSpec spec, String inconclusive) {
    String value = inconclusive.trim().toLowerCase(Locale.ROOT);
    if (!value.equals("fail") && !value.equals("pass")) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--inconclusive must be fail or pass, not '" + inconclusive + "'");
    }
    return GatePolicy.parse(value);
  }
}
