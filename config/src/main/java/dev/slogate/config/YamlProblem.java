package dev.slogate.config;

import dev.slogate.config.YamlNode.Position;
import java.util.Optional;

/**
 * YAML text that cannot be read into a {@link YamlNode} tree: bad syntax, a key given twice in one mapping, or an
 * alias. It carries the parts of the problem rather than a finished sentence, so that each kind of file (SLO,
 * experiment, profile) words it in its own terms; {@link #getMessage()} is a plain one-line default. No stack
 * trace: the problem is in the user's file, not in slogate's code.
 */
public final class YamlProblem extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** What is wrong. */
  public enum Kind {
    /** Not valid YAML: {@link #problem()} is the parser's own words, {@link #context()} what it was reading. */
    SYNTAX,
    /** A key given twice in one mapping; {@link #key()} names it. YAML itself would silently keep the last. */
    DUPLICATE_KEY,
    /**
     * An alias ({@code *name}). Refused rather than resolved: Jackson's YAML parser would read it as the text
     * {@code name}, a silent change of meaning.
     */
    ALIAS
  }

  private final Kind kind;
  private final transient Position position;
  private final String path;
  private final String problem;
  private final String context;
  private final transient Position contextPosition;
  private final String key;
  private final transient Position end;
  private final transient Position first;

  private YamlProblem(Kind kind, Position position, String path, String problem, String context,
      Position contextPosition, String key, Position end, Position first) {
    super(position.line() + ":" + position.column() + ": " + (path.isEmpty() ? "" : path + ": ") + problem,
        null, false, false);
    this.kind = kind;
    this.position = position;
    this.path = path;
    this.problem = problem;
    this.context = context;
    this.contextPosition = contextPosition;
    this.key = key;
    this.end = end;
    this.first = first;
  }

  static YamlProblem syntax(Position at, String problem, String context, Position contextAt) {
    return new YamlProblem(Kind.SYNTAX, at, "", problem, context, contextAt, null, at, null);
  }

  static YamlProblem duplicateKey(Position at, Position end, String path, String key, Position first) {
    return new YamlProblem(Kind.DUPLICATE_KEY, at, path, "duplicate key '" + key + "' (first at line " + first.line()
        + ")", null, null, key, end, first);
  }

  static YamlProblem alias(Position at, String path, String alias) {
    return new YamlProblem(Kind.ALIAS, at, path, "YAML aliases such as *" + alias
        + " are not supported; write the value out", null, null, alias, at, null);
  }

  public Kind kind() {
    return kind;
  }

  /** Where the problem is: the offending token, the repeated key, the alias. */
  public Position position() {
    return position;
  }

  /** The dotted path of the value at fault ({@code objectives[1].name}), or "" where there is none. */
  public String path() {
    return path;
  }

  /** What is wrong, one or more lines in the parser's words for {@link Kind#SYNTAX}. */
  public String problem() {
    return problem;
  }

  /** For {@link Kind#SYNTAX}: what the parser was reading ("while parsing a block mapping"), if it said. */
  public Optional<String> context() {
    return Optional.ofNullable(context);
  }

  /** Where {@link #context()} began, if the parser said. */
  public Optional<Position> contextPosition() {
    return Optional.ofNullable(contextPosition);
  }

  /** For {@link Kind#DUPLICATE_KEY} the key, for {@link Kind#ALIAS} the alias's name; otherwise null. */
  public String key() {
    return key;
  }

  /** Where the parser stood when it found the problem: for a repeated key, just past it. */
  public Position end() {
    return end;
  }

  /** For {@link Kind#DUPLICATE_KEY}: where the key was first given. */
  public Optional<Position> first() {
    return Optional.ofNullable(first);
  }
}
