package dev.slogate.simulations.seeds;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;

/**
 * The bearer token KECS's {@code /v1/} API demands ("auth: enabled: true", "type: jwt"). It comes only from
 * the environment, never from a property or a file in the repository, and is never printed: from
 * {@value #ENVIRONMENT}, or from the file named by {@value #FILE_ENVIRONMENT}. Against the embedded
 * stand-in, which checks a token's form but holds no key, a run without one uses a generated unsigned token.
 *
 * @param value the token, without the {@code Bearer } prefix
 * @param origin where it came from, safe to print
 */
record KecsToken(String value, String origin) {

  static final String ENVIRONMENT = "SLOGATE_KECS_TOKEN";
  static final String FILE_ENVIRONMENT = "SLOGATE_KECS_TOKEN_FILE";

  @Override
  public String toString() {
    return "KecsToken{from " + origin + "}";
  }

  /**
   * @param embeddedTarget whether the load goes to the embedded stand-in
   * @throws IllegalArgumentException naming the variable (never the token) when none is usable
   */
  static KecsToken resolve(Map<String, String> environment, boolean embeddedTarget) {
    String direct = environment.get(ENVIRONMENT);
    if (direct != null && !direct.isBlank()) {
      return new KecsToken(stripBearer(direct), ENVIRONMENT);
    }
    String file = environment.get(FILE_ENVIRONMENT);
    if (file != null && !file.isBlank()) {
      String text;
      try {
        text = Files.readString(Path.of(file.trim()), StandardCharsets.UTF_8).trim();
      } catch (IOException e) {
        throw new IllegalArgumentException(FILE_ENVIRONMENT + " names " + file.trim() + ", which cannot be read ("
            + e.getClass().getSimpleName() + ")");
      }
      if (text.isEmpty()) {
        throw new IllegalArgumentException(FILE_ENVIRONMENT + " names " + file.trim() + ", which is empty");
      }
      return new KecsToken(stripBearer(text), "the file in " + FILE_ENVIRONMENT);
    }
    if (embeddedTarget) {
      return new KecsToken(unsigned(Instant.now()), "a generated unsigned token (the stand-in verifies no signature)");
    }
    throw new IllegalArgumentException("KECS's /v1/ API needs a JWT: set " + ENVIRONMENT + " or " + FILE_ENVIRONMENT);
  }

  /** A well-formed JWT with no signature ({@code alg: none}), claims as KECS's config names them. */
  static String unsigned(Instant now) {
    String header = "{\"alg\":\"none\",\"typ\":\"JWT\"}";
    String claims = "{\"iss\":\"kecs\",\"aud\":\"kecs-api\",\"sub\":\"slogate-load\",\"iat\":" + now.getEpochSecond()
        + ",\"exp\":" + now.plusSeconds(24 * 3600).getEpochSecond() + "}";
    return part(header) + "." + part(claims) + ".";
  }

  private static String part(String json) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
  }

  private static String stripBearer(String token) {
    String trimmed = token.trim();
    return trimmed.regionMatches(true, 0, "Bearer ", 0, 7) ? trimmed.substring(7).trim() : trimmed;
  }
}
