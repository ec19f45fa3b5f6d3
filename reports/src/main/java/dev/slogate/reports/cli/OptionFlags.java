package dev.slogate.reports.cli;

import dev.slogate.config.Option;
import dev.slogate.config.OptionValues;
import dev.slogate.config.Options;
import java.util.Map;
import java.util.TreeMap;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParseResult;

/**
 * The flags of {@code slogate} that set a {@code slogate.*} option. What they are given on the command line is the
 * strongest layer of {@link OptionValues}, so a flag beats {@code -D}, which beats the environment, which beats
 * {@code slogate.properties}; a flag left out leaves the option to the weaker layers.
 */
final class OptionFlags {

  /** Flag to option, the same for every command that has the flag. */
  private static final Map<String, Option<?>> OPTION_BY_FLAG = Map.of(
      "--inconclusive", Options.GATE_INCONCLUSIVE,
      "--baseline", Options.BASELINE);

  private OptionFlags() {}

  /** The option values the parsed command line gives, as the command-line layer: full keys to text. */
  static Map<String, String> commandLine(ParseResult parsed) {
    Map<String, String> values = new TreeMap<>();
    for (ParseResult command = parsed; command != null; command = command.subcommand()) {
      for (OptionSpec flag : command.matchedOptions()) {
        Option<?> option = OPTION_BY_FLAG.get(flag.longestName());
        if (option != null) {
          values.put(option.key(), String.valueOf(flag.<Object>getValue()));
        }
      }
    }
    return values;
  }

  /** The option a flag sets; for the help text and the tests. */
  static Option<?> optionOf(String flag) {
    Option<?> option = OPTION_BY_FLAG.get(flag);
    if (option == null) {
      throw new IllegalArgumentException(flag + " sets no option");
    }
    return option;
  }
}
