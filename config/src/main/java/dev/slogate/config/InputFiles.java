package dev.slogate.config;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads the text files a user hands slogate (SLO files, experiment files, stack profiles) so that a wrong file
 * is refused in one line before any parser sees it:
 *
 * <ul>
 *   <li><b>Size first.</b> A file above {@link #MAX_BYTES} is refused by its size, without reading it. A YAML
 *       parser's cost grows faster than linearly with one huge quoted value (8 MB took 27 s, 50 MB did not end in
 *       two minutes), and the code-point limit of the parser is checked only after the value was read. The
 *       largest file slogate ships is about 11 kB, so a limit of 1 MiB refuses no honest file. At most
 *       {@code MAX_BYTES + 1} bytes are ever read, so a file that grows meanwhile, or a pipe, is bounded too.
 *   <li><b>UTF-8 strictly.</b> A malformed byte is reported with its offset ("not UTF-8 text at byte 17") instead
 *       of the decoder's "Input length = 1", and is never replaced silently; UTF-16 is recognised by its byte order
 *       mark and named; a NUL byte, which no YAML text holds, means a binary file. A UTF-8 byte order mark is
 *       dropped, as editors on Windows write one.
 * </ul>
 *
 * <p>Every method throws {@link UnreadableInputException}, an {@link IOException}, whose message is one line
 * that the caller puts after its own words ("cannot read SLO file: ...").
 */
public final class InputFiles {

  /** The largest input file read: 1 MiB. */
  public static final int MAX_BYTES = 1 << 20;

  private InputFiles() {}

  /** The file's text, refused by size or encoding in one line. */
  public static String readText(Path file) throws IOException {
    long size = Files.size(file);
    if (size > MAX_BYTES) {
      throw tooLarge(size);
    }
    try (InputStream in = Files.newInputStream(file)) {
      return readText(in);
    }
  }

  /** The stream's text (a class-path resource, a pipe), reading at most {@link #MAX_BYTES} + 1 bytes. */
  public static String readText(InputStream in) throws IOException {
    byte[] bytes = in.readNBytes(MAX_BYTES + 1);
    if (bytes.length > MAX_BYTES) {
      throw new UnreadableInputException("too large: more than " + String.format(Locale.ROOT, "%,d", MAX_BYTES)
          + " bytes (an input file is at most 1 MiB)");
    }
    return decode(bytes);
  }

  /** The bytes as UTF-8 text, refused in one line when they are not. */
  public static String decode(byte[] bytes) throws UnreadableInputException {
    if (startsWith(bytes, 0xFE, 0xFF) || startsWith(bytes, 0xFF, 0xFE)) {
      throw new UnreadableInputException("UTF-16 text, not UTF-8: save the file as UTF-8");
    }
    int start = startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
    for (int i = start; i < bytes.length; i++) {
      if (bytes[i] == 0) {
        throw new UnreadableInputException("not text: a NUL byte at byte " + i
            + (looksLikeUtf16WithoutMark(bytes) ? " (it looks like UTF-16: save the file as UTF-8)" : " (a binary file?)"));
      }
    }
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
    // UTF-8 never has more chars than bytes, so one buffer of that size holds the whole text.
    CharBuffer out = CharBuffer.allocate(bytes.length - start);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      throw new UnreadableInputException("not UTF-8 text at byte " + in.position());
    }
    result = decoder.flush(out);
    if (result.isError()) {
      throw new UnreadableInputException("not UTF-8 text at byte " + in.position());
    }
    return out.flip().toString();
  }

  private static UnreadableInputException tooLarge(long size) {
    return new UnreadableInputException("too large: " + String.format(Locale.ROOT, "%,d", size)
        + " bytes (an input file is at most 1 MiB)");
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  // UTF-16 of ASCII text without a byte order mark has a NUL in every other byte.
  private static boolean looksLikeUtf16WithoutMark(byte[] bytes) {
    int pairs = Math.min(bytes.length / 2, 64);
    if (pairs < 2) {
      return false;
    }
    int evenNuls = 0;
    int oddNuls = 0;
    for (int i = 0; i < pairs * 2; i += 2) {
      evenNuls += bytes[i] == 0 ? 1 : 0;
      oddNuls += bytes[i + 1] == 0 ? 1 : 0;
    }
    return evenNuls == pairs || oddNuls == pairs;
  }

  /** A file refused by size or encoding; the message is one line, without the file's content. */
  public static final class UnreadableInputException extends IOException {
    UnreadableInputException(String message) {
      super(message);
    }
  }
}
