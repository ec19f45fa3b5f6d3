package dev.slogate.reports.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.slogate.config.Option;
import dev.slogate.config.Options;
import org.junit.jupiter.api.Test;

/** {@code slogate help} lists every option, and a mistyped {@code slogate.*} key is a usage error. */
class HelpAndOptionsTest {

  @Test
  void helpListsEveryOptionWithItsVariable() {
    CliRunner.Result result = CliRunner.run("help");
    assertEquals(0, result.exitCode(), result.err());
    for (Option<?> option : Options.all()) {
      assertTrue(result.out().contains(option.key() + " (" + option.environmentName() + ")"), option.key());
    }
  }

  @Test
  void anUnknownKeyIsAUsageErrorWithTheNearestKey() {
    String key = "slogate.gate.inconclusiv";
    System.setProperty(key, "pass");
    try {
      CliRunner.Result result = CliRunner.run("report", "--run", "no-such-folder");
      assertEquals(ExitCodes.USAGE, result.exitCode());
      assertEquals(java.util.List.of("slogate: unknown option slogate.gate.inconclusiv (system property); "
          + "did you mean slogate.gate.inconclusive? (see: slogate --help)"), result.errLines());
    } finally {
      System.clearProperty(key);
    }
  }

  @Test
  void helpStillWorksWithAnUnknownKey() {
    String key = "slogate.gate.inconclusiv";
    System.setProperty(key, "pass");
    try {
      assertEquals(0, CliRunner.run("help").exitCode());
    } finally {
      System.clearProperty(key);
    }
  }
}
