package dev.slogate.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The documentation of the options, generated from {@link Options}: the README's table and the text of
 * {@code slogate help}. The README keeps its prose; only the lines between {@value #BEGIN} and {@value #END}
 * are generated. Regenerate them with {@code ./mvnw -o -q test -pl config -Dslogate.docs.update=true} (or
 * {@code java dev.slogate.config.OptionsDocumentation README.md}).
 */
public final class OptionsDocumentation {

  public static final String BEGIN = "<!-- options: generated from dev.slogate.config.Options; do not edit -->";
  public static final String END = "<!-- options: end -->";

  private OptionsDocumentation() {}

  /** The Markdown table, one row per option in the order of {@link Options#all()}. */
  public static String markdownTable() {
    StringBuilder table = new StringBuilder();
    table.append("| option | environment | default | meaning |\n");
    table.append("| --- | --- | --- | --- |\n");
    for (Option<?> option : Options.all()) {
      table.append("| `").append(option.key()).append("` | `").append(option.environmentName()).append("` | ")
          .append(cell(option.defaultText().orElse("—"))).append(" | ")
          .append(cell(option.type() + ": " + option.documentation())).append(" |\n");
    }
    return table.toString();
  }

  /** The options as {@code slogate help} lists them: by concern, each with its variable, default and meaning. */
  public static String helpText() {
    StringBuilder text = new StringBuilder();
    text.append("Options, weakest first: defaults < ").append(OptionValues.FILE_NAME)
        .append(" (working directory) < environment (SLOGATE_STACK_ADD_LATENCY for slogate.stack.addLatency)")
        .append(" < -D system properties < command line.\n")
        .append("Durations need a unit (ms, s, m, h; compounds such as 1m30s). An unknown slogate.* key is an error.\n");
    Option.Concern concern = null;
    for (Option<?> option : Options.all()) {
      if (option.concern() != concern) {
        concern = option.concern();
        text.append('\n').append(concern.title()).append(":\n");
      }
      text.append("  ").append(option.key()).append(" (").append(option.environmentName()).append("), ")
          .append(option.type()).append(option.defaultText().map(d -> ", default " + d.replace("`", "")).orElse(""))
          .append('\n').append("      ").append(option.documentation().replace("`", "")).append('\n');
    }
    return text.toString();
  }

  /** The README text with its generated block replaced by the current one. */
  public static String updated(String readme) {
    int begin = readme.indexOf(BEGIN);
    int end = readme.indexOf(END);
    if (begin < 0 || end < begin) {
      throw new IllegalArgumentException("the README has no generated block (" + BEGIN + " ... " + END + ")");
    }
    return readme.substring(0, begin + BEGIN.length()) + "\n" + markdownTable() + readme.substring(end);
  }

  /** Rewrites the generated block of the README named by the first argument ({@code README.md} by default). */
  public static void main(String[] args) {
    Path readme = Path.of(args.length > 0 ? args[0] : "README.md");
    try {
      Files.writeString(readme, updated(Files.readString(readme, StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String cell(String text) {
    return text.replace("|", "\\|").replace("\n", " ");
  }
}
