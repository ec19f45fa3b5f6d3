package dev.slogate.reports.cli;

import dev.slogate.config.InvalidOptionException;
import dev.slogate.config.OptionValues;
import dev.slogate.config.OptionsDocumentation;
import dev.slogate.reports.internal.evidence.SlogateVersion;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code slogate}: the command-line tool. {@code evaluate} judges existing Gatling results, {@code report}
 * renders the reports of a run folder, {@code merge} merges the runs of several injectors, {@code pin} pins a run as a system's baseline, {@code gate} exits with the gate's
 * code of a judged run folder, {@code help} lists the
 * commands and every {@code slogate.*} option.
 *
 * <p>Exit codes: 0 the gate passed, 1 FAIL, 2 INCONCLUSIVE or INVALID, {@value ExitCodes#USAGE} a usage error,
 * {@value ExitCodes#INPUT} an input that cannot be used (missing or malformed file), {@value ExitCodes#INTERNAL}
 * a bug. Errors are one line on stderr, never a stack trace.
 */
@Command(name = "slogate", mixinStandardHelpOptions = true, versionProvider = SlogateCli.Version.class,
    description = "Judges load-test runs against SLO files and renders their reports.",
    subcommands = {EvaluateCommand.class, ReportCommand.class, MergeCommand.class, PinCommand.class, GateCommand.class,
        CommandLine.HelpCommand.class})
public final class SlogateCli implements Runnable {

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    // Allure and Micrometer log through SLF4J, which the jar does not bind; its warning about that would be a
    // second line on stderr after every error.
    if (System.getProperty("slf4j.internal.verbosity") == null) {
      System.setProperty("slf4j.internal.verbosity", "ERROR");
    }
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    System.exit(commandLine(out, err).execute(args));
  }

  /** The configured command line, writing to the given streams: what {@link #main} runs, and what tests run in-process. */
  public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
    return commandLine(out, err, OptionValues::load);
  }

  /**
   * The command line with the option layers below it given: the file, environment and system properties a test
   * chooses. The layers are read once per run, when the arguments are parsed.
   */
  static CommandLine commandLine(PrintWriter out, PrintWriter err, Supplier<OptionValues> layers) {
    CommandLine cli = new CommandLine(new SlogateCli());
    cli.setOut(out);
    cli.setErr(err);
    cli.setParameterExceptionHandler(ExitCodes::onUsageError);
    cli.setExecutionExceptionHandler(ExitCodes::onExecutionError);
    // `slogate help` and --help list every option, generated from the one registry of them.
    cli.getCommandSpec().usageMessage().footer("", OptionsDocumentation.helpText().replace("%", "%%"));
    cli.setExecutionStrategy(parseResult -> {
      if (!asksForHelp(parseResult)) {
        OptionValues values = optionValues(cli, layers, parseResult);
        for (CommandLine.ParseResult command = parseResult; command != null; command = command.subcommand()) {
          if (command.commandSpec().userObject() instanceof ReadsOptions reader) {
            reader.useOptions(values);
          }
        }
      }
      return new CommandLine.RunLast().execute(parseResult);
    });
    return cli;
  }

  /**
   * The options of this run: the layers with the flags that set options on top ({@link OptionFlags}). Refuses a
   * {@code slogate.*} key (system property, {@code slogate.properties} or {@code SLOGATE_*} variable) that names no
   * option, as a usage error with the nearest known key: a typo must not silently do nothing.
   */
  private static OptionValues optionValues(CommandLine cli, Supplier<OptionValues> layers,
      CommandLine.ParseResult parsed) {
    try {
      return layers.get().withCommandLine(OptionFlags.commandLine(parsed)).checkKnown();
    } catch (InvalidOptionException e) {
      throw new CommandLine.ParameterException(cli, e.getMessage());
    }
  }

  private static boolean asksForHelp(CommandLine.ParseResult parseResult) {
    for (CommandLine.ParseResult result = parseResult; result != null; result = result.subcommand()) {
      if (result.isUsageHelpRequested() || result.isVersionHelpRequested()
          || result.commandSpec().userObject() instanceof CommandLine.HelpCommand) {
        return true;
      }
    }
    return false;
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a command is needed: evaluate, report, merge or pin");
  }

  /** The version from the jar. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"slogate " + SlogateVersion.get()};
    }
  }
}
