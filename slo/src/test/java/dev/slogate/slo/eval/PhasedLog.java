package dev.slogate.slo.eval;

import dev.slogate.slo.gatling.SyntheticLogWriter;
import dev.slogate.slo.plan.Phase;
import dev.slogate.slo.plan.PhaseKind;
import dev.slogate.slo.plan.RunPlan;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A deterministic synthetic {@code simulation.log} with the shape of a chaos run: a ramping warm-up, steady, a
 * fault with many failures, recovery, a gap no phase covers, and cool-down. Every user sends three requests, two of
 * them in nested groups (with group records), one in 40 a slow request that ends half a minute later and is
 * therefore written at the end of the log; one in 60 hits an expression error (a crash Error record). The run
 * starts 730 ms into an epoch second, so every phase window is rounded inwards.
 */
final class PhasedLog {

  static final long EPOCH_START = 1_700_000_000_730L;
  static final List<String> CHECKOUT = List.of("Checkout");
  static final List<String> PAY = List.of("Checkout", "Zahlung ✓");

  private PhasedLog() {}

  /** The phases the log was written to. */
  static RunPlan plan() {
    return planWithSteadyAt(50);
  }

  /** The same phases, with the steady phase planned at another rate than the log's 50/s. */
  static RunPlan planWithSteadyAt(double steadyRate) {
    return new RunPlan("phased", "dev.slogate.synthetic.PhasedSimulation", "http://127.0.0.1:8080", List.of(
        new Phase("warm-up", PhaseKind.WARM_UP, 0, 5_000, 20, 40),
        Phase.constant("steady", PhaseKind.STEADY, 5_000, 20_000, steadyRate),
        Phase.constant("fault-1", PhaseKind.FAULT, 25_000, 5_000, 50),
        Phase.constant("recovery", PhaseKind.RECOVERY, 30_000, 10_000, 50),
        Phase.constant("cool-down", PhaseKind.COOL_DOWN, 41_000, 4_000, 30)));
  }

  static Path write(Path file) {
    SplittableRandom random = new SplittableRandom(42);
    List<long[]> late = new ArrayList<>();
    int user = 0;
    try (SyntheticLogWriter log = SyntheticLogWriter.create(file, "dev.slogate.synthetic.PhasedSimulation", EPOCH_START,
        List.of("Shoppers"))) {
      for (long arrival : arrivals()) {
        long time = EPOCH_START + arrival;
        boolean fault = arrival >= 25_000 && arrival < 30_000;
        log.user(0, true, time);
        long items = latency(random, fault);
        boolean itemsOk = ok(random, fault);
        log.request(List.of(), "GET /api/items", time, time + items, itemsOk, message(itemsOk, user));
        long checkoutStart = time + items;
        long orders = latency(random, fault);
        boolean ordersOk = ok(random, fault);
        log.request(CHECKOUT, "POST /api/orders", checkoutStart, checkoutStart + orders, ordersOk, message(ordersOk, user + 1));
        long payStart = checkoutStart + orders;
        long pay = latency(random, fault);
        boolean payOk = ok(random, fault);
        log.request(PAY, "Überweisung ✓", payStart, payStart + pay, payOk, message(payOk, user + 2));
        log.group(PAY, payStart, payStart + pay + 1, (int) pay, payOk);
        log.group(CHECKOUT, checkoutStart, payStart + pay + 1, (int) (orders + pay), ordersOk && payOk);
        if (user % 60 == 59) {
          log.error("Profile: No attribute named 'missing' is defined", payStart + pay);
        }
        if (user % 40 == 7) {
          late.add(new long[] {time, 25_000 + random.nextInt(10_000), user % 80 == 7 ? 0 : 1});
        }
        log.user(0, false, payStart + pay + 1);
        user++;
      }
      for (long[] slow : late) {
        boolean ok = slow[2] == 1;
        log.request(List.of(), "GET /api/report", slow[0], slow[0] + slow[1], ok, ok ? "" : "Request timeout to 127.0.0.1/127.0.0.1:8080 after 60000 ms");
      }
    }
    return file;
  }

  /** Arrival offsets (ms from the run start): the plan's rates, and 50/s in the second between recovery and cool-down. */
  private static List<Long> arrivals() {
    List<Long> arrivals = new ArrayList<>();
    // Warm-up ramps 20 -> 40/s over 5 s: arrival k comes when the planned count reaches k.
    double a = (40 - 20) / 5.0;
    for (int k = 0; k < 150; k++) {
      arrivals.add(Math.round(1000 * (-20 + Math.sqrt(20 * 20 + 2 * a * k)) / a));
    }
    constant(arrivals, 5_000, 41_000, 50);
    constant(arrivals, 41_000, 45_000, 30);
    return arrivals;
  }

  private static void constant(List<Long> arrivals, long from, long to, double perSecond) {
    long count = Math.round((to - from) / 1000.0 * perSecond);
    for (long k = 0; k < count; k++) {
      arrivals.add(from + Math.round(k * 1000 / perSecond));
    }
  }

  private static long latency(SplittableRandom random, boolean fault) {
    long base = Math.round(Math.exp(Math.log(fault ? 60 : 12) + 0.6 * (random.nextDouble() * 2 - 1)));
    return random.nextInt(200) == 0 ? base + random.nextInt(3_000) : base;
  }

  private static boolean ok(SplittableRandom random, boolean fault) {
    return fault ? random.nextInt(10) >= 3 : random.nextInt(97) != 0;
  }

  private static String message(boolean ok, int n) {
    if (ok) {
      return "";
    }
    return switch (n % 3) {
      case 0 -> "status.find.in([200, 209], 304), found 500";
      case 1 -> "status.find.in([200, 209], 304), found 503";
      default -> "";
    };
  }
}
