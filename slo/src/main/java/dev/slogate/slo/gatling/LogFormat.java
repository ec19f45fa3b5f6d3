package dev.slogate.slo.gatling;

/**
 * The constants of Gatling's binary {@code simulation.log} (Gatling 3.13 and later), shared by the decoder and
 * the synthetic writer so that both speak exactly the same format.
 *
 * <p>Layout, big-endian throughout: one Run record, then any number of User, Request, Group and Error records,
 * each introduced by its header byte. Times after the Run record are {@code int} milliseconds relative to the
 * run start. A string is {@code int length} followed, when the length is not zero, by the bytes of Java's
 * internal String value and its coder byte (0 = LATIN1, 1 = UTF16). A cached string is a positive index,
 * followed by the string, on its first occurrence, and the negated index afterwards. Indexes start at 1 and
 * increase by one, because the writer is a single thread.
 */
final class LogFormat {

  static final byte RUN = 0;
  static final byte REQUEST = 1;
  static final byte USER = 2;
  static final byte GROUP = 3;
  static final byte ERROR = 4;

  static final byte CODER_LATIN1 = 0;
  static final byte CODER_UTF16 = 1;

  /**
   * Plausibility limits. A length beyond them is not data that ran short but garbage: reporting it as corrupt
   * (rather than truncated) keeps the lenient mode from accepting a damaged log.
   */
  static final int MAX_STRING_BYTES = 16 << 20;
  static final int MAX_ASSERTION_BYTES = 16 << 20;
  static final int MAX_LIST_SIZE = 1 << 16;
  static final int MAX_GROUP_DEPTH = 256;

  private LogFormat() {}

  static String recordName(byte header) {
    return switch (header) {
      case RUN -> "Run";
      case REQUEST -> "Request";
      case USER -> "User";
      case GROUP -> "Group";
      case ERROR -> "Error";
      default -> "unknown";
    };
  }

  /** Gatling's own reports show names with line breaks and tabs as spaces; names here match the reports. */
  static String sanitize(String s) {
    if (s.indexOf('\n') < 0 && s.indexOf('\r') < 0 && s.indexOf('\t') < 0) {
      return s;
    }
    return s.replace('\n', ' ').replace('\r', ' ').replace('\t', ' ');
  }
}
