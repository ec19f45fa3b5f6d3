package dev.slogate.stack.profile;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import dev.slogate.stack.StackConfigException;
import dev.slogate.stack.StackConfigException.Reason;
import dev.slogate.stack.StackProfile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Reads profiles from the classpath, files or text. Every failure is a
 * {@link StackConfigException} whose message is one line: {@code source:line:column: field: what}.
 */
public final class ProfileLoader {

  /** Where built-in profiles live on the classpath. */
  public static final String CLASSPATH_DIR = "dev/slogate/stack/profiles/";

  private ProfileLoader() {}

  public static StackProfile load(String nameOrPath) {
    if (nameOrPath == null || nameOrPath.isBlank()) {
      throw new StackConfigException(Reason.NOT_FOUND, "no profile given");
    }
    boolean looksLikeFile = nameOrPath.contains("/") || nameOrPath.contains("\\")
        || nameOrPath.endsWith(".yaml") || nameOrPath.endsWith(".yml");
    if (!looksLikeFile) {
      Optional<StackProfile> builtIn = fromClasspath(nameOrPath);
      if (builtIn.isPresent()) {
        return builtIn.get();
      }
      if (!Files.exists(Path.of(nameOrPath))) {
        throw new StackConfigException(Reason.NOT_FOUND, "profile '" + nameOrPath
            + "' not found: no built-in profile of that name and no such file");
      }
    }
    return fromFile(Path.of(nameOrPath));
  }

  /** A built-in profile, e.g. {@code default} for {@code dev/slogate/stack/profiles/default.yaml}. */
  public static Optional<StackProfile> fromClasspath(String name) {
    String resource = CLASSPATH_DIR + name + ".yaml";
    ClassLoader loader = ProfileLoader.class.getClassLoader();
    try (InputStream in = loader.getResourceAsStream(resource)) {
      if (in == null) {
        return Optional.empty();
      }
      return Optional.of(parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "classpath:" + resource));
    } catch (IOException e) {
      throw new StackConfigException(Reason.NOT_FOUND, "cannot read classpath:" + resource + ": " + e.getMessage());
    }
  }

  public static StackProfile fromFile(Path file) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new StackConfigException(Reason.NOT_FOUND, "profile file not found: " + file);
    } catch (IOException e) {
      throw new StackConfigException(Reason.NOT_FOUND, "cannot read profile file " + file + ": " + e);
    }
    return parse(text, file.toString());
  }

  public static StackProfile parse(String text, String source) {
    ProfileDocument doc;
    try {
      doc = isEmpty(text) ? null : YamlMapper.STRICT.readValue(text, ProfileDocument.class);
    } catch (JsonProcessingException e) {
      throw new StackConfigException(Reason.INVALID_PROFILE, JacksonProblems.describe(source, text, e));
    }
    if (doc == null) {
      throw new StackConfigException(Reason.INVALID_PROFILE, source + ": the profile is empty");
    }
    try {
      return ProfileValidator.toProfile(doc);
    } catch (ProfileProblem p) {
      Optional<JsonLocation> at = YamlLocator.locate(YamlMapper.STRICT, text, p.path());
      String where = at.map(l -> source + ":" + l.getLineNr() + ":" + l.getColumnNr()).orElse(source);
      throw new StackConfigException(Reason.INVALID_PROFILE, where + ": " + p.path() + ": " + p.getMessage());
    }
  }

  private static boolean isEmpty(String text) throws JsonProcessingException {
    try (JsonParser parser = YamlMapper.STRICT.createParser(text)) {
      return parser.nextToken() == null;
    } catch (JsonProcessingException e) {
      throw e;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The profile as a document that reads back exactly ({@link #fromDocument}). */
  public static ProfileDocument toDocument(StackProfile profile) {
    return ProfileDocument.of(profile);
  }

  /** Checks a document that did not come from a file (e.g. sent to a replica as JSON). */
  public static StackProfile fromDocument(ProfileDocument doc) {
    try {
      return ProfileValidator.toProfile(doc);
    } catch (ProfileProblem p) {
      throw new StackConfigException(Reason.INVALID_PROFILE, p.path() + ": " + p.getMessage());
    }
  }
}
