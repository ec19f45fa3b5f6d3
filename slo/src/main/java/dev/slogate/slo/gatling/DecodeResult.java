package dev.slogate.slo.gatling;

import java.nio.file.Path;

/**
 * What one pass of {@link SimulationLogDecoder} read.
 *
 * @param file the {@code simulation.log} that was read
 * @param header its Run record
 * @param events the User, Request, Group and Error records delivered to the listener
 * @param validBytes the length of the part of the file that held whole records
 * @param fileBytes the file's length when it was opened
 */
public record DecodeResult(Path file, RunHeader header, long events, long validBytes, long fileBytes) {

  /** True when the log ended cleanly at a record boundary; false for a truncated log read leniently. */
  public boolean complete() {
    return validBytes == fileBytes;
  }
}
