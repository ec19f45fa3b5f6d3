package dev.slogate.stack.balancer;

import static dev.slogate.stack.balancer.SlotHealth.Change.NONE;
import static dev.slogate.stack.balancer.SlotHealth.Change.WENT_DOWN;
import static dev.slogate.stack.balancer.SlotHealth.Change.WENT_UP;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SlotHealthTest {

  @Test
  void goesDownAfterFallConsecutiveFailures() {
    SlotHealth h = new SlotHealth(3, 2, true);
    assertEquals(NONE, h.record(false));
    assertEquals(NONE, h.record(false));
    assertEquals(WENT_DOWN, h.record(false));
    assertFalse(h.isUp());
  }

  @Test
  void aPassedCheckResetsTheFailureCount() {
    SlotHealth h = new SlotHealth(3, 2, true);
    h.record(false);
    h.record(false);
    assertEquals(NONE, h.record(true));
    assertEquals(NONE, h.record(false));
    assertEquals(NONE, h.record(false));
    assertTrue(h.isUp());
    assertEquals(WENT_DOWN, h.record(false));
  }

  @Test
  void comesBackAfterRiseConsecutiveSuccessesOnly() {
    SlotHealth h = new SlotHealth(1, 3, false);
    assertEquals(NONE, h.record(true));
    assertEquals(NONE, h.record(true));
    assertEquals(NONE, h.record(false));
    assertEquals(NONE, h.record(true));
    assertEquals(NONE, h.record(true));
    assertEquals(WENT_UP, h.record(true));
    assertTrue(h.isUp());
    assertEquals(NONE, h.record(true));
    assertEquals(WENT_DOWN, h.record(false));
  }
}
