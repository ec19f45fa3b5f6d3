package dev.slogate.slo.record;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Base64;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.PackedHistogram;

/**
 * HdrHistogram's own compressed encoding in base64: the interchange format HdrHistogram's tools read, exact
 * to the last count, and small (a few dozen bytes for a typical one-second slice of one request name).
 */
public final class HistogramCodec {

  private HistogramCodec() {}

  /** Null for an empty histogram, so that records stay small; {@link #decode} turns null back into one. */
  public static String encode(Histogram histogram) {
    if (histogram.getTotalCount() == 0) {
      return null;
    }
    ByteBuffer buffer = ByteBuffer.allocate(histogram.getNeededByteBufferCapacity());
    int length = histogram.encodeIntoCompressedByteBuffer(buffer, Deflater.BEST_COMPRESSION);
    return Base64.getEncoder().encodeToString(Arrays.copyOf(buffer.array(), length));
  }

  /**
   * @throws IllegalArgumentException when the text is not a compressed histogram
   */
  public static Histogram decode(String base64) {
    if (base64 == null) {
      return SeriesStats.newHistogram();
    }
    Histogram histogram;
    try {
      histogram = PackedHistogram.decodeFromCompressedByteBuffer(ByteBuffer.wrap(Base64.getDecoder().decode(base64)), 0);
    } catch (DataFormatException | RuntimeException e) {
      throw new IllegalArgumentException("not a compressed HdrHistogram: " + e.getMessage(), e);
    }
    if (histogram.getNumberOfSignificantValueDigits() != SeriesStats.SIGNIFICANT_DIGITS) {
      throw new IllegalArgumentException("a histogram with " + histogram.getNumberOfSignificantValueDigits()
          + " significant digits, expected " + SeriesStats.SIGNIFICANT_DIGITS);
    }
    // A decoded histogram is sized to its contents; it must keep growing when records are merged into it.
    histogram.setAutoResize(true);
    return histogram;
  }
}
