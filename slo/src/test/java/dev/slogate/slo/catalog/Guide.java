package dev.slogate.slo.catalog;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A seed system's deployment guide as a list of Markdown sections, so that a citation can be checked the way a
 * reader would check it: the heading exists, and the quoted words stand under it. Lines inside fenced code
 * blocks are never headings ({@code # Pod Disruption Budget} in a YAML block is a comment).
 */
record Guide(String name, List<String> lines, List<Section> sections) {

  /** Seed guides as copied into test resources: the guides are not in a fresh clone of the repository. */
  static final Path DIRECTORY = Path.of("src/test/resources/seeds");

  private static final Pattern HEADING = Pattern.compile("(#{1,6})\\s+(.+?)\\s*#*\\s*");

  /**
   * One heading and the lines up to the next heading of any level.
   *
   * @param heading the heading's text, without its #s
   * @param firstLine the index of the heading line
   * @param endLine one past the section's last line
   */
  record Section(String heading, int firstLine, int endLine) {}

  static Guide read(String fileName) throws IOException {
    Path file = DIRECTORY.resolve(fileName);
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    List<Integer> headingLines = new ArrayList<>();
    List<String> headings = new ArrayList<>();
    boolean inFence = false;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.strip().startsWith("```")) {
        inFence = !inFence;
        continue;
      }
      Matcher m = HEADING.matcher(line);
      if (!inFence && m.matches()) {
        headingLines.add(i);
        headings.add(m.group(2));
      }
    }
    List<Section> sections = new ArrayList<>();
    for (int h = 0; h < headingLines.size(); h++) {
      int end = h + 1 < headingLines.size() ? headingLines.get(h + 1) : lines.size();
      sections.add(new Section(headings.get(h), headingLines.get(h), end));
    }
    return new Guide(fileName, List.copyOf(lines), List.copyOf(sections));
  }

  List<Section> sectionsNamed(String heading) {
    return sections.stream().filter(s -> s.heading().equals(heading)).toList();
  }

  /** The problem with a citation of this guide, or empty when its section exists and holds its quote verbatim. */
  Optional<String> problem(String section, String quote) {
    List<Section> named = sectionsNamed(section);
    if (named.isEmpty()) {
      return Optional.of("no heading '" + section + "' in " + name);
    }
    for (Section s : named) {
      if (String.join("\n", lines.subList(s.firstLine() + 1, s.endLine())).contains(quote)) {
        return Optional.empty();
      }
    }
    return Optional.of(String.join("\n", lines).contains(quote)
        ? "'" + quote + "' is in " + name + " but not under the heading '" + section + "'"
        : "'" + quote + "' is not in " + name);
  }
}
