package dev.slogate.chaos.probe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class WatchedValueTest {

  @Test
  void readsTextNumbersAndNestedValuesAtThePointer() {
    String body = "{\"leaderPod\":\"0-4711\",\"term\":3,\"queue\":{\"requeued\":12},\"pods\":[\"a\",\"b\"]}";
    assertEquals("0-4711", WatchedValue.read(body, "/leaderPod"));
    assertEquals("3", WatchedValue.read(body, "/term"));
    assertEquals("12", WatchedValue.read(body, "/queue/requeued"));
    assertEquals("[\"a\",\"b\"]", WatchedValue.read(body, "/pods"));
    assertEquals("b", WatchedValue.read(body, "/pods/1"));
  }

  @Test
  void anAnswerThatDoesNotSayIsNull() {
    assertNull(WatchedValue.read("{\"leaderPod\":null}", "/leaderPod"), "no leader named");
    assertNull(WatchedValue.read("{\"leader\":0}", "/leaderPod"));
    assertNull(WatchedValue.read("fleet_q_requeued_steps_total 3", "/requeued"), "Prometheus text, not JSON");
    assertNull(WatchedValue.read("", "/leaderPod"));
    assertNull(WatchedValue.read("{\"leaderPod\":", "/leaderPod"), "a cut-off answer");
  }
}
