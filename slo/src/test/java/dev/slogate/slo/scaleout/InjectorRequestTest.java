package dev.slogate.slo.scaleout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tokens travel as secrets, never among the options every injector prints and a pod spec shows. */
class InjectorRequestTest {

  private static InjectorRequest request(Map<String, String> options, Map<String, String> secrets) {
    return new InjectorRequest("Sim", "run-1", 2, 1_800_000_000_000L, options, secrets, Path.of("work"),
        Duration.ofMinutes(1), line -> {});
  }

  @Test
  void anOptionNamingATokenIsRefusedAndTheSameTokenAsASecretIsTaken() {
    assertEquals("'slogate.sei.token' looks like a token: pass it in secrets, never as a plain option",
        assertThrows(IllegalArgumentException.class,
            () -> request(Map.of("slogate.sei.token", "s3cr3t"), Map.of())).getMessage());
    assertEquals(Map.of("SLOGATE_SEI_TOKEN", "s3cr3t"),
        request(Map.of("slogate.rate", "30"), Map.of("SLOGATE_SEI_TOKEN", "s3cr3t")).secrets());
  }

  @Test
  void theTokensOfAnEnvironmentAreItsTokenVariablesAndTheContentOfItsTokenFiles(@TempDir Path dir)
      throws IOException {
    Path file = Files.writeString(dir.resolve("kecs"), "from-file\n");
    Map<String, String> environment = Map.of("SLOGATE_SEI_TOKEN", "s3cr3t", "SLOGATE_KECS_TOKEN_FILE",
        file.toString(), "SLOGATE_MISSING_TOKEN_FILE", dir.resolve("absent").toString(), "SLOGATE_JAVA_OPTS", "-Xmx1g",
        "HOME", "/root");
    assertEquals(Map.of("SLOGATE_SEI_TOKEN", "s3cr3t", "SLOGATE_KECS_TOKEN", "from-file"),
        InjectorRequest.tokensOf(environment));
  }
}
