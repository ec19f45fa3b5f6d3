package dev.slogate.simulations.internal.health;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.List;

/**
 * The collectors' pause time since the JVM started, from the GarbageCollectorMXBeans.
 *
 * <p>A stop-the-world collector's bean (Serial, Parallel, G1's "Young" and "Old Generation", ZGC's and Shenandoah's
 * "Pauses") reports the time the application stood still. A concurrent collector's cycle bean (ZGC's and
 * Shenandoah's "Cycles", G1's "Concurrent GC" since JDK 20) reports the wall time of whole cycles that ran beside the
 * application: that is not pause time, and adding it would make a healthy JVM with a concurrent collector look
 * stalled, so those beans are left out. Their short pauses are in the "Pauses" beans, and whatever else delays the
 * injector's threads shows in the hiccup meter anyway.
 */
final class GcPauses {

  private final List<GarbageCollectorMXBean> pausing;

  GcPauses() {
    this.pausing = ManagementFactory.getGarbageCollectorMXBeans().stream()
        .filter(bean -> !bean.getName().contains("Cycles") && !bean.getName().contains("Concurrent"))
        .toList();
  }

  /** Milliseconds paused since the JVM started; -1 when no collector says. */
  long millis() {
    long total = 0;
    boolean known = false;
    for (GarbageCollectorMXBean bean : pausing) {
      long time = bean.getCollectionTime();
      if (time >= 0) {
        total += time;
        known = true;
      }
    }
    return known ? total : -1;
  }
}
