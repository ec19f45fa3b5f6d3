package dev.slogate.injectors.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * An injector's run folder as one file on the wire: a ZIP (in the JDK, readable everywhere) whose SHA-256 travels
 * beside it in an RFC 9530 {@code Content-Digest} header, so that the coordinator can tell a whole record from a
 * truncated or altered one.
 */
public final class RecordArchive {

  /** The digest header of RFC 9530. */
  public static final String DIGEST_HEADER = "Content-Digest";

  private static final FileTime EPOCH = FileTime.fromMillis(0);

  private RecordArchive() {}

  /** Zips every regular file under {@code folder}, in path order and with fixed times, so the same folder zips the same. */
  public static void zip(Path folder, OutputStream out) throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(folder)) {
      files = walk.filter(Files::isRegularFile).sorted().toList();
    }
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      for (Path file : files) {
        ZipEntry entry = new ZipEntry(folder.relativize(file).toString().replace('\\', '/'));
        entry.setLastModifiedTime(EPOCH);
        zip.putNextEntry(entry);
        Files.copy(file, zip);
        zip.closeEntry();
      }
    }
  }

  /**
   * Unzips {@code archive} into {@code target} (which must not exist yet), refusing any entry that would land
   * outside it.
   *
   * @return how many files were written
   * @throws IOException a malformed archive, or an entry that escapes {@code target}
   */
  public static int unzip(Path archive, Path target) throws IOException {
    Path root = target.toAbsolutePath().normalize();
    Files.createDirectories(root);
    int files = 0;
    try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(archive))) {
      for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        Path destination = root.resolve(entry.getName()).normalize();
        if (!destination.startsWith(root) || destination.equals(root)) {
          throw new IOException("the archive's entry '" + entry.getName() + "' lies outside its folder");
        }
        if (entry.isDirectory()) {
          Files.createDirectories(destination);
          continue;
        }
        Files.createDirectories(destination.getParent());
        Files.copy(zip, destination);
        files++;
      }
    }
    return files;
  }

  /** The SHA-256 of {@code file}. */
  public static byte[] sha256(Path file) throws IOException {
    MessageDigest digest = sha256();
    try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
      in.transferTo(OutputStream.nullOutputStream());
    }
    return digest.digest();
  }

  /** A fresh SHA-256 digest. */
  public static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  /** {@code sha-256=:<base64>:}, the header value of RFC 9530. */
  public static String digestHeader(byte[] sha256) {
    return "sha-256=:" + Base64.getEncoder().encodeToString(sha256) + ":";
  }

  /**
   * The SHA-256 in a {@code Content-Digest} header value, or null when it has none (other algorithms are ignored,
   * as RFC 9530 allows).
   */
  public static byte[] parseDigestHeader(String value) {
    if (value == null) {
      return null;
    }
    List<String> members = new ArrayList<>(List.of(value.split(",")));
    for (String member : members) {
      String trimmed = member.trim();
      int equals = trimmed.indexOf('=');
      if (equals > 0 && trimmed.substring(0, equals).trim().equalsIgnoreCase("sha-256")) {
        String encoded = trimmed.substring(equals + 1).trim();
        if (encoded.length() >= 2 && encoded.startsWith(":") && encoded.endsWith(":")) {
          try {
            return Base64.getDecoder().decode(encoded.substring(1, encoded.length() - 1));
          } catch (IllegalArgumentException malformed) {
            return null;
          }
        }
      }
    }
    return null;
  }
}
