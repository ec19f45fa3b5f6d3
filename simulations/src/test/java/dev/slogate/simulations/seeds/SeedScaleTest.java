package dev.slogate.simulations.seeds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.slogate.simulations.Settings;
import dev.slogate.simulations.load.WorkloadContext;
import dev.slogate.simulations.internal.target.Target;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SeedScaleTest {

  @Test
  void dividesRatesUsersAndDocumentedTimes() {
    SeedScale sei = SeedScale.read(Settings.of(Map.of()), SeedDefaults.SEI_SCALE);
    assertEquals(200, sei.rate(SeedDefaults.SEI_RATE), "10,000 req/s / 50");
    SeedScale kgas = SeedScale.read(Settings.of(Map.of()), SeedDefaults.KGAS_SCALE);
    assertEquals(Duration.ofSeconds(15), kgas.time(SeedDefaults.KGAS_RAMP), "5 min / 20");
    assertEquals(500, kgas.users(SeedDefaults.KGAS_USERS), "10,000 users / 20");
    assertEquals(1, new SeedScale(1e6).users(10), "never fewer than one user");
    assertEquals(Duration.ofMillis(1), new SeedScale(1e9).time(Duration.ofSeconds(1)), "never an empty phase");
    assertEquals("/ 50", sei.describe());
    assertTrue(sei.isScaled());
  }

  @Test
  void thePropertyOverridesTheSystemDefault() {
    SeedScale scale = SeedScale.read(Settings.of(Map.of("slogate.scale", "2.5")), 50);
    assertEquals(2.5, scale.factor());
    assertEquals("/ 2.5", scale.describe());
    SeedScale one = SeedScale.read(Settings.of(Map.of("slogate.scale", "1")), 50);
    assertFalse(one.isScaled());
    assertEquals("(not scaled)", one.describe());
  }

  @Test
  void badValuesAreOneLineNamingTheProperty() {
    assertEquals("slogate.scale=fifty is not a number (a divisor, e.g. 50)", assertThrows(IllegalArgumentException.class,
        () -> SeedScale.read(Settings.of(Map.of("slogate.scale", "fifty")), 50)).getMessage());
    assertEquals("slogate.scale=-2 must be a positive number (a divisor, e.g. 50)", assertThrows(IllegalArgumentException.class,
        () -> SeedScale.read(Settings.of(Map.of("slogate.scale", "-2")), 50)).getMessage());
    assertEquals("slogate.scale=0 must be a positive number (a divisor, e.g. 50)", assertThrows(IllegalArgumentException.class,
        () -> SeedScale.read(Settings.of(Map.of("slogate.scale", "0")), 50)).getMessage());
  }

  @Test
  void aDeploymentIsDrivenAtTheDocumentedWorkloadUnlessTheScaleIsSet() {
    Target standIn = new Target(URI.create("http://127.0.0.1:8080"), true);
    Target deployment = new Target(URI.create("https://sei.example.internal"), false);
    assertEquals(50, SeedScale.read(new WorkloadContext("sei-platform", Settings.of(Map.of()), standIn), 50).factor());
    assertEquals(1, SeedScale.read(new WorkloadContext("sei-platform", Settings.of(Map.of()), deployment), 50).factor());
    assertEquals(4, SeedScale.read(new WorkloadContext("sei-platform", Settings.of(Map.of("slogate.scale", "4")),
        deployment), 50).factor(), "a scaled run against a deployment is still possible, and says so");
  }
}
