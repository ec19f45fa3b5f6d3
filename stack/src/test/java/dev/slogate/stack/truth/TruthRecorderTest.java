package dev.slogate.stack.truth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;

class TruthRecorderTest {

  @Test
  void recordsMicrosecondsPerRouteAndOverallWithStatusCounts() {
    TruthRecorder recorder = new TruthRecorder(List.of("GET /a", "POST /b"));
    recorder.record(recorder.route("GET /a"), 1_499, 200);   // rounds to 1 us
    recorder.record(recorder.route("GET /a"), 2_000_000, 503);
    recorder.record(recorder.route("POST /b"), 250_400, 200);

    TruthReport report = recorder.report(4);
    assertEquals(4, report.replica());
    assertEquals("MICROSECONDS", report.unit());
    Histogram a = TruthReport.decode(report.routes().get("GET /a").histogram());
    assertEquals(2, a.getTotalCount());
    assertEquals(1, a.getMinValue());
    assertEquals(2000, a.getMaxValue(), 2);
    assertEquals(Map.of(200, 1L, 503, 1L), report.routes().get("GET /a").statuses());
    Histogram b = TruthReport.decode(report.routes().get("POST /b").histogram());
    assertEquals(250, b.getValueAtPercentile(50), 1);
    assertEquals(3, TruthReport.decode(report.overall()).getTotalCount());
  }

  @Test
  void reportsAccumulateAndResetForgets() {
    TruthRecorder recorder = new TruthRecorder(List.of("GET /a"));
    recorder.record(recorder.route("GET /a"), 10_000, 200);
    assertEquals(1, TruthReport.decode(recorder.report(0).overall()).getTotalCount());
    recorder.record(recorder.route("GET /a"), 10_000, 200);
    assertEquals(2, TruthReport.decode(recorder.report(0).overall()).getTotalCount());

    recorder.reset();
    TruthReport empty = recorder.report(0);
    assertEquals(0, TruthReport.decode(empty.overall()).getTotalCount());
    assertEquals(0, TruthReport.decode(empty.routes().get("GET /a").histogram()).getTotalCount());
    assertEquals(Map.of(200, 0L), empty.routes().get("GET /a").statuses());
    recorder.record(recorder.route("GET /a"), 10_000, 200);
    assertEquals(1, TruthReport.decode(recorder.report(0).overall()).getTotalCount());
  }

  @Test
  void concurrentWritersLoseNothing() throws InterruptedException {
    TruthRecorder recorder = new TruthRecorder(List.of("GET /a"));
    TruthRecorder.RouteTruth route = recorder.route("GET /a");
    ExecutorService pool = Executors.newFixedThreadPool(4);
    for (int t = 0; t < 4; t++) {
      pool.execute(() -> {
        for (int i = 0; i < 50_000; i++) {
          recorder.record(route, 1_000 + i, 200);
        }
      });
      recorder.report(0); // readers interleave with writers
    }
    pool.shutdown();
    assertEquals(true, pool.awaitTermination(30, TimeUnit.SECONDS));
    TruthReport report = recorder.report(0);
    assertEquals(200_000, TruthReport.decode(report.overall()).getTotalCount());
    assertEquals(200_000L, report.routes().get("GET /a").statuses().get(200));
  }

  @Test
  void unknownRoutesAndBadEncodingsAreRefused() {
    TruthRecorder recorder = new TruthRecorder(List.of("GET /a"));
    assertThrows(IllegalArgumentException.class, () -> recorder.route("GET /b"));
    assertThrows(IllegalArgumentException.class, () -> TruthReport.decode("bm90IGEgaGlzdG9ncmFt"));
  }
}
