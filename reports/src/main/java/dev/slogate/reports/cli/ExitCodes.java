package dev.slogate.reports.cli;

import dev.slogate.slo.gatling.SimulationLogException;
import dev.slogate.slo.spec.SloSpecException;
import java.io.UncheckedIOException;
import picocli.CommandLine;

/**
 * Exit codes beyond the gate's 0, 1 and 2, after sysexits.h, and the handlers that turn every error into one
 * line on stderr.
 */
final class ExitCodes {

  /** A command line that cannot be parsed (EX_USAGE). */
  static final int USAGE = 64;
  /** An input file that is missing, unreadable or malformed (EX_DATAERR). */
  static final int INPUT = 65;
  /** A bug in slogate (EX_SOFTWARE). */
  static final int INTERNAL = 70;

  private ExitCodes() {}

  static int onUsageError(CommandLine.ParameterException e, String[] args) {
    CommandLine cli = e.getCommandLine();
    cli.getErr().println("slogate: " + oneLine(e.getMessage()) + " (see: " + cli.getCommandSpec().qualifiedName() + " --help)");
    cli.getErr().flush();
    return USAGE;
  }

  static int onExecutionError(Exception e, CommandLine cli, CommandLine.ParseResult parseResult) {
    boolean input = e instanceof SloSpecException || e instanceof SimulationLogException
        || e instanceof IllegalArgumentException || e instanceof UncheckedIOException || e instanceof InputException;
    String message = input ? oneLine(e.getMessage()) : "internal error (" + e.getClass().getName() + "): " + oneLine(String.valueOf(e.getMessage()));
    cli.getErr().println("slogate: " + message);
    cli.getErr().flush();
    return input ? INPUT : INTERNAL;
  }

  private static String oneLine(String text) {
    return text == null ? "" : text.replaceAll("\\s*\\R\\s*", " ").trim();
  }

  /** A problem with the user's input found by the commands themselves. */
  static final class InputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    InputException(String message) {
      super(message, null, false, false);
    }
  }
}
