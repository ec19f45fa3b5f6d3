package dev.slogate.stack.truth;

import java.nio.ByteBuffer;
import java.util.Base64;
import java.util.Map;
import java.util.zip.DataFormatException;
import org.HdrHistogram.Histogram;

/**
 * What a replica's {@code /truth} endpoint returns, as JSON: histograms in HdrHistogram's
 * compressed encoding, base64, and request counts per status code, per route ("GET /api/items").
 *
 * @param replica the replica's index
 * @param unit the histograms' unit, a {@link java.util.concurrent.TimeUnit} name
 * @param overall all routes together
 * @param routes per route key
 */
public record TruthReport(int replica, String unit, String overall, Map<String, RouteReport> routes) {

  public record RouteReport(String histogram, Map<Integer, Long> statuses) {}

  public static String encode(Histogram histogram) {
    ByteBuffer buffer = ByteBuffer.allocate(histogram.getNeededByteBufferCapacity());
    int length = histogram.encodeIntoCompressedByteBuffer(buffer);
    byte[] bytes = new byte[length];
    buffer.flip();
    buffer.get(bytes);
    return Base64.getEncoder().encodeToString(bytes);
  }

  public static Histogram decode(String base64) {
    try {
      return Histogram.decodeFromCompressedByteBuffer(ByteBuffer.wrap(Base64.getDecoder().decode(base64)), 0);
    } catch (DataFormatException e) {
      throw new IllegalArgumentException("not an HdrHistogram: " + e.getMessage(), e);
    }
  }
}
