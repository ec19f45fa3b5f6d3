package dev.slogate.slo.gatling;

import java.nio.file.Path;

/**
 * A {@code simulation.log} that slogate cannot read: written by an unsupported Gatling version, truncated, or
 * corrupt. The message is one line naming the file and the byte offset where reading stopped making sense.
 */
public final class SimulationLogException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient Path file;
  private final long byteOffset;
  private final String reason;

  public SimulationLogException(Path file, long byteOffset, String reason) {
    super(file + " at byte " + byteOffset + ": " + reason);
    this.file = file;
    this.byteOffset = byteOffset;
    this.reason = reason;
  }

  public Path file() {
    return file;
  }

  /** Offset, from the start of the file, of the value or record that could not be read. */
  public long byteOffset() {
    return byteOffset;
  }

  /** The message without the file and offset. */
  public String reason() {
    return reason;
  }
}
