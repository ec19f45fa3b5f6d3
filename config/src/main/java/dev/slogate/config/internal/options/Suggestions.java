package dev.slogate.config.internal.options;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import org.apache.commons.text.similarity.LevenshteinDistance;

/** The known name nearest to a mistyped one, by edit distance, when it is near enough to be the one meant. */
public final class Suggestions {

  private Suggestions() {}

  /**
   * The candidate closest to {@code typed}: a case-insensitive equal first, else the smallest Levenshtein
   * distance, if it is at most a third of the typed name's length (at least 2), so that an unrelated key is not
   * offered.
   */
  public static Optional<String> nearest(String typed, Collection<String> candidates) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : candidates) {
      if (candidate.equalsIgnoreCase(typed)) {
        return Optional.of(candidate);
      }
      int distance = LevenshteinDistance.getDefaultInstance()
          .apply(typed.toLowerCase(Locale.ROOT), candidate.toLowerCase(Locale.ROOT));
      if (distance < bestDistance) {
        best = candidate;
        bestDistance = distance;
      }
    }
    int allowed = Math.max(2, typed.length() / 3);
    return bestDistance <= allowed ? Optional.ofNullable(best) : Optional.empty();
  }
}
