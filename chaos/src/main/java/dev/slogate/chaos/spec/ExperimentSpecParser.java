package dev.slogate.chaos.spec;

import dev.slogate.config.InputFiles;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.jsontype.TypeDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.slogate.chaos.internal.ExperimentDurations;
import dev.slogate.config.PositionedYaml;
import dev.slogate.config.YamlNode;
import dev.slogate.config.YamlProblem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Reads experiment files (YAML, documented in the module's README) into {@link ExperimentSpec}s.
 *
 * <p>Strict on purpose: an unknown key, a duplicate key, a value of the wrong type or a broken rule is a
 * {@link SpecException} whose message is one line, {@code file:line:column: field: what is wrong}. A
 * typo in a chaos experiment must not silently turn into "inject everywhere" or "never recover".
 *
 * <p>Thread-safe and reusable.
 */
public final class ExperimentSpecParser {

  private final ObjectMapper mapper;
  private final ExperimentErrors errors;

  public ExperimentSpecParser() {
    YAMLFactory yaml = YAMLFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    SimpleModule fileRules = new SimpleModule("slogate-experiment-files");
    fileRules.addDeserializer(Duration.class, new DurationDeserializer());
    fileRules.addDeserializer(FaultSpec.class, new MappingOnly<>(FaultSpec.class));
    fileRules.addDeserializer(TargetSpec.class, new MappingOnly<>(TargetSpec.class));
    this.mapper = YAMLMapper.builder(yaml)
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
        .disable(MapperFeature.ALLOW_FINAL_FIELDS_AS_MUTATORS)
        .disable(MapperFeature.INFER_PROPERTY_MUTATORS)
        .addModule(fileRules)
        .build();
    this.errors = new ExperimentErrors(JsonMapper.builder().build());
  }

  /** Reads an experiment file. */
  public ExperimentSpec parse(Path file) {
    String text;
    try {
      text = InputFiles.readText(file);
    } catch (InputFiles.UnreadableInputException e) {
      throw new SpecException(file.toString(), 1, 1, "", "cannot read the file: " + e.getMessage());
    } catch (IOException e) {
      throw new SpecException(file.toString(), 1, 1, "", "cannot read the file (" + e.getClass().getSimpleName()
          + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")");
    }
    return parse(text, file.toString());
  }

  /** Reads an experiment bundled on the class path, e.g. {@code dev/slogate/chaos/experiments/x.yaml}. */
  public ExperimentSpec parseResource(String resource) {
    ClassLoader loader = ExperimentSpecParser.class.getClassLoader();
    try (InputStream in = loader.getResourceAsStream(resource)) {
      if (in == null) {
        throw new SpecException(resource, 1, 1, "", "no such experiment on the class path");
      }
      return parse(InputFiles.readText(in), resource);
    } catch (IOException e) {
      throw new SpecException(resource, 1, 1, "", "cannot read the resource (" + e.getMessage() + ")");
    }
  }

  /**
   * Reads experiment YAML.
   *
   * @param source the name errors give for the text, usually its file name
   */
  public ExperimentSpec parse(String text, String source) {
    if (text.isBlank()) {
      throw new SpecException(source, 1, 1, "", "the file is empty; an experiment needs at least name, fault, "
          + "target, mode, duration and probe");
    }
    PositionedYaml.Prepared read;
    try {
      read = PositionedYaml.prepare(text);
    } catch (YamlProblem alias) {
      throw errors.fromYaml(source, alias);
    }
    try {
      return mapper.readValue(text, ExperimentSpec.class);
    } catch (JsonMappingException e) {
      throw errors.fromMapping(source, e, read.root().orElse(null));
    } catch (JsonProcessingException e) {
      throw read.unreadable().map(problem -> errors.fromYaml(source, problem)).orElseGet(() -> errors.fromSyntax(source, e));
    } catch (SpecViolation e) {
      // Thrown outside any creator (Jackson wraps those): the whole document is at fault.
      YamlNode.Position at = read.root().map(root -> PositionedYaml.locate(root, e.field()))
          .orElse(new YamlNode.Position(1, 1));
      throw new SpecException(source, at.line(), at.column(), e.field(), e.reason());
    }
  }

  /**
   * Lets a polymorphic type ({@code fault:}, {@code target:}) be written only as a mapping. Jackson would
   * also take {@code [pod-kill, {...}]} (type id and value in a list), a form nobody should have to know.
   */
  private static final class MappingOnly<T> extends JsonDeserializer<T> {
    private final Class<T> type;

    MappingOnly(Class<T> type) {
      this.type = type;
    }

    @Override
    public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
      return type.cast(context.handleUnexpectedToken(type, parser));
    }

    @Override
    public Object deserializeWithType(JsonParser parser, DeserializationContext context, TypeDeserializer types)
        throws IOException {
      if (!parser.hasToken(JsonToken.START_OBJECT) && !parser.hasToken(JsonToken.FIELD_NAME)) {
        return context.handleUnexpectedToken(type, parser);
      }
      return types.deserializeTypedFromObject(parser, context);
    }
  }

  /** Reads Go-style durations ({@code 1m30s}); the error points at the value itself. */
  private static final class DurationDeserializer extends JsonDeserializer<Duration> {
    @Override
    public Duration deserialize(JsonParser parser, DeserializationContext context) throws IOException {
      if (!parser.currentToken().isScalarValue()) {
        return (Duration) context.handleUnexpectedToken(Duration.class, parser);
      }
      String text = parser.getText();
      if (parser.currentToken().isNumeric()) {
        throw InvalidFormatException.from(parser, "'" + text + "' has no unit; write it like 500ms, 10s or 1m",
            text, Duration.class);
      }
      try {
        return ExperimentDurations.parse(text);
      } catch (IllegalArgumentException e) {
        throw InvalidFormatException.from(parser, e.getMessage(), text, Duration.class);
      }
    }
  }
}
