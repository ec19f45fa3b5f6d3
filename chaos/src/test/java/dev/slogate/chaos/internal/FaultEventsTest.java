package dev.slogate.chaos.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.slogate.chaos.FaultInjection;
import dev.slogate.chaos.FaultListener;
import dev.slogate.chaos.FaultRecovery;
import dev.slogate.chaos.spec.FaultKind;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FaultEventsTest {

  @Test
  void aThrowingListenerDoesNotStopTheOthersAndEndsArePaired() {
    List<String> heard = new ArrayList<>();
    FaultListener broken = new FaultListener() {
      @Override
      public void faultInjected(FaultInjection injection) {
        throw new IllegalStateException("timeline is full");
      }

      @Override
      public void faultAborted(FaultRecovery recovery) {
        throw new IllegalStateException("timeline is full");
      }
    };
    FaultListener recording = new FaultListener() {
      @Override
      public void faultInjected(FaultInjection injection) {
        heard.add("injected " + injection.resource());
      }

      @Override
      public void faultRecovered(FaultRecovery recovery) {
        heard.add("recovered " + recovery.injection().resource());
      }

      @Override
      public void faultAborted(FaultRecovery recovery) {
        heard.add("aborted " + recovery.injection().resource());
      }
    };
    FaultEvents events = new FaultEvents(List.of(broken, recording));
    Instant t = Instant.parse("2026-01-01T00:00:00Z");
    FaultInjection injection = new FaultInjection("run", "x", FaultKind.POD_KILL, "pid 42", t, t, Optional.empty(),
        false);

    events.injected(injection);
    events.ended(new FaultRecovery(injection, t, t, t, false));
    events.ended(new FaultRecovery(injection, t, t, t, true));

    assertEquals(List.of("injected pid 42", "recovered pid 42", "aborted pid 42"), heard);
  }
}
