package dev.slogate.simulations.seeds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where KECS's bearer token comes from, and that it is never shown. */
class KecsTokenTest {

  static final String SECRET = "eyJhbGciOiJIUzI1NiJ9.eyJpc3MiOiJrZWNzIn0.c2VjcmV0LXNpZ25hdHVyZQ";

  @Test
  void theEnvironmentVariableWinsAndABearerPrefixIsDropped() {
    KecsToken token = KecsToken.resolve(Map.of(KecsToken.ENVIRONMENT, "Bearer " + SECRET,
        KecsToken.FILE_ENVIRONMENT, "/nonexistent"), false);
    assertEquals(SECRET, token.value());
    assertEquals("SLOGATE_KECS_TOKEN", token.origin());
    assertFalse(token.toString().contains(SECRET), "toString never shows the token");
  }

  @Test
  void aFileNamedByTheEnvironmentIsRead(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("token");
    Files.writeString(file, SECRET + "\n");
    KecsToken token = KecsToken.resolve(Map.of(KecsToken.FILE_ENVIRONMENT, file.toString()), false);
    assertEquals(SECRET, token.value());
    assertEquals("the file in SLOGATE_KECS_TOKEN_FILE", token.origin());

    Files.writeString(file, "  \n");
    assertEquals("SLOGATE_KECS_TOKEN_FILE names " + file + ", which is empty", assertThrows(
        IllegalArgumentException.class, () -> KecsToken.resolve(Map.of(KecsToken.FILE_ENVIRONMENT, file.toString()), true))
        .getMessage());
    Path missing = dir.resolve("absent");
    assertEquals("SLOGATE_KECS_TOKEN_FILE names " + missing + ", which cannot be read (NoSuchFileException)",
        assertThrows(IllegalArgumentException.class,
            () -> KecsToken.resolve(Map.of(KecsToken.FILE_ENVIRONMENT, missing.toString()), true)).getMessage());
  }

  @Test
  void theStandInGetsAGeneratedUnsignedTokenAndARealTargetNone() {
    KecsToken token = KecsToken.resolve(Map.of(), true);
    assertTrue(token.origin().startsWith("a generated unsigned token"));
    String[] parts = token.value().split("\\.", -1);
    assertEquals(3, parts.length);
    assertEquals("", parts[2], "unsigned: empty signature");
    assertEquals("{\"alg\":\"none\",\"typ\":\"JWT\"}",
        new String(Base64.getUrlDecoder().decode(parts[0]), StandardCharsets.UTF_8));
    String claims = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
    assertTrue(claims.startsWith("{\"iss\":\"kecs\",\"aud\":\"kecs-api\""), claims);
    assertEquals(KecsToken.unsigned(Instant.ofEpochSecond(0)).split("\\.")[0], parts[0]);

    assertEquals("KECS's /v1/ API needs a JWT: set SLOGATE_KECS_TOKEN or SLOGATE_KECS_TOKEN_FILE",
        assertThrows(IllegalArgumentException.class, () -> KecsToken.resolve(Map.of(), false)).getMessage());
  }
}
