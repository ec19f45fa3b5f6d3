package dev.slogate.stack.profile;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import dev.slogate.config.PositionedYaml;
import dev.slogate.config.YamlNode;
import dev.slogate.config.YamlProblem;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** Rewrites Jackson's multi-line, class-name-laden messages as one line a profile author can act on. */
final class JacksonProblems {

  private JacksonProblems() {}

  /** The YAML reader's problem in a profile author's words. */
  static String describe(String source, YamlProblem problem) {
    return switch (problem.kind()) {
      // As Jackson's strict duplicate detection said it, where its parser stood: just past the key.
      case DUPLICATE_KEY -> where(source, problem.end()) + ": malformed YAML: Duplicate field '" + problem.key() + "'";
      case ALIAS -> where(source, problem.position()) + ": " + (problem.path().isEmpty() ? "" : problem.path() + ": ")
          + problem.problem();
      case SYNTAX -> where(source, problem.position()) + ": malformed YAML: " + firstLine(problem.problem())
          + problem.context().map(context -> " (" + context + ")").orElse("");
    };
  }

  /**
   * @param root the profile as far as it reads (null if not at all), to find where a field is written: Jackson reports where
   *     its parser had got to, which for YAML is often a line or two past the field.
   */
  static String describe(String source, YamlNode root, JsonProcessingException e) {
    String where = where(source, e.getLocation());
    if (root != null && e instanceof JsonMappingException m && !m.getPath().isEmpty()) {
      where = where(source, PositionedYaml.locate(root, path(m).parts()));
    }
    if (e instanceof MismatchedInputException && String.valueOf(e.getOriginalMessage()).startsWith("Trailing token")) {
      return where + ": more than one YAML document; a profile is a single document";
    }
    if (e instanceof UnrecognizedPropertyException u) {
      List<String> known = new ArrayList<>();
      Collection<Object> ids = u.getKnownPropertyIds();
      if (ids != null) {
        ids.forEach(id -> known.add(id.toString()));
        known.sort(null);
      }
      return where + ": " + path(u) + ": unknown field '" + u.getPropertyName() + "'"
          + (known.isEmpty() ? "" : " (expected one of: " + String.join(", ", known) + ")");
    }
    if (e instanceof MismatchedInputException m && m.getTargetType() != null) {
      return where + ": " + path(m) + ": expected " + expected(m.getTargetType());
    }
    if (e instanceof JsonMappingException m && !m.getPath().isEmpty()) {
      return where + ": " + path(m) + ": " + firstLine(m.getOriginalMessage());
    }
    if (e instanceof JsonParseException) {
      return where + ": malformed YAML: " + firstLine(e.getOriginalMessage());
    }
    return where + ": " + firstLine(e.getOriginalMessage());
  }

  static String where(String source, YamlNode.Position at) {
    return source + ":" + at.line() + ":" + at.column();
  }

  private static String where(String source, JsonLocation at) {
    if (at == null || at.getLineNr() < 1) {
      return source;
    }
    return source + ":" + at.getLineNr() + ":" + at.getColumnNr();
  }

  private static FieldPath path(JsonMappingException e) {
    FieldPath path = FieldPath.ROOT;
    for (JsonMappingException.Reference ref : e.getPath()) {
      path = ref.getFieldName() != null ? path.field(ref.getFieldName()) : path.index(ref.getIndex());
    }
    return path;
  }

  private static String expected(Class<?> type) {
    if (type == Integer.class || type == int.class || type == Long.class) {
      return "a whole number";
    }
    if (type == Double.class || type == double.class) {
      return "a number";
    }
    if (type == String.class) {
      return "a single value (text), not a list or mapping";
    }
    if (List.class.isAssignableFrom(type)) {
      return "a list";
    }
    if (Map.class.isAssignableFrom(type) || type.isRecord()) {
      return "a mapping (key: value lines)";
    }
    return "a " + type.getSimpleName();
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "unreadable";
    }
    String line = message.strip().lines().findFirst().orElse("unreadable");
    return line.endsWith(":") ? line.substring(0, line.length() - 1) : line;
  }
}
