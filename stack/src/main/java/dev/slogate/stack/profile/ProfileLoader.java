package dev.slogate.stack.profile;

import dev.slogate.config.InputFiles;
import com.fasterxml.jackson.core.JsonProcessingException;
import dev.slogate.config.PositionedYaml;
import dev.slogate.config.YamlNode;
import dev.slogate.config.YamlProblem;
import dev.slogate.stack.StackConfigException;
import dev.slogate.stack.StackConfigException.Reason;
import dev.slogate.stack.StackProfile;
import java.io.IOException;
import java.io.InputStream;
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
      return Optional.of(parse(InputFiles.readText(in), "classpath:" + resource));
    } catch (IOException e) {
      throw new StackConfigException(Reason.NOT_FOUND, "cannot read classpath:" + resource + ": " + e.getMessage());
    }
  }

  public static StackProfile fromFile(Path file) {
    String text;
    try {
      text = InputFiles.readText(file);
    } catch (NoSuchFileException e) {
      throw new StackConfigException(Reason.NOT_FOUND, "profile file not found: " + file);
    } catch (InputFiles.UnreadableInputException e) {
      throw new StackConfigException(Reason.INVALID_PROFILE, "cannot read profile file " + file + ": " + e.getMessage());
    } catch (IOException e) {
      throw new StackConfigException(Reason.NOT_FOUND, "cannot read profile file " + file + ": " + e);
    }
    return parse(text, file.toString());
  }

  public static StackProfile parse(String text, String source) {
    PositionedYaml.Prepared read;
    try {
      read = PositionedYaml.prepare(text);
    } catch (YamlProblem alias) {
      throw new StackConfigException(Reason.INVALID_PROFILE, JacksonProblems.describe(source, alias));
    }
    ProfileDocument doc;
    try {
      doc = read.unreadable().isEmpty() && read.documents().isEmpty()
          ? null : YamlMapper.STRICT.readValue(text, ProfileDocument.class);
    } catch (JsonProcessingException e) {
      if (read.unreadable().isPresent() && PositionedYaml.isReadError(e)) {
        throw new StackConfigException(Reason.INVALID_PROFILE, JacksonProblems.describe(source, read.unreadable().get()));
      }
      throw new StackConfigException(Reason.INVALID_PROFILE, JacksonProblems.describe(source, read.root().orElse(null), e));
    }
    if (doc == null) {
      throw new StackConfigException(Reason.INVALID_PROFILE, source + ": the profile is empty");
    }
    try {
      return ProfileValidator.toProfile(doc);
    } catch (ProfileProblem p) {
      String where = JacksonProblems.where(source, read.root().map(root -> PositionedYaml.locate(root, p.path().parts())).orElse(new YamlNode.Position(1, 1)));
      throw new StackConfigException(Reason.INVALID_PROFILE, where + ": " + p.path() + ": " + p.getMessage());
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
