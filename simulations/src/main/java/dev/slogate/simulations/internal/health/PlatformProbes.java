package dev.slogate.simulations.internal.health;

import com.sun.management.OperatingSystemMXBean;
import com.sun.management.UnixOperatingSystemMXBean;
import java.lang.management.ManagementFactory;

/**
 * The readings of the running JVM: CPU from {@code com.sun.management.OperatingSystemMXBean}, descriptors from
 * {@code UnixOperatingSystemMXBean}, pauses from {@link GcPauses}, sockets from {@link OpenSockets}. On a JVM without
 * those beans the readings are unknown, never zero.
 */
final class PlatformProbes implements HealthProbes {

  private final java.lang.management.OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
  private final GcPauses gc = new GcPauses();

  @Override
  public long processCpuNanos() {
    return os instanceof OperatingSystemMXBean sun ? sun.getProcessCpuTime() : -1;
  }

  @Override
  public double machineCpu() {
    // getCpuLoad is the machine's use since the previous call on Linux (from /proc/stat), negative when unknown.
    double load = os instanceof OperatingSystemMXBean sun ? sun.getCpuLoad() : -1;
    return load < 0 ? Double.NaN : load;
  }

  @Override
  public long gcPauseMillis() {
    return gc.millis();
  }

  @Override
  public long openDescriptors() {
    return os instanceof UnixOperatingSystemMXBean unix ? unix.getOpenFileDescriptorCount() : -1;
  }

  @Override
  public long maxDescriptors() {
    return os instanceof UnixOperatingSystemMXBean unix ? unix.getMaxFileDescriptorCount() : -1;
  }

  @Override
  public long openConnections() {
    return OpenSockets.count();
  }
}
