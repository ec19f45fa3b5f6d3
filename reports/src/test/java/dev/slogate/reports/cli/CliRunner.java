package dev.slogate.reports.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the CLI in-process, as {@code java -jar slogate-cli.jar args} would, capturing stdout and stderr. */
final class CliRunner {

  record Result(int exitCode, String out, String err) {
    java.util.List<String> errLines() {
      return err.lines().toList();
    }
  }

  private CliRunner() {}

  static Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = SlogateCli.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
    return new Result(code, out.toString(), err.toString());
  }
}
