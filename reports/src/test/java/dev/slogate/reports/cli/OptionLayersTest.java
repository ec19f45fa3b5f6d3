package dev.slogate.reports.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.slogate.config.OptionValues;
import dev.slogate.reports.Fixtures;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The flags that set a {@code slogate.*} option are the strongest layer of the options, end to end through the
 * command line: a flag beats {@code -D}, which beats the environment, which beats {@code slogate.properties}, which
 * beats the default. Judged on a run whose only objective is INCONCLUSIVE, so the policy decides the exit code.
 */
class OptionLayersTest {

  private static final String INCONCLUSIVE_RUN_LOG = Fixtures.resource("gatling-logs/shop/simulation.log").toString();
  private static final String FAILOVER_ONLY_SLO = Fixtures.resource("golden/inputs/failover-only.slo.yaml").toString();
  private static final int GATE_PASSED = 0;
  private static final int INCONCLUSIVE_FAILED = 2;

  @TempDir Path dir;

  @Test
  void theDefaultFailsInconclusive() throws IOException {
    assertEquals(INCONCLUSIVE_FAILED, evaluate(layers(null, null, null)).exitCode());
  }

  @Test
  void theFileBeatsTheDefault() throws IOException {
    CliRunner.Result result = evaluate(layers("pass", null, null));
    assertEquals(GATE_PASSED, result.exitCode(), result.err());
    assertTrue(result.out().contains("slogate.gate.inconclusive=pass"), result.out());
  }

  @Test
  void theEnvironmentBeatsTheFile() throws IOException {
    assertEquals(GATE_PASSED, evaluate(layers("fail", "pass", null)).exitCode());
    assertEquals(INCONCLUSIVE_FAILED, evaluate(layers("pass", "fail", null)).exitCode());
  }

  @Test
  void aSystemPropertyBeatsTheEnvironmentAndTheFile() throws IOException {
    assertEquals(INCONCLUSIVE_FAILED, evaluate(layers("pass", "pass", "fail")).exitCode());
    assertEquals(GATE_PASSED, evaluate(layers("fail", "fail", "pass")).exitCode());
  }

  @Test
  void aFlagBeatsASystemPropertyWhichBeatsTheFile() throws IOException {
    assertEquals(GATE_PASSED, evaluate(layers("fail", "fail", "fail"), "--inconclusive", "pass").exitCode());
    assertEquals(INCONCLUSIVE_FAILED, evaluate(layers("pass", "pass", "pass"), "--inconclusive", "fail").exitCode());
  }

  @Test
  void aMisspeltPolicyIsAUsageErrorNamingWhereItWasSet() throws IOException {
    CliRunner.Result fromFlag = evaluate(layers("pass", null, null), "--inconclusive", "maybe");
    assertEquals(ExitCodes.USAGE, fromFlag.exitCode());
    assertTrue(fromFlag.err().contains("--inconclusive must be fail or pass, not 'maybe'"), fromFlag.err());

    CliRunner.Result fromProperty = evaluate(layers(null, null, "maybe"));
    assertEquals(ExitCodes.USAGE, fromProperty.exitCode());
    assertTrue(fromProperty.err().contains("slogate.gate.inconclusive"), fromProperty.err());
  }

  @Test
  void theBaselineFlagBeatsTheBaselineOption() throws IOException {
    Path fromFile = dir.resolve("baseline-from-file");
    Path fromFlag = dir.resolve("baseline-from-flag");
    OptionValues layers = OptionValues.layered(Map.of("slogate.baseline", fromFile.toString()), Map.of(), new Properties());

    CliRunner.Result optionOnly = evaluate(layers);
    assertEquals(ExitCodes.INPUT, optionOnly.exitCode());
    assertEquals(List.of("slogate: baseline " + fromFile + " does not exist"), optionOnly.errLines());

    CliRunner.Result flag = evaluate(layers, "--baseline", fromFlag.toString());
    assertEquals(ExitCodes.INPUT, flag.exitCode());
    assertEquals(List.of("slogate: baseline " + fromFlag + " does not exist"), flag.errLines());
  }

  @Test
  void everyFlagThatSetsAnOptionSaysSoInItsHelp() {
    CommandLine cli = SlogateCli.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
    for (String command : List.of("evaluate", "report")) {
      for (String flag : List.of("--inconclusive", "--baseline")) {
        String key = OptionFlags.optionOf(flag).key();
        String help = String.join(" ", cli.getSubcommands().get(command).getCommandSpec().findOption(flag).description());
        assertTrue(help.contains(key), command + " " + flag + " names " + key + ": " + help);
      }
    }
  }

  /** The option layers a run of the tool would read: a real {@code slogate.properties}, an environment, {@code -D}s. */
  private OptionValues layers(String file, String environment, String systemProperty) throws IOException {
    Path properties = dir.resolve(OptionValues.FILE_NAME);
    Files.writeString(properties, file == null ? "" : "slogate.gate.inconclusive=" + file + "\n", StandardCharsets.UTF_8);
    Map<String, String> variables = environment == null ? Map.of() : Map.of("SLOGATE_GATE_INCONCLUSIVE", environment);
    Properties system = new Properties();
    if (systemProperty != null) {
      system.setProperty("slogate.gate.inconclusive", systemProperty);
    }
    return OptionValues.layered(OptionValues.readFile(properties), variables, system);
  }

  private CliRunner.Result evaluate(OptionValues layers, String... flags) {
    List<String> args = new ArrayList<>(List.of("evaluate", "--slo", FAILOVER_ONLY_SLO, "--gatling-log", INCONCLUSIVE_RUN_LOG));
    args.addAll(List.of(flags));
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = SlogateCli.commandLine(new PrintWriter(out, true), new PrintWriter(err, true), () -> layers)
        .execute(args.toArray(String[]::new));
    return new CliRunner.Result(code, out.toString(), err.toString());
  }
}
