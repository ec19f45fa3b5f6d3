package dev.slogate.benchmarks.accuracy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.HdrHistogram.Histogram;

/**
 * nginx's own view: every request's {@code $request_time} from its access log ({@code $msec $request_time},
 * both in seconds with millisecond resolution, nginx's limit). The steady stretch is the requests logged
 * between the two marks. The log is written unbuffered, so it is complete once nginx has answered.
 */
final class NginxTruth implements ServerTruth {

  private final Path accessLog;
  private long resetMillis = Long.MIN_VALUE;
  private long steadyStartMillis;
  private long steadyEndMillis;

  NginxTruth(Path accessLog) {
    this.accessLog = accessLog;
  }

  @Override
  public void reset() {
    // The log also holds the warm-up requests sent before the run; the run's requests are those logged after.
    resetMillis = System.currentTimeMillis();
  }

  @Override
  public void markSteadyStart() {
    steadyStartMillis = System.currentTimeMillis();
  }

  @Override
  public void markSteadyEnd() {
    steadyEndMillis = System.currentTimeMillis();
  }

  @Override
  public Histogram steady() {
    return read(steadyStartMillis, steadyEndMillis);
  }

  @Override
  public Histogram whole() {
    return read(resetMillis, Long.MAX_VALUE);
  }

  @Override
  public String describe() {
    return "nginx's `$request_time` from its access log (1 ms resolution: a 0.000 there means under a millisecond)";
  }

  private Histogram read(long fromMillis, long toMillis) {
    Histogram micros = new Histogram(3);
    try (BufferedReader lines = Files.newBufferedReader(accessLog)) {
      String line;
      while ((line = lines.readLine()) != null) {
        int space = line.indexOf(' ');
        if (space < 0) {
          continue;
        }
        long at = Math.round(Double.parseDouble(line.substring(0, space)) * 1000);
        if (at >= fromMillis && at < toMillis) {
          micros.recordValue(Math.round(Double.parseDouble(line.substring(space + 1).trim()) * 1_000_000));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read nginx's access log " + accessLog + ": " + e.getMessage(), e);
    }
    return micros;
  }
}
