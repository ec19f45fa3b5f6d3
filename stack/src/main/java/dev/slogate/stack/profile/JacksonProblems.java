package dev.slogate.stack.profile;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/** Rewrites Jackson's multi-line, class-name-laden messages as one line a profile author can act on. */
final class JacksonProblems {

  private JacksonProblems() {}

  /**
   * @param text the YAML that failed, to find where a field is written: Jackson reports where
   *     its parser had got to, which for YAML is often a line or two past the field.
   */
  static String describe(String source, String text, JsonProcessingException e) {
    MarkedYAMLException y = yamlCause(e);
    if (y != null && y.getProblemMark() != null) {
      Mark mark = y.getProblemMark();
      String context = y.getContext() == null ? "" : " (" + y.getContext() + ")";
      return source + ":" + (mark.getLine() + 1) + ":" + (mark.getColumn() + 1)
          + ": malformed YAML: " + firstLine(y.getProblem()) + context;
    }
    String where = where(source, e.getLocation());
    if (e instanceof JsonMappingException m && !m.getPath().isEmpty()) {
      where = YamlLocator.locate(YamlMapper.STRICT, text, path(m))
          .map(l -> where(source, l))
          .orElse(where);
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

  private static MarkedYAMLException yamlCause(Throwable e) {
    for (Throwable t = e; t != null && t != t.getCause(); t = t.getCause()) {
      if (t instanceof MarkedYAMLException y) {
        return y;
      }
    }
    return null;
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
