package dev.slogate.slo.eval;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The one table that says where a KO message of Gatling 3.15 arose ({@link FailureOrigin}). The first row that
 * matches wins; a message no row matches counts against the target, so that a message this table does not know can
 * never excuse a failing target.
 *
 * <p>Gatling writes a failed check as the check and what it found ({@code status.find.in([200, 209], 304), found
 * 500}); an exception as its root cause, abbreviated class name first
 * ({@code i.n.c.u.Errors$NativeIoException: newSocketStream(..) failed with error(-24): Too many open files}), except
 * its own request timeout, which it writes without the class ({@code Request timeout to 127.0.0.1/127.0.0.1:8080 after
 * 60000 ms}).
 *
 * <p><b>Request timeouts are connection-level, not injector-local.</b> A timeout is the client's own clock running
 * out: it is the injector's fault when the injector stalled, the target's when it was slow. Nothing in the log tells
 * the two apart; the injector's health, sampled in its JVM ({@link InjectorHealthCheck}), does. Counting every timeout
 * as local would turn a target slower than the timeout into INVALID instead of FAIL; so a timeout is connection-level,
 * like the other connection-level failures: the target's in a phase whose injector was healthy, charged to no one in
 * an unhealthy (INVALID) phase, and a phase with an injector-local failure is INVALID whatever its timeouts.
 */
public final class KoMessageClassifier {

  /** What a KO message says went wrong, with its origin; reports word an injector-local cause and its remedy. */
  public enum Cause {
    FILE_DESCRIPTORS(FailureOrigin.INJECTOR_LOCAL),
    LOCAL_PORTS(FailureOrigin.INJECTOR_LOCAL),
    NAME_RESOLUTION(FailureOrigin.INJECTOR_LOCAL),
    /** Refused, reset or closed. */
    CONNECTION(FailureOrigin.CONNECTION_LEVEL),
    REQUEST_TIMEOUT(FailureOrigin.CONNECTION_LEVEL),
    /** The target's answer failed a check. */
    CHECK(FailureOrigin.TARGET),
    /** A failure the table does not know, counted against the target. */
    UNKNOWN(FailureOrigin.TARGET);

    private final FailureOrigin origin;

    Cause(FailureOrigin origin) {
      this.origin = origin;
    }

    public FailureOrigin origin() {
      return origin;
    }
  }

  private record Row(Pattern pattern, Cause cause) {}

  private static Row row(String regex, Cause cause) {
    return new Row(Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.DOTALL), cause);
  }

  /**
   * The table. A failed check comes first: its text quotes what the target answered, which may be anything. The
   * injector-local rows come before the connection-level ones because Netty words a local failure to connect as a
   * connect failure ({@code connect(..) failed: Cannot assign requested address}).
   */
  private static final List<Row> TABLE = List.of(
      // status.find.in([200, 209], 304), found 500 · status.find.is(201), found 200 ·
      // jsonPath($.id).find.exists, found nothing · substring(x).find.is(y), but actually found z
      row("^\\w+(\\(.*?\\))?\\.(find|findAll|findRandom|count)\\b", Cause.CHECK),
      // EMFILE (per process) and ENFILE (whole machine): errno 24 and 23
      row("Too many open files|error\\(-2[34]\\)|\\bE[MN]FILE\\b", Cause.FILE_DESCRIPTORS),
      // EADDRNOTAVAIL: no ephemeral port left for a new connection (errno 99)
      row("Cannot assign requested address|error\\(-99\\)|\\bEADDRNOTAVAIL\\b", Cause.LOCAL_PORTS),
      // java.net.UnknownHostException; Netty's resolver: "Failed to resolve 'host' ...", DnsNameResolverTimeoutException
      row("UnknownHostException|Failed to resolve '|DnsNameResolver\\w*Exception|Temporary failure in name resolution",
          Cause.NAME_RESOLUTION),
      // Gatling's own timeout: "Request timeout to host/ip:port after N ms"; also with its class name
      row("^Request timeout\\b|RequestTimeoutException", Cause.REQUEST_TIMEOUT),
      // refused (ECONNREFUSED), reset (ECONNRESET, "Connection reset"), Gatling's "Premature close", a closed
      // channel or broken pipe, and Netty's connect timeout "connection timed out after N ms"
      row("Connection refused|Connection reset|PrematureCloseException|Premature close|ClosedChannelException"
          + "|Channel (was )?closed|Broken pipe|ConnectTimeoutException|connection timed out|No route to host"
          + "|Network is unreachable", Cause.CONNECTION));

  private KoMessageClassifier() {}

  /** The cause of one KO message; {@link Cause#UNKNOWN} (counted against the target) for one the table does not know. */
  public static Cause cause(String message) {
    if (message == null) {
      return Cause.UNKNOWN;
    }
    for (Row row : TABLE) {
      if (row.pattern().matcher(message).find()) {
        return row.cause();
      }
    }
    return Cause.UNKNOWN;
  }

  public static FailureOrigin origin(String message) {
    return cause(message).origin();
  }

  /**
   * The injector-local failures among {@code koMessages} (message → count, as {@code SeriesTotals.koMessages()}
   * holds them), counted per cause in the table's order; empty when there is none.
   */
  public static Map<Cause, Long> injectorLocal(Map<String, Long> koMessages) {
    Map<Cause, Long> local = new EnumMap<>(Cause.class);
    koMessages.forEach((message, count) -> {
      Cause cause = cause(message);
      if (cause.origin() == FailureOrigin.INJECTOR_LOCAL && count > 0) {
        local.merge(cause, count, Long::sum);
      }
    });
    return Collections.unmodifiableMap(local);
  }
}
