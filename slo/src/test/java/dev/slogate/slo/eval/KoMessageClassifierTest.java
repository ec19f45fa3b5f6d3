package dev.slogate.slo.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.slogate.slo.eval.KoMessageClassifier.Cause;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every KO message of Gatling 3.15 we know of, as Gatling writes it (a failed check as the check and what it found; an
 * exception as its root cause, abbreviated class name first; its own request timeout without the class), with the
 * cause and origin it must get.
 */
class KoMessageClassifierTest {

  private static void assertCause(Cause expected, String message) {
    assertEquals(expected, KoMessageClassifier.cause(message), message);
    assertEquals(expected.origin(), KoMessageClassifier.origin(message), message);
  }

  @Test
  void runningOutOfFileDescriptorsIsInjectorLocal() {
    // the run 1 and benchmarks/RESULTS.md: Netty's epoll transport failing to open a socket (EMFILE)
    assertCause(Cause.FILE_DESCRIPTORS, "i.n.c.u.Errors$NativeIoException: newSocketStream(..) failed with error(-24): Too many open files");
    // the machine's table full (ENFILE), and the JDK's NIO transport
    assertCause(Cause.FILE_DESCRIPTORS,
        "i.n.c.u.Errors$NativeIoException: newSocketStream(..) failed with error(-23): Too many open files in system");
    assertCause(Cause.FILE_DESCRIPTORS, "j.n.SocketException: Too many open files");
    assertEquals(FailureOrigin.INJECTOR_LOCAL, Cause.FILE_DESCRIPTORS.origin());
  }

  @Test
  void runningOutOfLocalPortsIsInjectorLocal() {
    assertCause(Cause.LOCAL_PORTS,
        "i.n.c.AbstractChannel$AnnotatedConnectException: connect(..) failed: Cannot assign requested address: localhost/127.0.0.1:8080");
    assertCause(Cause.LOCAL_PORTS, "j.n.ConnectException: connect(..) failed: Cannot assign requested address");
    assertCause(Cause.LOCAL_PORTS, "j.n.BindException: Cannot assign requested address");
    assertCause(Cause.LOCAL_PORTS, "i.n.c.u.Errors$NativeIoException: connect(..) failed with error(-99): Cannot assign requested address");
  }

  @Test
  void aFailedLocalNameResolutionIsInjectorLocal() {
    assertCause(Cause.NAME_RESOLUTION, "j.n.UnknownHostException: nosuchhost.invalid");
    assertCause(Cause.NAME_RESOLUTION, "i.n.r.d.DnsResolveContext$SearchDomainUnknownHostException: Failed to resolve "
        + "'nosuchhost.invalid' [A(1), AAAA(28)] and search domain query for configured domains failed as well: [localdomain]");
    assertCause(Cause.NAME_RESOLUTION,
        "i.n.r.d.DnsNameResolverTimeoutException: [/127.0.0.53:53] query via UDP timed out after 5000 milliseconds (no stack trace available)");
  }

  @Test
  void refusedResetAndClosedConnectionsAreConnectionLevel() {
    assertCause(Cause.CONNECTION,
        "i.n.c.AbstractChannel$AnnotatedConnectException: connect(..) failed: Connection refused: localhost/127.0.0.1:8080");
    assertCause(Cause.CONNECTION, "j.n.ConnectException: connect(..) failed: Connection refused");
    assertCause(Cause.CONNECTION, "j.n.ConnectException: Connection refused");
    assertCause(Cause.CONNECTION, "i.n.c.u.Errors$NativeIoException: recvAddress(..) failed: Connection reset by peer");
    assertCause(Cause.CONNECTION, "j.n.SocketException: Connection reset");
    // the run 1: Gatling's own exception when the connection closes before the response is complete
    assertCause(Cause.CONNECTION, "i.g.h.c.i.PrematureCloseException: Premature close");
    assertCause(Cause.CONNECTION, "i.n.c.StacklessClosedChannelException");
    assertCause(Cause.CONNECTION, "j.n.c.ClosedChannelException");
    assertCause(Cause.CONNECTION, "j.i.IOException: Channel was closed before handshake completed");
    assertCause(Cause.CONNECTION, "i.n.c.u.Errors$NativeIoException: writevAddresses(..) failed: Broken pipe");
    assertCause(Cause.CONNECTION, "i.n.c.ConnectTimeoutException: connection timed out after 10000 ms: localhost/127.0.0.1:8080");
    assertEquals(FailureOrigin.CONNECTION_LEVEL, Cause.CONNECTION.origin());
  }

  @Test
  void requestTimeoutsAreConnectionLevelUntilAStallCanBeProven() {
    // what Gatling 3.15.1 writes (GatlingHttpListener drops the class name of its RequestTimeoutException)
    assertCause(Cause.REQUEST_TIMEOUT, "Request timeout to 127.0.0.1/127.0.0.1:8080 after 60000 ms");
    assertCause(Cause.REQUEST_TIMEOUT, "Request timeout to localhost/127.0.0.1:8080 after 500 ms");
    assertCause(Cause.REQUEST_TIMEOUT, "i.g.h.c.i.RequestTimeoutException: Request timeout to localhost/127.0.0.1:8080 after 60000 ms");
    assertEquals(FailureOrigin.CONNECTION_LEVEL, Cause.REQUEST_TIMEOUT.origin());
  }

  @Test
  void aFailedCheckIsTheTargets() {
    // the real Gatling 3.15.1 fixtures (slo/src/test/resources/gatling-logs)
    assertCause(Cause.CHECK, "status.find.in([200, 209], 304), found 500");
    assertCause(Cause.CHECK, "status.find.in([200, 209], 304), found 404");
    assertCause(Cause.CHECK, "status.find.is(201), found 200");
    assertCause(Cause.CHECK, "status.find.is(200), but actually found 503");
    assertCause(Cause.CHECK, "jsonPath($.id).find.exists, found nothing");
    assertCause(Cause.CHECK, "jsonPath($..items[*]).findAll.exists, found nothing");
    assertCause(Cause.CHECK, "regex(total: (\\d+)).find(1).exists, found nothing");
    assertCause(Cause.CHECK, "css(#cart .item).count.is(3), found 0");
    // a check quotes what the target answered, whatever it says: it is still the target's answer
    assertCause(Cause.CHECK, "substring(Too many open files).find.notExists, found Too many open files");
    assertCause(Cause.CHECK, "bodyString.find.is(ok), found Connection refused");
    assertEquals(FailureOrigin.TARGET, Cause.CHECK.origin());
  }

  @Test
  void anUnknownMessageCountsAgainstTheTarget() {
    assertCause(Cause.UNKNOWN, "(no message)");
    assertCause(Cause.UNKNOWN, "i.n.h.s.NotSslRecordException");
    assertCause(Cause.UNKNOWN, "something no version of Gatling wrote yet");
    assertCause(Cause.UNKNOWN, "");
    assertEquals(Cause.UNKNOWN, KoMessageClassifier.cause(null));
    assertEquals(FailureOrigin.TARGET, Cause.UNKNOWN.origin());
  }

  @Test
  void injectorLocalFailuresAreCountedPerCauseAndNothingElse() {
    Map<String, Long> messages = new LinkedHashMap<>();
    messages.put("i.n.c.u.Errors$NativeIoException: newSocketStream(..) failed with error(-24): Too many open files", 16_000L);
    messages.put("j.n.SocketException: Too many open files", 925L);
    messages.put("i.g.h.c.i.PrematureCloseException: Premature close", 32_293L);
    messages.put("status.find.in([200, 209], 304), found 503", 12L);
    messages.put("j.n.BindException: Cannot assign requested address", 3L);
    assertEquals(Map.of(Cause.FILE_DESCRIPTORS, 16_925L, Cause.LOCAL_PORTS, 3L), KoMessageClassifier.injectorLocal(messages));
    assertEquals(Map.of(), KoMessageClassifier.injectorLocal(Map.of("i.g.h.c.i.PrematureCloseException: Premature close", 5L,
        "status.find.is(200), but actually found 503", 7L)));
  }
}
