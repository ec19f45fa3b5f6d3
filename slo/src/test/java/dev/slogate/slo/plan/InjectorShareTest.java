package dev.slogate.slo.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** Every phase's rate and users divided among the injectors add up to the whole. */
class InjectorShareTest {

  @Property(tries = 300)
  void wholeRatesAndUsersAddUpExactly(@ForAll @IntRange(min = 1, max = 64) int count,
      @ForAll @IntRange(min = 0, max = 20_000) int startRate, @ForAll @IntRange(min = 0, max = 20_000) int endRate,
      @ForAll @IntRange(min = 0, max = 10_000) int users) {
    Phase open = new Phase("ramp", PhaseKind.STEADY, 0, 10_000, startRate, endRate);
    Phase closed = Phase.closed("held", PhaseKind.STEADY, 10_000, 10_000, users, users / 2);
    double start = 0;
    double end = 0;
    int startUsers = 0;
    int endUsers = 0;
    for (int index = 0; index < count; index++) {
      List<Phase> shared = new InjectorShare(index, count, List.of(open, closed)).phases();
      Phase o = shared.get(0);
      assertEquals(Math.floor(o.startRate()), o.startRate(), "a whole rate divides into whole rates");
      start += o.startRate();
      end += o.endRate();
      startUsers += shared.get(1).users().start();
      endUsers += shared.get(1).users().end();
      assertEquals(open.startOffsetMillis(), o.startOffsetMillis());
      assertEquals(open.durationMillis(), o.durationMillis());
    }
    assertEquals(startRate, start, 0.0);
    assertEquals(endRate, end, 0.0);
    assertEquals(users, startUsers);
    assertEquals(users / 2, endUsers);
  }

  @Property(tries = 200)
  void aFractionalRateIsDividedEvenlyAndAddsUpWithinRounding(@ForAll @IntRange(min = 1, max = 16) int count,
      @ForAll @DoubleRange(min = 0, max = 5_000) double rate) {
    double sum = 0;
    for (int index = 0; index < count; index++) {
      sum += new InjectorShare(index, count, List.of()).rate(rate);
    }
    assertEquals(rate, sum, 1e-9 * Math.max(1, rate));
  }

  @Test
  void theRemainderGoesToTheFirstInjectors() {
    Phase steady = Phase.constant("steady", PhaseKind.STEADY, 0, 30_000, 100);
    assertEquals(List.of(34.0, 33.0, 33.0), List.of(0, 1, 2).stream()
        .map(i -> new InjectorShare(i, 3, List.of(steady)).phases().get(0).startRate()).toList());
    assertEquals(0.0, new InjectorShare(2, 3, List.of(Phase.constant("s", PhaseKind.STEADY, 0, 1_000, 2)))
        .phases().get(0).startRate(), "an injector whose share is 0 injects nothing in that phase");
  }

  @Test
  void aPlanSharedKeepsTheWholeAndGivesItBackOnItsTiming() {
    RunPlan whole = new RunPlan("run-1", "Sim", "http://127.0.0.1:1", List.of(
        Phase.constant("warm-up", PhaseKind.WARM_UP, 0, 5_000, 10),
        Phase.constant("steady", PhaseKind.STEADY, 5_000, 30_000, 100)));
    RunPlan share = whole.shared(1, 3).withInjectionDelay(250);
    assertEquals(33.0, share.phase("steady").orElseThrow().startRate());
    assertEquals(new InjectorShare(1, 3, whole.phases()), share.share());
    assertEquals(new InjectorShare(1, 3, whole.phases()), whole.withInjectionDelay(40).shared(1, 3).share(),
        "the whole is kept as planned before the run");
    assertEquals(whole.withInjectionDelay(250), share.whole());
    assertThrows(IllegalStateException.class, () -> share.shared(0, 3));
  }

  @Test
  void anIndexOutsideTheCountIsRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new InjectorShare(3, 3, List.of()));
    assertEquals("injector index 3 of 3 does not exist: the index runs from 0 to count - 1", e.getMessage());
  }
}
