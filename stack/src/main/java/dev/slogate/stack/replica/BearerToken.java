package dev.slogate.stack.replica;

import java.util.Base64;
import java.util.regex.Pattern;

/**
 * The check a JWT-protected stand-in route makes of its caller: an {@code Authorization} header of
 * the form {@code Bearer <header>.<payload>.<signature>}, each part base64url without padding,
 * header and payload non-empty and the header a JSON object. The signature may be empty (an
 * unsigned token) and is never verified: a stand-in holds no key, and the point is that the load
 * generator sends a token the way the real system demands one. The token is never logged.
 */
final class BearerToken {

  private static final Pattern PARTS =
      // The scheme name is case-insensitive (RFC 7235); the token is not.
      Pattern.compile("(?i:Bearer) +([A-Za-z0-9_-]+)\\.([A-Za-z0-9_-]+)\\.([A-Za-z0-9_-]*)");

  private BearerToken() {}

  static boolean isWellFormed(String authorization) {
    if (authorization == null) {
      return false;
    }
    var m = PARTS.matcher(authorization.trim());
    if (!m.matches()) {
      return false;
    }
    try {
      byte[] header = Base64.getUrlDecoder().decode(m.group(1));
      Base64.getUrlDecoder().decode(m.group(2));
      Base64.getUrlDecoder().decode(m.group(3));
      return header.length > 1 && header[0] == '{';
    } catch (IllegalArgumentException e) {
      // A length no base64 text can have, e.g. a single character in the last group.
      return false;
    }
  }
}
