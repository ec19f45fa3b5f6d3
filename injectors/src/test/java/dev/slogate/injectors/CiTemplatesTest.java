package dev.slogate.injectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.slogate.config.Options;
import dev.slogate.reports.cli.SlogateCli;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The CI templates under {@code ci-templates/} parse, and every slogate command and Maven property they use exists:
 * each {@code reports/target/slogate <command> --flag} against the CLI's own picocli command spec, each
 * {@code -Dslogate.*} against the option keys, each {@code -pl} against the modules.
 */
class CiTemplatesTest {

  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  private static final Path GITHUB = ROOT.resolve("ci-templates/github-actions/slogate-scale-out.yml");
  private static final Path GITLAB = ROOT.resolve("ci-templates/gitlab/.gitlab-ci.yml");
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final String CLI = "reports/target/slogate";

  /** The scale-out keys every injector job must set, so that the injectors share one run and one start. */
  private static final List<String> SHARED = List.of(InjectorOptionKeys.COUNT, InjectorOptionKeys.INDEX,
      InjectorOptionKeys.START_AT, InjectorOptionKeys.RUN_ID);

  @Test
  void theGithubWorkflowRunsNInjectorsSharingOneStartThenMergesJudgesAndGates() throws IOException {
    JsonNode workflow = YAML.readTree(GITHUB.toFile());
    JsonNode jobs = workflow.get("jobs");
    int count = Integer.parseInt(workflow.get("env").get("SLOGATE_INJECTORS_COUNT").asText());
    JsonNode matrix = jobs.get("inject").get("strategy").get("matrix").get("index");
    assertEquals(indexes(count), texts(matrix), "the matrix has one job per injector, 0 to N-1");
    assertFalse(jobs.get("inject").get("strategy").get("fail-fast").asBoolean(), "one failed injector cancels none");
    assertEquals("${{ !cancelled() }}", jobs.get("judge").get("if").asText(), "the judge runs when injectors failed");

    List<List<String>> injector = commands(runs(jobs.get("inject")));
    List<List<String>> judge = commands(runs(jobs.get("judge")));
    checkScaleOutRun(injector);
    checkJudge(judge);
    assertTrue(String.join("\n", runs(jobs.get("judge"))).contains("$GITHUB_STEP_SUMMARY"));
    assertUploadsAfterFailure(jobs.get("inject"));
  }

  @Test
  void theGitlabPipelineRunsNInjectorsSharingOneStartThenMergesJudgesAndGates() throws IOException {
    JsonNode pipeline = YAML.readTree(GITLAB.toFile());
    int count = Integer.parseInt(pipeline.get("variables").get("SLOGATE_INJECTORS_COUNT").asText());
    JsonNode matrix = pipeline.get("inject").get("parallel").get("matrix").get(0).get("INJECTOR_INDEX");
    assertEquals(indexes(count), texts(matrix));
    assertEquals("always", pipeline.get("judge").get("when").asText());
    assertEquals("always", pipeline.get("inject").get("artifacts").get("when").asText());
    assertEquals("merged/junit.xml", pipeline.get("judge").get("artifacts").get("reports").get("junit").asText());

    checkScaleOutRun(commands(texts(pipeline.get("inject").get("script"))));
    checkJudge(commands(texts(pipeline.get("judge").get("script"))));
  }

  /** An injector job: one Gatling run with the shared keys, every {@code -Dslogate.*} a known option. */
  private static void checkScaleOutRun(List<List<String>> commands) {
    List<List<String>> maven = commands.stream().filter(c -> c.get(0).equals("./mvnw")).toList();
    assertEquals(1, maven.size(), commands.toString());
    List<String> run = maven.get(0);
    assertTrue(run.contains("gatling:test"), run.toString());
    Set<String> keys = new TreeSet<>();
    for (String word : run) {
      if (word.startsWith("-D")) {
        String key = word.substring(2, word.indexOf('='));
        keys.add(key);
        if (key.startsWith(Options.PREFIX)) {
          assertTrue(knownOption(key), key + " is not a slogate option");
        }
      }
    }
    assertTrue(keys.containsAll(SHARED), keys.toString());
  }

  /** The judging job: builds the CLI, merges, renders JUnit and Markdown, gates; every command and flag exists. */
  private static void checkJudge(List<List<String>> commands) {
    List<String> build = commands.stream().filter(c -> c.get(0).equals("./mvnw")).findFirst().orElseThrow();
    int modules = build.indexOf("-pl");
    assertTrue(Files.isRegularFile(ROOT.resolve(build.get(modules + 1)).resolve("pom.xml")), build.toString());
    List<String> used = new ArrayList<>();
    for (List<String> command : commands) {
      if (command.get(0).equals(CLI)) {
        checkCli(command);
        used.add(command.get(1));
      }
    }
    assertEquals(List.of("merge", "report", "gate"), used);
    List<String> report = commands.stream().filter(c -> c.size() > 1 && c.get(0).equals(CLI) && c.get(1).equals("report"))
        .findFirst().orElseThrow();
    List<String> formats = List.of(report.get(report.indexOf("--format") + 1).split(","));
    assertTrue(formats.containsAll(List.of("junit", "md")), formats.toString());
  }

  private static void checkCli(List<String> command) {
    CommandLine cli = SlogateCli.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
    String name = command.get(1);
    CommandLine sub = cli.getSubcommands().get(name);
    assertTrue(sub != null, "slogate has no command '" + name + "'");
    Set<String> flags = new HashSet<>();
    CommandSpec spec = sub.getCommandSpec();
    spec.options().forEach(option -> flags.addAll(List.of(option.names())));
    for (String word : command.subList(2, command.size())) {
      if (word.startsWith("-")) {
        assertTrue(flags.contains(word), "slogate " + name + " has no flag " + word + "; it has " + new TreeSet<>(flags));
      }
    }
  }

  private static boolean knownOption(String key) {
    return Options.named(key).isPresent();
  }

  /** Every {@code run} of a GitHub job's steps. */
  private static List<String> runs(JsonNode job) {
    List<String> runs = new ArrayList<>();
    job.get("steps").forEach(step -> {
      if (step.has("run")) {
        runs.add(step.get("run").asText());
      }
    });
    return runs;
  }

  private static void assertUploadsAfterFailure(JsonNode job) {
    boolean uploads = false;
    for (JsonNode step : job.get("steps")) {
      if (step.path("uses").asText().startsWith("actions/upload-artifact@")) {
        assertEquals("always()", step.get("if").asText());
        uploads = true;
      }
    }
    assertTrue(uploads);
  }

  /** The commands in shell scripts: words (quotes removed), split at ;, &&, ||, |, if/then/fi and redirections. */
  static List<List<String>> commands(List<String> scripts) {
    List<List<String>> commands = new ArrayList<>();
    for (String script : scripts) {
      for (String line : script.split("\n")) {
        List<String> current = new ArrayList<>();
        for (String word : ShellWords.split(line)) {
          if (List.of(";", "&&", "||", "|", "then", "fi", "if", "else", ">>", ">").contains(word)) {
            if (!current.isEmpty()) {
              commands.add(current);
            }
            current = new ArrayList<>();
          } else {
            current.add(word);
          }
        }
        if (!current.isEmpty()) {
          commands.add(current);
        }
      }
    }
    return commands;
  }

  private static List<String> texts(JsonNode array) {
    List<String> texts = new ArrayList<>();
    array.forEach(node -> texts.add(node.asText()));
    return texts;
  }

  private static List<String> indexes(int count) {
    List<String> indexes = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      indexes.add(Integer.toString(i));
    }
    return indexes;
  }

  /** Splits a line of shell into words the way a POSIX shell does for quotes and operators; enough for these files. */
  static final class ShellWords {
    static List<String> split(String line) {
      List<String> words = new ArrayList<>();
      StringBuilder word = new StringBuilder();
      boolean inWord = false;
      char quote = 0;
      for (int i = 0; i < line.length(); i++) {
        char c = line.charAt(i);
        if (quote != 0) {
          if (c == quote) {
            quote = 0;
          } else {
            word.append(c);
          }
        } else if (c == '"' || c == '\'') {
          quote = c;
          inWord = true;
        } else if (Character.isWhitespace(c)) {
          if (inWord) {
            words.add(word.toString());
            word.setLength(0);
            inWord = false;
          }
        } else if (c == ';') {
          if (inWord) {
            words.add(word.toString());
            word.setLength(0);
            inWord = false;
          }
          words.add(";");
        } else {
          word.append(c);
          inWord = true;
        }
      }
      if (inWord) {
        words.add(word.toString());
      }
      return words;
    }
  }
}
