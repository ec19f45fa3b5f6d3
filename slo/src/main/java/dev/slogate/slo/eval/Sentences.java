package dev.slogate.slo.eval;

import dev.slogate.slo.spec.RequestSelector;
import java.util.List;

/** The one-sentence reasons of results, built the same way for every kind. */
final class Sentences {

  private static final int NAMES_SHOWN = 5;

  private Sentences() {}

  /**
   * "p99 of GET /api/* in steady was 42 ms (95% CI 38–47 ms, n=6,012), below the 100 ms target." and its
   * FAIL and INCONCLUSIVE counterparts.
   */
  static String decided(String subject, Measurement m, Threshold target, Verdict verdict, String evidence, String noun) {
    String threshold = Wording.value(target.value(), target.unit());
    String value = Wording.value(m.estimate(), m.unit());
    String head = capitalized(subject) + " was " + value + " (" + evidence + "), ";
    String conf = Wording.confidence(m.confidence());
    return switch (verdict) {
      case PASS -> head + target.comparison().metWording() + " the " + threshold + " " + noun + deciding(m, target, true) + ".";
      case FAIL -> head + target.comparison().missedWording() + " the " + threshold + " " + noun + deciding(m, target, false) + ".";
      default -> head + "too close to the " + threshold + " " + noun + " to decide at " + conf + " confidence.";
    };
  }

  /** When the shown two-sided interval crosses the threshold, name the one-sided bound that decided. */
  private static String deciding(Measurement m, Threshold target, boolean passed) {
    if (!m.hasInterval()) {
      return "";
    }
    boolean upperLimit = target.comparison().isUpperLimit();
    Double bound = passed == upperLimit ? m.upperBound() : m.lowerBound();
    double shownEnd = passed == upperLimit ? m.high() : m.low();
    if (bound == null || target.isMetBy(shownEnd) == passed) {
      return "";
    }
    return " (its one-sided " + Wording.confidence(m.confidence()) + " bound, " + Wording.value(bound, m.unit()) + ", decides)";
  }

  /** Sentences start with a capital, except a percentile: "p99 of ..." is how it is written. */
  static String capitalized(String text) {
    boolean percentile = text.length() > 1 && text.charAt(0) == 'p' && Character.isDigit(text.charAt(1));
    return text.isEmpty() || percentile ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  /** "95% CI 38–47 ms" or "too few samples for a 95% CI". */
  static String interval(Measurement m) {
    String conf = Wording.confidence(m.confidence());
    return m.hasInterval() ? conf + " CI " + Wording.range(m.low(), m.high(), m.unit()) : "too few samples for a " + conf + " CI";
  }

  static String noRequests(String scope) {
    return "No requests " + scope + ", so there is nothing to judge.";
  }

  /** "No request matched 'GET /x' in steady (requests seen: a, b, c)." */
  static String noMatch(RequestSelector selector, Scope scope) {
    List<String> seen = scope.sample().available().stream().limit(NAMES_SHOWN).toList();
    String more = scope.sample().available().size() > NAMES_SHOWN ? ", …" : "";
    String what = selector.scope() == RequestSelector.Scope.GROUP ? "group" : "request";
    return "No " + what + " matched '" + selector.pattern() + "' " + scope.text() + " ("
        + (seen.isEmpty() ? "no " + what + "s seen" : what + "s seen: " + String.join(", ", seen) + more) + ").";
  }

  /** "Only 10 requests of all requests in steady: p99 at 95% confidence needs at least 299 (measured 5 ms)." */
  static String tooFew(String what, long n, String subjectAndScope, String needs, long required, String measured) {
    return "Only " + Wording.count(n) + " " + what + " " + subjectAndScope + ": " + needs + " needs at least "
        + Wording.count(required) + (measured.isEmpty() ? "" : " (measured " + measured + ")") + ".";
  }
}
