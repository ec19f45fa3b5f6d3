package dev.slogate.chaos.spec;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import dev.slogate.config.PositionedYaml;
import dev.slogate.config.YamlNode;
import dev.slogate.config.YamlProblem;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Turns Jackson's and SnakeYAML's exceptions into one-line {@link SpecException}s in the user's terms:
 * keys and YAML shapes rather than Java types, the accepted values where there is a closed list.
 */
final class ExperimentErrors {

  private static final Pattern QUOTED_VALUE = Pattern.compile("\\(\"([^\"]*)\"\\)");

  private final ObjectMapper names;

  ExperimentErrors(ObjectMapper names) {
    this.names = names;
  }

  /** The YAML reader's problem in an experiment author's words. */
  SpecException fromYaml(String source, YamlProblem problem) {
    YamlNode.Position at = problem.position();
    return switch (problem.kind()) {
      case DUPLICATE_KEY -> new SpecException(source, at.line(), at.column(), "",
          "duplicate key '" + problem.key() + "' (each key may appear once in a mapping)");
      case ALIAS -> new SpecException(source, at.line(), at.column(), problem.path(), problem.problem());
      case SYNTAX -> new SpecException(source, at.line(), at.column(), "", "not valid YAML"
          + problem.context().map(context -> " (" + oneLine(context) + ")").orElse("") + ": "
          + oneLine(problem.problem()) + "; check the indentation");
    };
  }

  /** A read error the YAML reader did not see (it reads the same text with the same parser, so rarely). */
  SpecException fromSyntax(String source, JsonProcessingException e) {
    JsonLocation at = e.getLocation();
    return new SpecException(source, at == null ? 1 : Math.max(1, at.getLineNr()),
        at == null ? 1 : Math.max(1, at.getColumnNr()), "", "not valid YAML: " + oneLine(e.getOriginalMessage()));
  }

  /** @param root the document as far as it reads, for positions; null when nothing does */
  SpecException fromMapping(String source, JsonMappingException e, YamlNode root) {
    String path = wrapped(path(e.getPath()), root);
    SpecViolation violation = violation(e);
    if (violation != null) {
      String field = wrapped(join(path, violation.field()), root);
      return at(source, field, root, e.getLocation(), violation.reason());
    }
    if (e instanceof UnrecognizedPropertyException unknown) {
      return at(source, path, root, e.getLocation(), "unknown key '" + unknown.getPropertyName() + "'"
          + expected(unknown.getKnownPropertyIds()));
    }
    if (e instanceof InvalidTypeIdException badType) {
      String field = badType.getTypeId() == null ? path
          : isTarget(badType) ? join(path, badType.getTypeId()) : join(path, "type");
      return at(source, field, root, e.getLocation(), typeIdReason(badType));
    }
    if (e instanceof InvalidFormatException badValue) {
      return at(source, path, root, e.getLocation(), formatReason(badValue));
    }
    if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
      String message = e.getOriginalMessage();
      String reason = path.isEmpty()
          ? "an experiment file is a YAML mapping of name:, fault:, target:, mode:, duration:, probe: ..."
          : "expected " + shape(mismatch.getTargetType()) + found(mismatch);
      return at(source, path, root, e.getLocation(), reason);
    }
    return at(source, path, root, e.getLocation(), oneLine(e.getOriginalMessage()));
  }

  private SpecException at(String source, String field, YamlNode root, JsonLocation fallback, String reason) {
    if (root != null) {
      YamlNode.Position at = PositionedYaml.locate(root, field);
      return new SpecException(source, at.line(), at.column(), field, reason);
    }
    int line = fallback == null ? 1 : Math.max(1, fallback.getLineNr());
    int column = fallback == null ? 1 : Math.max(1, fallback.getColumnNr());
    return new SpecException(source, line, column, field, reason);
  }

  private static SpecViolation violation(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof SpecViolation v) {
        return v;
      }
    }
    return null;
  }

  private static boolean isTarget(InvalidTypeIdException e) {
    return e.getBaseType() != null && e.getBaseType().getRawClass() == TargetSpec.class;
  }

  /**
   * Jackson's paths skip the wrapper of a {@code target:} ({@code kubernetes:} or {@code local:}); put it
   * back so that the path is the one the user sees in the file.
   */
  private static String wrapped(String path, YamlNode root) {
    if (!(path.equals("target") || path.startsWith("target.")) || path.startsWith("target.kubernetes")
        || path.startsWith("target.local")) {
      return path;
    }
    for (String wrapper : List.of("kubernetes", "local")) {
      if (root != null && PositionedYaml.find(root, "target." + wrapper).isPresent()) {
        return "target." + wrapper + path.substring("target".length());
      }
    }
    return path;
  }

  /** The offending scalar, which Jackson quotes in its message as {@code ("value")}. */
  private static String found(MismatchedInputException e) {
    Matcher quoted = QUOTED_VALUE.matcher(String.valueOf(e.getOriginalMessage()));
    return quoted.find() ? ", not '" + quoted.group(1) + "'" : "";
  }

  private String typeIdReason(InvalidTypeIdException e) {
    if (isTarget(e)) {
      return e.getTypeId() == null
          ? "a target holds one mapping, kubernetes: or local:"
          : "unknown target '" + e.getTypeId() + "' (expected kubernetes or local)";
    }
    return e.getTypeId() == null
        ? "needs a type, one of: " + FaultKind.ids()
        : "unknown fault type '" + e.getTypeId() + "' (expected one of: " + FaultKind.ids() + ")";
  }

  private String formatReason(InvalidFormatException e) {
    Class<?> type = e.getTargetType();
    if (type == Duration.class) {
      return e.getOriginalMessage();
    }
    if (type != null && type.isEnum()) {
      List<String> accepted = Arrays.stream(type.getEnumConstants())
          .map(constant -> names.convertValue(constant, String.class)).toList();
      return "'" + e.getValue() + "' is not one of: " + String.join(", ", accepted);
    }
    return "'" + e.getValue() + "' is not " + shape(type);
  }

  private static String shape(JavaType type) {
    if (type.isContainerType()) {
      return type.isMapLikeType() ? "a mapping of key: value" : "a list";
    }
    return shape(type.getRawClass());
  }

  private static String shape(Class<?> type) {
    if (type == null) {
      return "a value";
    }
    if (type == FaultSpec.class) {
      return "a mapping with type: and its parameters";
    }
    if (type == TargetSpec.class) {
      return "a mapping with kubernetes: or local:";
    }
    if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
      return "a whole number";
    }
    if (type == Double.class || type == double.class) {
      return "a number";
    }
    if (type == String.class) {
      return "text";
    }
    if (type == Duration.class) {
      return "a duration like 500ms, 10s or 1m30s";
    }
    if (Collection.class.isAssignableFrom(type)) {
      return "a list";
    }
    if (type.isEnum()) {
      return "one of " + Arrays.toString(type.getEnumConstants());
    }
    return Map.class.isAssignableFrom(type) ? "a mapping of key: value" : "a mapping";
  }

  private static String expected(Collection<Object> known) {
    if (known == null || known.isEmpty()) {
      return "";
    }
    return " (expected one of: " + known.stream().map(Objects::toString).sorted().collect(Collectors.joining(", "))
        + ")";
  }

  static String path(List<JsonMappingException.Reference> references) {
    StringBuilder path = new StringBuilder();
    for (JsonMappingException.Reference reference : references) {
      if (reference.getFieldName() != null) {
        if (path.length() > 0) {
          path.append('.');
        }
        path.append(reference.getFieldName());
      } else if (reference.getIndex() >= 0) {
        path.append('[').append(reference.getIndex()).append(']');
      }
    }
    return path.toString();
  }

  private static String join(String parent, String child) {
    return parent.isEmpty() ? child : child.isEmpty() ? parent : parent + "." + child;
  }

  private static String oneLine(String text) {
    return text == null ? "" : text.replaceAll("\\s*\\R\\s*", " ").trim();
  }
}
