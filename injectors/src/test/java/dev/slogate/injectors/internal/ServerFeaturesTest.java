package dev.slogate.injectors.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** What the backend concludes from the server's version, and how it reads an Indexed Job's interval lists. */
class ServerFeaturesTest {

  @Test
  void perIndexBackoffIsAskedForFrom129On() {
    assertFalse(ServerFeatures.of(1, 28).perIndexBackoff(), "alpha in 1.28, off by default");
    assertTrue(ServerFeatures.of(1, 29).perIndexBackoff());
    assertTrue(ServerFeatures.of(1, 33).perIndexBackoff());
    assertTrue(ServerFeatures.of(2, 0).perIndexBackoff());
  }

  @Test
  void theModuleHasNoGatlingOnItsClassPath() {
    // Gatling brings Netty 4.2, the mock server 4.1: they must never meet (shared/ARCHITECTURE.md).
    assertThrows(ClassNotFoundException.class, () -> Class.forName("io.gatling.app.Gatling"));
  }

  @Test
  void intervalListsAreReadAsKubernetesWritesThem() {
    assertEquals(Set.of(0, 1, 2, 4, 7), JobProgress.ranges("0-2,4,7", 8));
    assertEquals(Set.of(3), JobProgress.ranges("3,9", 4), "indexes past the count are ignored");
    assertEquals(Set.of(), JobProgress.ranges("", 4));
    assertThrows(NumberFormatException.class, () -> JobProgress.ranges("a-b", 4));
  }
}
