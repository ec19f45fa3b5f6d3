package dev.slogate.benchmarks.capacity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CapacityProbeTest {

  @Test
  void aLongFailureKeepsItsEndWhichSaysWhatFailed() {
    String message = "i.n.c.u.Errors$NativeIoException: newSocketStream(..) failed with error(-24): Too many open files";
    String shortened = CapacityProbe.shorten(message);
    assertEquals(90, shortened.length());
    assertTrue(shortened.startsWith("…") && shortened.endsWith("error(-24): Too many open files"), shortened);
    assertTrue(shortened.contains(CapacityProbe.OUT_OF_DESCRIPTORS));
    assertEquals("connection refused", CapacityProbe.shorten("connection refused"));
  }
}
