package dev.slogate.slo.catalog;

import dev.slogate.slo.spec.Citation;
import dev.slogate.slo.spec.NotVerifiableObjective;
import dev.slogate.slo.spec.Objective;
import dev.slogate.slo.spec.Readiness;
import dev.slogate.slo.spec.SloSpec;
import dev.slogate.slo.spec.SloSpecException;
import dev.slogate.slo.spec.SloSpecs;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The readiness table of the embedded catalogs, in Markdown: per system, its guide, the objectives slogate
 * judges, those it cannot, and the simulation and experiments that exercise them. Generated from the catalogs
 * so that the README cannot drift from them; a test compares the two.
 *
 * <p>Command line: no argument prints the table; {@code --write FILE} replaces the block between
 * {@value #START} and {@value #END} in FILE; {@code --check FILE} exits with 1 when that block differs.
 */
public final class CatalogTable {

  public static final String START = "<!-- catalog-table:start -->";
  public static final String END = "<!-- catalog-table:end -->";

  private static final String NONE = "—";

  private CatalogTable() {}

  /** The table of every embedded catalog, in name order. */
  public static String markdown() {
    return markdown(SloSpecs.catalogNames().stream().map(SloSpecs::loadCatalog).toList());
  }

  /** The table of the given specs, one row each, in the given order; ends with a newline. */
  public static String markdown(List<SloSpec> specs) {
    StringBuilder table = new StringBuilder()
        .append("| system | guide | covered by objectives | not verifiable by load | simulation | experiments |\n")
        .append("| --- | --- | --- | --- | --- | --- |\n");
    for (SloSpec spec : specs) {
      List<Objective> covered = spec.objectives().stream().filter(o -> !(o instanceof NotVerifiableObjective)).toList();
      List<Objective> notVerifiable = spec.objectives().stream().filter(o -> o instanceof NotVerifiableObjective).toList();
      String guides = spec.objectives().stream().map(Objective::source).flatMap(Optional::stream).map(Citation::document)
          .distinct().map(CatalogTable::code).collect(Collectors.joining(", "));
      Optional<Readiness> readiness = spec.readiness();
      table.append("| ").append(code(spec.system()))
          .append(" | ").append(guides.isEmpty() ? NONE : guides)
          .append(" | ").append(names(covered))
          .append(" | ").append(names(notVerifiable))
          .append(" | ").append(readiness.map(r -> code(r.simulationSimpleName())).orElse(NONE))
          .append(" | ").append(readiness.filter(r -> !r.experiments().isEmpty())
              .map(r -> r.experiments().stream().map(CatalogTable::code).collect(Collectors.joining(", "))).orElse(NONE))
          .append(" |\n");
    }
    return table.toString();
  }

  /** The text between the markers, without the newlines that follow the start and precede the end. */
  public static Optional<String> block(String text) {
    int start = text.indexOf(START);
    int end = text.indexOf(END);
    if (start < 0 || end < start) {
      return Optional.empty();
    }
    return Optional.of(text.substring(start + START.length(), end).strip() + "\n");
  }

  /**
   * The text with the block between the markers replaced by {@code table}.
   *
   * @throws IllegalArgumentException when the markers are missing or out of order
   */
  public static String replaceBlock(String text, String table) {
    int start = text.indexOf(START);
    int end = text.indexOf(END);
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("no " + START + " ... " + END + " block");
    }
    return text.substring(0, start + START.length()) + "\n" + table.strip() + "\n" + text.substring(end);
  }

  public static void main(String[] args) {
    int status = run(args, System.out, System.err);
    if (status != 0) {
      System.exit(status);
    }
  }

  /** The command line, testable: 0 done, 1 the block differs ({@code --check}), 2 a usage or input error. */
  static int run(String[] args, PrintStream out, PrintStream err) {
    try {
      String table = markdown();
      if (args.length == 0) {
        out.print(table);
        return 0;
      }
      if (args.length != 2 || !(args[0].equals("--write") || args[0].equals("--check"))) {
        err.println("usage: CatalogTable [--write FILE | --check FILE]");
        return 2;
      }
      Path file = Path.of(args[1]);
      String text = Files.readString(file, StandardCharsets.UTF_8);
      if (args[0].equals("--write")) {
        Files.writeString(file, replaceBlock(text, table), StandardCharsets.UTF_8);
        out.println("catalog table written to " + file);
        return 0;
      }
      Optional<String> block = block(text);
      if (block.isEmpty()) {
        err.println(file + ": no " + START + " ... " + END + " block");
        return 2;
      }
      if (!block.get().equals(table)) {
        err.println(file + ": the catalog table is out of date; run tools/catalog-table.sh --write " + file);
        return 1;
      }
      out.println(file + ": the catalog table is up to date");
      return 0;
    } catch (IOException | IllegalArgumentException | SloSpecException e) {
      err.println(args.length > 1 ? args[1] + ": " + e.getMessage() : e.getMessage());
      return 2;
    }
  }

  private static String names(List<Objective> objectives) {
    if (objectives.isEmpty()) {
      return "0";
    }
    return objectives.size() + ": " + objectives.stream().map(o -> code(o.name())).collect(Collectors.joining(", "));
  }

  private static String code(String text) {
    return "`" + text.replace("|", "\\|") + "`";
  }
}
