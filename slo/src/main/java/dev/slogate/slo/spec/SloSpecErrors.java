package dev.slogate.slo.spec;

import dev.slogate.config.YamlNode.Position;
import dev.slogate.config.YamlProblem;
import java.util.Collection;
import java.util.Locale;

/** Builds the one-line errors of one SLO file: {@code file:line:column: path: message}. */
final class SloSpecErrors {

  private final String origin;

  SloSpecErrors(String origin) {
    this.origin = origin;
  }

  String origin() {
    return origin;
  }

  SloSpecException at(Position position, String path, String message) {
    String where = origin + ":" + position.line() + ":" + position.column() + ": ";
    return new SloSpecException(where + (path.isEmpty() ? "" : path + ": ") + message);
  }

  /** The reader's problem in this file's words. */
  SloSpecException of(YamlProblem problem) {
    return switch (problem.kind()) {
      case DUPLICATE_KEY -> at(problem.position(), problem.path(),
          "duplicate key (first at line " + problem.first().orElseThrow().line() + ")");
      case ALIAS -> at(problem.position(), problem.path(), problem.problem());
      case SYNTAX -> at(problem.position(), "", "invalid YAML: " + oneLine(problem.problem())
          + problem.context().flatMap(context -> problem.contextPosition()
              .map(at -> " (" + oneLine(context) + " at " + at.line() + ":" + at.column() + ")")).orElse(""));
    };
  }

  private static String oneLine(String text) {
    return text == null ? "" : text.replaceAll("\\s+", " ").trim();
  }

  /** "unknown field (did you mean 'percentile'?)" or, with no close match, the list of known fields. */
  static String unknown(String what, String given, Collection<String> known) {
    String closest = closest(given, known);
    return closest != null
        ? "unknown " + what + " (did you mean '" + closest + "'?)"
        : "unknown " + what + " (expected one of: " + String.join(", ", known) + ")";
  }

  /** The known word nearest to a typo, if it is near enough to be what was meant. */
  static String closest(String given, Collection<String> known) {
    String lower = given.toLowerCase(Locale.ROOT);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : known) {
      int distance = editDistance(lower, candidate.toLowerCase(Locale.ROOT));
      if (distance < bestDistance) {
        best = candidate;
        bestDistance = distance;
      }
    }
    int allowed = Math.max(1, Math.min(3, given.length() / 3));
    return bestDistance <= allowed ? best : null;
  }

  private static int editDistance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
