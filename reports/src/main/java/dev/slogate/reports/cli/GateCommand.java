package dev.slogate.reports.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.slogate.config.SafeText;
import dev.slogate.reports.cli.ExitCodes.InputException;
import dev.slogate.reports.internal.verdict.VerdictJson;
import dev.slogate.slo.eval.Verdict;
import dev.slogate.slo.gate.Gate;
import dev.slogate.slo.gate.GateDecision;
import dev.slogate.slo.gate.GatePolicy;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code slogate gate}: exits with the gate's own code for a run that has been judged. Under {@code ./mvnw
 * gatling:test} Maven exits 1 for every failed gate, so a CI job that must tell FAIL (1) from "not proven" (2)
 * asks this command afterwards, with the run folder the run left behind.
 *
 * <p>Fail-safe: the gate is decided again from the verdict and the policy the file records, and a file whose
 * recorded outcome disagrees, a file of an unknown schema, or a run folder without a verdict never exits 0.
 */
@Command(name = "gate", mixinStandardHelpOptions = true,
    description = "Exits with the gate's code for a judged run: 0 passed, 1 FAIL, 2 INCONCLUSIVE, INVALID or no verdict.")
final class GateCommand implements Callable<Integer> {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String SCHEMA_FAMILY = "slogate.verdict/v";

  @Spec
  CommandSpec spec;

  @Option(names = "--run", required = true, paramLabel = "DIR",
      description = "The run folder, such as simulations/target/slogate/latest.")
  Path run;

  @Override
  public Integer call() {
    if (!Files.isDirectory(run)) {
      throw new InputException("no run folder at " + run);
    }
    Path file = run.resolve(VerdictJson.FILE_NAME);
    PrintWriter out = spec.commandLine().getOut();
    if (!Files.isRegularFile(file)) {
      // The run ended before it was judged (a crash, a kill): nothing is proven.
      out.println("slogate: gate NOT PASSED: " + run + " holds no " + VerdictJson.FILE_NAME
          + " (the run ended before it was judged)");
      out.flush();
      return GateDecision.EXIT_NOT_PROVEN;
    }
    JsonNode root = read(file);
    // Every version of the schema keeps "verdict" and "gate" as they are: older runs' files are read too.
    if (!root.path("schema").asText().startsWith(SCHEMA_FAMILY)) {
      throw new InputException(file + ": not a slogate verdict (schema " + SafeText.quoted(root.path("schema").asText())
          + ", expected " + VerdictJson.SCHEMA + ")");
    }
    Verdict verdict = verdict(root, file);
    GateDecision decided = Gate.decide(verdict, GatePolicy.parse(root.path("gate").path("inconclusive").asText("fail")));
    JsonNode recorded = root.path("gate");
    if (recorded.path("passed").asBoolean(false) != decided.passed()
        || recorded.path("exitCode").asInt(-1) != decided.exitCode()) {
      throw new InputException(file + ": the recorded gate (passed " + recorded.path("passed").asText("?")
          + ", exit " + recorded.path("exitCode").asText("?") + ") disagrees with its verdict " + verdict
          + "; the file was edited or damaged");
    }
    out.println("slogate: gate " + (decided.passed() ? "PASSED" : "NOT PASSED") + ": " + verdict + " ("
        + root.path("runId").asText("unknown run") + ", " + root.path("slo").path("system").asText("unknown system")
        + ")");
    out.flush();
    return decided.exitCode();
  }

  private static JsonNode read(Path file) {
    try {
      JsonNode root = MAPPER.readTree(file.toFile());
      if (root == null || !root.isObject()) {
        throw new InputException(file + ": not a verdict (expected a JSON object)");
      }
      return root;
    } catch (JsonProcessingException e) {
      // The location only: the parser's own message quotes the file's text.
      throw new InputException(file + ": not valid JSON"
          + (e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr()));
    } catch (IOException e) {
      throw new InputException(file + ": cannot read it (" + e.getClass().getSimpleName() + ")");
    }
  }

  private static Verdict verdict(JsonNode root, Path file) {
    String text = root.path("verdict").asText("");
    try {
      return Verdict.valueOf(text);
    } catch (IllegalArgumentException e) {
      throw new InputException(file + ": unknown verdict " + SafeText.quoted(text));
    }
  }
}
