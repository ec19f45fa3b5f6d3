package dev.slogate.benchmarks.omission;

import dev.slogate.config.Options;
import dev.slogate.benchmarks.internal.harness.Folders;
import dev.slogate.benchmarks.internal.harness.GatlingLauncher;
import dev.slogate.benchmarks.internal.harness.JudgedRun;
import dev.slogate.benchmarks.internal.harness.Met;
import dev.slogate.benchmarks.internal.harness.PercentileError;
import dev.slogate.benchmarks.internal.harness.Section;
import dev.slogate.benchmarks.internal.harness.SuiteOptions;
import dev.slogate.benchmarks.internal.harness.Table;
import dev.slogate.slo.eval.PhaseWindow;
import dev.slogate.simulations.SteadyLoad;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;
import org.HdrHistogram.Histogram;

/**
 * Item 2 of the benchmark suite: a target that stalls for 1 s every 10 s, measured by slogate (an open model:
 * arrivals follow the plan whatever the target does) and by wrk (a closed model: a connection waits for its
 * answer before it sends again, so during a stall it stops asking and the stall hardly shows in its
 * percentiles), next to the truth for requests arriving at the planned rate, computed from the two schedules.
 *
 * <p>See {@code benchmarks/coordinated-omission/run.sh}.
 */
public final class CoordinatedOmissionBenchmark {

  static final double RATE = 1_000;
  static final int WRK_CONNECTIONS = 10;
  static final double[] PERCENTILES = {50, 95, 99, 99.9};

  private CoordinatedOmissionBenchmark() {}

  public static void main(String[] args) throws Exception {
    SuiteOptions options = SuiteOptions.fromSystemProperties("coordinated-omission");
    Duration warmUp = options.pick(Duration.ofSeconds(10), Duration.ofSeconds(5));
    Duration steady = options.pick(Duration.ofSeconds(30), Duration.ofSeconds(10));
    Duration coolDown = options.pick(Duration.ofSeconds(2), Duration.ofSeconds(1));
    StallSchedule schedule = new StallSchedule(10_000, 1_000);
    Section section = new Section("coordinated-omission", "2. Coordinated omission: a 1 s stall every 10 s", options);

    try (StallServer server = new StallServer(schedule)) {
      warmUp(server.url(), 2_000);
      GatlingLauncher.Finished run = GatlingLauncher.withThisClassPath()
          .withProperty(Options.TARGET_URL.key(), server.url())
          .withProperty(Options.RATE.key(), Double.toString(RATE))
          .withProperty(Options.WARM_UP.key(), warmUp.toMillis() + "ms")
          .withProperty(Options.DURATION.key(), steady.toMillis() + "ms")
          .withProperty(Options.COOL_DOWN.key(), coolDown.toMillis() + "ms")
          .withProperty(Options.REQUESTS.key(), "GET /")
          .withTimeout(warmUp.plus(steady).plus(coolDown).plusMinutes(3))
          .run(SteadyLoad.class.getName(), Folders.fresh(options.work().resolve("slogate")));
      JudgedRun judged = JudgedRun.ofSlogateRun(run.slogateRun());
      PhaseWindow window = judged.window(JudgedRun.STEADY);
      Histogram slogateServed = server.served(window.fromEpochSecond(), window.toEpochSecondExclusive());
      Histogram slogate = judged.latencies(JudgedRun.STEADY, "GET /");
      Histogram truth = schedule.openModelTruth(window.fromEpochSecond() * 1000, window.toEpochSecondExclusive() * 1000, RATE, 0);

      Wrk.Result wrk = null;
      Histogram wrkServed = null;
      if (Wrk.binary().isPresent()) {
        System.out.println("coordinated omission: wrk -c" + WRK_CONNECTIONS);
        long from = Math.floorDiv(System.currentTimeMillis(), 1000);
        wrk = Wrk.run(server.url() + "/", WRK_CONNECTIONS, steady, options.work().resolve("wrk"));
        wrkServed = server.served(from, Long.MAX_VALUE);
      } else if ("1".equals(System.getenv("SLOGATE_REQUIRE_ALL"))) {
        throw new IllegalStateException("wrk is not installed (apt-get install -y wrk) and SLOGATE_REQUIRE_ALL=1");
      } else {
        section.paragraph("**wrk is not installed, so the closed-model column is missing** (`apt-get install -y wrk`).");
      }
      report(section, schedule, judged, slogate, truth, slogateServed, wrk, wrkServed, steady);
    }
    section.write();
  }

  private static void report(Section section, StallSchedule schedule, JudgedRun judged, Histogram slogate,
      Histogram truth, Histogram slogateServed, Wrk.Result wrk, Histogram wrkServed, Duration steady) {
    PhaseWindow window = judged.window(JudgedRun.STEADY);
    section.paragraph("""
        A stall server (Undertow, in the driver's JVM) answers at once, except that it holds every answer during
        the first %d ms of every %d s (epoch-aligned); it keeps accepting and reading requests meanwhile. slogate's
        SteadyLoad sends `GET /` at %,.0f requests/s (open model, shared connections) and is judged on its steady
        phase (%d whole seconds, of which %s of the arrivals fall into a stall). wrk runs `wrk -t1 -c%d -d%ds` right
        after (closed model). Truth: the latency each request arriving at the planned rate must have, computed
        from the arrival and stall schedules over slogate's steady seconds (a request arriving x ms into a stall
        waits %d − x ms; the server's own sub-millisecond time is left out). For a window of whole periods that
        is p95 500 ms, p99 900 ms, p99.9 990 ms. The computed truth assumes a server that sends every held answer
        the instant a stall ends; the real one needs some milliseconds to send a stall's worth of answers at once,
        which its own record of each request (arrival → response complete, by arrival second, exactly slogate's
        steady seconds) holds. slogate is judged against that record of the very requests it sent, and shown
        against the computed truth too.

        wrk 4.1 prints percentiles after its own correction (`stats_correct`: each sample longer than the mean
        interval between a connection's requests is back-filled with samples one interval apart, HdrHistogram's
        `recordValueWithExpectedInterval`), so the table gives both what wrk printed and what its requests
        really took, from the server's record of exactly wrk's requests (arrival → response, µs): the latter is
        the closed-model view without any correction.
        """.formatted(schedule.stallMillis(), schedule.periodMillis() / 1000, RATE, window.seconds(),
        share(truth, 1_000), WRK_CONNECTIONS, steady.toSeconds(), schedule.stallMillis()));

    Table table = new Table("percentile", "truth (open model, computed)", "server's record of slogate's requests",
        "slogate", "slogate − server's record", "met? (max(1 ms, 2%))", "slogate − computed truth",
        "wrk -c" + WRK_CONNECTIONS + " as printed (self-corrected)", "− computed truth",
        "wrk's requests, uncorrected (server's record)", "− computed truth");
    Met slogateMet = Met.YES;
    PercentileError slogateP99 = null;
    PercentileError idealP99 = null;
    PercentileError wrkP99 = null;
    PercentileError rawP99 = null;
    for (double p : PERCENTILES) {
      double computed = truth.getValueAtPercentile(p) / 1000.0;
      PercentileError s = new PercentileError(p, slogateServed.getValueAtPercentile(p) / 1000.0, slogate.getValueAtPercentile(p));
      PercentileError ideal = new PercentileError(p, computed, s.measuredMillis());
      slogateMet = slogateMet.and(s.met());
      PercentileError w = wrk == null ? null : new PercentileError(p, computed, wrk.percentileMicros().get(p) / 1000.0);
      PercentileError r = wrk == null ? null : new PercentileError(p, computed, wrkServed.getValueAtPercentile(p) / 1000.0);
      if (p == 99) {
        slogateP99 = s;
        idealP99 = ideal;
        wrkP99 = w;
        rawP99 = r;
      }
      table.row(s.label(), PercentileError.ms(computed), PercentileError.ms(s.truthMillis()), PercentileError.ms(s.measuredMillis()),
          s.absoluteText() + " (" + s.relativeText() + ")", s.met(), ideal.absoluteText() + " (" + ideal.relativeText() + ")",
          w == null ? "–" : PercentileError.ms(w.measuredMillis()), w == null ? "–" : w.absoluteText() + " (" + w.relativeText() + ")",
          r == null ? "–" : PercentileError.ms(r.measuredMillis()), r == null ? "–" : r.absoluteText() + " (" + r.relativeText() + ")");
    }
    section.table(table);

    Table served = new Table("requests", "count", "share that waited ≥ 1 ms", "share that waited ≥ 100 ms");
    served.row("planned arrivals in slogate's steady seconds (truth)", String.format(Locale.ROOT, "%,d", truth.getTotalCount()),
        share(truth, 1_000), share(truth, 100_000));
    served.row("slogate's in its steady seconds, as the server saw them", String.format(Locale.ROOT, "%,d", slogateServed.getTotalCount()),
        share(slogateServed, 1_000), share(slogateServed, 100_000));
    if (wrk != null) {
      served.row("wrk's, as the server saw them", String.format(Locale.ROOT, "%,d (wrk counted %,d, %d errors)",
          wrkServed.getTotalCount(), wrk.requests(), wrk.errors()), share(wrkServed, 1_000), share(wrkServed, 100_000));
    }
    section.table(served);
    section.paragraph("""
        During a stall each of wrk's %d connections has one request outstanding and sends nothing more, so a
        stall costs it %d slow samples among all the fast ones it sends between stalls, where the planned
        rate puts ~%,.0f requests into each stall: uncorrected, the stall all but vanishes from its percentiles
        (coordinated omission). Its built-in correction guesses the missing samples from its own mean
        interval, which depends on how fast the target answered between stalls, not on any planned rate. slogate's
        open model keeps sending on schedule over new connections, so the stalled requests are in its record
        with their full wait.
        """.formatted(WRK_CONNECTIONS, WRK_CONNECTIONS, RATE * schedule.stallMillis() / 1000.0));

    section.headline("coordinated omission: slogate's p99 vs the server's record of the same requests",
        "≤ max(1 ms, 2%) (the accuracy target)",
        slogateP99.absoluteText() + " (" + slogateP99.relativeText() + "); p50–p99.9 " + (slogateMet == Met.YES ? "all within" : "NOT all within")
            + "; vs the computed open-model truth " + idealP99.absoluteText() + " (" + idealP99.relativeText() + ")",
        slogateMet);
    if (wrkP99 != null) {
      section.headline("coordinated omission: wrk's p99 vs the same truth", "(none; for contrast)",
          "as printed " + wrkP99.absoluteText() + " (" + wrkP99.relativeText() + "); uncorrected "
              + rawP99.absoluteText() + " (" + rawP99.relativeText() + ")", Met.NOT_JUDGED);
    }
  }

  private static String share(Histogram micros, long overMicros) {
    long total = micros.getTotalCount();
    long over = total - micros.getCountBetweenValues(0, overMicros - 1);
    return total == 0 ? "–" : String.format(Locale.ROOT, "%.2f%%", 100.0 * over / total);
  }

  static void warmUp(String url, int requests) throws Exception {
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    HttpRequest request = HttpRequest.newBuilder(URI.create(url + "/")).timeout(Duration.ofSeconds(3)).build();
    for (int i = 0; i < requests; i++) {
      client.send(request, HttpResponse.BodyHandlers.discarding());
    }
  }
}
