package dev.slogate.chaos.spec;

import dev.slogate.config.SafeText;

/**
 * An experiment file that cannot be used. {@link #getMessage()} is one line a user can act on:
 * {@code file:line:column: field: what is wrong}. It carries no cause on purpose: the parser's internals
 * are of no use to the person fixing the file, and the message holds everything that is.
 */
public final class SpecException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String source;
  private final int line;
  private final int column;
  private final String field;
  private final String reason;

  SpecException(String source, int line, int column, String field, String reason) {
    // Scrubbed here, once: a reason may quote any value of the file, and a URL with a password can sit in any field.
    super(source + ":" + line + ":" + column + ": " + (field.isEmpty() ? "" : field + ": ") + SafeText.scrub(reason),
        null, false, false);
    this.source = source;
    this.line = line;
    this.column = column;
    this.field = field;
    this.reason = reason;
  }

  /** The file (or resource) name as given to the parser. */
  public String source() {
    return source;
  }

  /** 1-based line of the offending field or value. */
  public int line() {
    return line;
  }

  /** 1-based column of the offending field or value. */
  public int column() {
    return column;
  }

  /** Dotted path of the field ({@code fault.latency}, {@code abort[0].over}), or "" for the whole file. */
  public String field() {
    return field;
  }

  /** What is wrong, without the location. */
  public String reason() {
    return reason;
  }
}
