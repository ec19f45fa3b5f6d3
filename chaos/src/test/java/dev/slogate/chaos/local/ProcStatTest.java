package dev.slogate.chaos.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ProcStatTest {

  @Test
  void fieldsCountFromTheLastParenthesisSoACommandNameCannotShiftThem() {
    String line = "4242 (java (a) b) S 1 4242 4242 0 -1 4194560 9000 0 12 0 731 169 0 0 20 0 41 0 1407728 "
        + "5000000000 60000 18446744073709551615 1 1 0 0 0 0 0 0 0 0 0 0 17 1 0 0 0 0 0";

    ProcStat stat = ProcStat.parse(4242, line);

    assertEquals(new ProcStat(4242, 'S', 1_407_728, 731 + 169), stat);
  }

  @Test
  void thisProcessHasUsedCpuAndStartedBeforeNow() {
    ProcStat self = ProcStat.read(ProcessHandle.current().pid()).orElseThrow();

    assertEquals(ProcessHandle.current().pid(), self.pid());
    assertTrue(self.cpuTicks() > 0, "a running JVM has used CPU: " + self);
    assertTrue(self.startTicks() > 0, self.toString());
  }
}
