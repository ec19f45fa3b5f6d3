package dev.slogate.slo.spec;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Which series of a run an objective reads: all requests, requests by name (exact, or a glob with {@code *}
 * and {@code ?} such as {@code GET /api/*}), or a group (Gatling's group durations, by path joined with
 * {@code " / "}; globs allowed too).
 *
 * @param scope what the pattern applies to
 * @param pattern the name or glob; empty for {@link Scope#ALL}
 */
public record RequestSelector(Scope scope, String pattern) {

  /** What a selector selects among. */
  public enum Scope {
    ALL,
    REQUEST,
    GROUP
  }

  private static final RequestSelector ALL_REQUESTS = new RequestSelector(Scope.ALL, "");

  public RequestSelector {
    Objects.requireNonNull(scope, "scope");
    Objects.requireNonNull(pattern, "pattern");
    if (scope != Scope.ALL && pattern.isBlank()) {
      throw new IllegalArgumentException("a request or group selector needs a name");
    }
  }

  public static RequestSelector allRequests() {
    return ALL_REQUESTS;
  }

  public static RequestSelector request(String nameOrGlob) {
    return new RequestSelector(Scope.REQUEST, nameOrGlob);
  }

  public static RequestSelector group(String pathOrGlob) {
    return new RequestSelector(Scope.GROUP, pathOrGlob);
  }

  public boolean isGlob() {
    return pattern.indexOf('*') >= 0 || pattern.indexOf('?') >= 0;
  }

  /** Whether a request name (or group path, for a group selector) is selected. */
  public boolean matches(String name) {
    return switch (scope) {
      case ALL -> true;
      case REQUEST, GROUP -> isGlob() ? globPattern().matcher(name).matches() : pattern.equals(name);
    };
  }

  /** For sentences: "all requests", "GET /api/*", "group checkout". */
  public String describe() {
    return switch (scope) {
      case ALL -> "all requests";
      case REQUEST -> pattern;
      case GROUP -> "group " + pattern;
    };
  }

  private Pattern globPattern() {
    StringBuilder regex = new StringBuilder();
    StringBuilder literal = new StringBuilder();
    for (char c : pattern.toCharArray()) {
      if (c == '*' || c == '?') {
        regex.append(Pattern.quote(literal.toString())).append(c == '*' ? ".*" : ".");
        literal.setLength(0);
      } else {
        literal.append(c);
      }
    }
    regex.append(Pattern.quote(literal.toString()));
    return Pattern.compile(regex.toString(), Pattern.DOTALL);
  }
}
