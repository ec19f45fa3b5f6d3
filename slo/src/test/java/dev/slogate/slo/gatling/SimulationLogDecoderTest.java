package dev.slogate.slo.gatling;

import static dev.slogate.slo.gatling.FixtureLogs.PLAIN_OPEN;
import static dev.slogate.slo.gatling.FixtureLogs.SHOP;
import static dev.slogate.slo.gatling.FixtureLogs.serverCount;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The decoder on logs written by real Gatling 3.15.1 runs, checked against what the server received. */
class SimulationLogDecoderTest {

  @Test
  void plainOpenRunMatchesTheServersCountsExactly() {
    RawEvents log = RawEvents.of(FixtureLogs.log(PLAIN_OPEN));

    assertEquals("3.15.1", log.header.gatlingVersion());
    assertEquals("fixtures.PlainOpenSimulation", log.header.simulation());
    assertEquals(List.of("Browse"), log.header.scenarios());
    assertEquals(0, log.header.assertionCount());

    assertEquals(serverCount(PLAIN_OPEN, "/home"), log.count("Home", true));
    assertEquals(0, log.count("Home", false));
    assertEquals(serverCount(PLAIN_OPEN, "/search"), log.count("Search", true));
    assertEquals(serverCount(PLAIN_OPEN, "/checkout", 200), log.count("Checkout", true));
    assertEquals(serverCount(PLAIN_OPEN, "/checkout", 500), log.count("Checkout", false));
    assertTrue(log.count("Checkout", false) > 0, "the fixture must contain KOs");
    assertEquals(serverCount(PLAIN_OPEN, "/home") * 3, log.requests.size());

    assertEquals(Map.of("status.find.in([200, 209], 304), found 500", log.count("Checkout", false)),
        log.requests.stream().filter(r -> !r.ok()).collect(Collectors.groupingBy(RawEvents.Request::message,
            Collectors.counting())));
    assertTrue(log.requests.stream().filter(RawEvents.Request::ok).allMatch(r -> r.message().isEmpty()));

    // One user per Home request; every user that started also ended.
    assertEquals(serverCount(PLAIN_OPEN, "/home"), log.usersOf("Browse", true));
    assertEquals(log.usersOf("Browse", true), log.usersOf("Browse", false));
    assertTrue(log.groups.isEmpty());
    assertTrue(log.errors.isEmpty());
    assertTrue(log.result.complete());
    assertEquals(log.users.size() + log.requests.size(), log.result.events());
  }

  @Test
  void timesAreEpochMillisWithinTheRun() {
    RawEvents log = RawEvents.of(FixtureLogs.log(PLAIN_OPEN));
    long start = log.header.epochStartMillis();
    // The run was made on 2026-11-24; its ramp lasted 20 s.
    assertTrue(start > 1_700_000_000_000L, "start " + start);
    for (RawEvents.Request r : log.requests) {
      assertTrue(r.start() >= start && r.end() >= r.start() && r.end() < start + 60_000, r.toString());
    }
  }

  @Test
  void thirdPartySimulationMatchesTheServersCountsPerName() {
    RawEvents log = RawEvents.of(FixtureLogs.log(SHOP));

    assertEquals(List.of("Shoppers", "Back office"), log.header.scenarios());
    assertEquals(3, log.header.assertionCount());

    Map<String, String> pathOf = Map.of(
        "Login", "/login", "Search", "/search", "Create order", "/orders", "Create order strict", "/orders-strict",
        "Überweisung ✓ 注文", "/pay", "Receipt", "/checkout", "Slow report", "/slow", "Missing page", "/missing");
    assertEquals(pathOf.keySet(), log.requests.stream().map(RawEvents.Request::name).collect(Collectors.toSet()));
    pathOf.forEach((name, path) -> assertEquals(serverCount(SHOP, path),
        log.count(name, true) + log.count(name, false), name));

    // Which responses Gatling judged KO follows from the checks and the server's statuses.
    assertEquals(serverCount(SHOP, "/orders-strict"), log.count("Create order strict", false));
    assertEquals(serverCount(SHOP, "/missing", 404), log.count("Missing page", false));
    assertEquals(serverCount(SHOP, "/checkout", 500), log.count("Receipt", false));
    assertEquals(serverCount(SHOP, "/checkout", 200), log.count("Receipt", true));
    assertEquals(serverCount(SHOP, "/pay"), log.count("Überweisung ✓ 注文", true));
    long ko = log.requests.stream().filter(r -> !r.ok()).count();
    assertEquals(serverCount(SHOP, "/orders-strict") + serverCount(SHOP, "/missing", 404)
        + serverCount(SHOP, "/checkout", 500), ko);

    Map<String, Long> koMessages = log.requests.stream().filter(r -> !r.ok())
        .collect(Collectors.groupingBy(RawEvents.Request::message, TreeMap::new, Collectors.counting()));
    assertEquals(Map.of(
        "status.find.is(201), found 200", serverCount(SHOP, "/orders-strict"),
        "status.find.in([200, 209], 304), found 404", serverCount(SHOP, "/missing"),
        "status.find.in([200, 209], 304), found 500", serverCount(SHOP, "/checkout", 500)), koMessages);
  }

  @Test
  void nonAsciiNamesDecodeExactly() {
    RawEvents log = RawEvents.of(FixtureLogs.log(SHOP));
    String transfer = "\u00dcberweisung \u2713 \u6ce8\u6587";
    RawEvents.Request first = log.requests.stream().filter(r -> r.name().equals(transfer)).findFirst().orElseThrow();
    assertEquals(List.of("Checkout", "Zahlung \u2713"), first.groups());
    assertEquals("\u00dcberweisung \u2713 \u6ce8\u6587", first.name());
    assertEquals(16, first.name().length());
  }

  @Test
  void theNonAsciiNameIsStoredWithTheUtf16Coder() throws Exception {
    // Proves the fixture exercises the UTF16 path: length 32, the UTF-16LE chars, coder byte 1.
    byte[] name = "\u00dcberweisung \u2713 \u6ce8\u6587".getBytes(java.nio.charset.StandardCharsets.UTF_16LE);
    java.nio.ByteBuffer expected = java.nio.ByteBuffer.allocate(4 + name.length + 1).putInt(name.length).put(name)
        .put((byte) 1);
    byte[] file = Files.readAllBytes(FixtureLogs.log(SHOP));
    assertTrue(indexOf(file, expected.array()) > 0, "UTF16 string not found in the log");
  }

  private static int indexOf(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  @Test
  void requestsCarryTheirGroupsAndGroupsTheirOutcome() {
    RawEvents log = RawEvents.of(FixtureLogs.log(SHOP));
    List<String> checkout = List.of("Checkout");
    List<String> payment = List.of("Checkout", "Zahlung \u2713");
    List<String> account = List.of("Account");

    Map<List<String>, Long> requestsPerGroup = log.requests.stream()
        .collect(Collectors.groupingBy(RawEvents.Request::groups, Collectors.counting()));
    assertEquals(Map.of(
        List.of(), serverCount(SHOP, "/login") + serverCount(SHOP, "/search") + serverCount(SHOP, "/slow"),
        checkout, serverCount(SHOP, "/orders") + serverCount(SHOP, "/orders-strict"),
        payment, serverCount(SHOP, "/pay") + serverCount(SHOP, "/checkout"),
        account, serverCount(SHOP, "/missing")), requestsPerGroup);

    // One group record per execution: every shopper runs Checkout and Zahlung once, every back-office user Account.
    long shoppers = log.usersOf("Shoppers", true);
    long backOffice = log.usersOf("Back office", true);
    assertEquals(shoppers, count(log, checkout));
    assertEquals(shoppers, count(log, payment));
    assertEquals(backOffice, count(log, account));
    assertEquals(3, log.groups.stream().map(RawEvents.Group::path).distinct().count());

    // A group is KO when a request inside failed; Account always fails (its crash and its 404).
    assertEquals(serverCount(SHOP, "/checkout", 500),
        log.groups.stream().filter(g -> g.path().equals(payment) && !g.ok()).count());
    assertTrue(log.groups.stream().filter(g -> g.path().equals(account)).noneMatch(RawEvents.Group::ok));
    assertTrue(log.groups.stream().allMatch(g -> g.end() >= g.start() && g.cumulatedResponseTime() >= 0));

    // The same path is always the same List instance: no allocation per record.
    List<List<String>> paymentPaths = log.requests.stream().map(RawEvents.Request::groups)
        .filter(payment::equals).distinct().toList();
    assertEquals(1, paymentPaths.size());
    log.requests.stream().filter(r -> r.groups().equals(payment)).forEach(r -> assertSame(paymentPaths.get(0), r.groups()));
  }

  private static long count(RawEvents log, List<String> path) {
    return log.groups.stream().filter(g -> g.path().equals(path)).count();
  }

  @Test
  void openAndClosedScenariosAndCrashErrors() {
    RawEvents log = RawEvents.of(FixtureLogs.log(SHOP));
    // Shoppers: 20 users/s for 10 s; each logged in once.
    assertEquals(serverCount(SHOP, "/login"), log.usersOf("Shoppers", true));
    assertEquals(200, log.usersOf("Shoppers", true));
    assertEquals(log.usersOf("Shoppers", true), log.usersOf("Shoppers", false));
    // Back office: each closed-model user fetched the slow report once.
    assertEquals(serverCount(SHOP, "/slow"), log.usersOf("Back office", true));
    assertEquals(log.usersOf("Back office", true), log.usersOf("Back office", false));

    // Every back-office user hit the missing attribute once; no request was sent for it.
    assertEquals(log.usersOf("Back office", true), log.errors.size());
    assertTrue(log.errors.stream().allMatch(e -> e.message().equals("Profile: No attribute named 'missing' is defined ")));
    assertTrue(log.requests.stream().noneMatch(r -> r.name().equals("Profile")));
    long start = log.header.epochStartMillis();
    assertTrue(log.errors.stream().allMatch(e -> e.epochMillis() >= start && e.epochMillis() < start + 60_000));
  }

  @Test
  void acceptsTheRunDirectoryAndRejectsAMissingLog() throws Exception {
    assertEquals(RawEvents.of(FixtureLogs.log(PLAIN_OPEN)).requests,
        RawEvents.of(FixtureLogs.directory(PLAIN_OPEN)).requests);
    java.nio.file.Path empty = Files.createTempDirectory("no-log");
    try {
      IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
          () -> SimulationLogDecoder.decode(empty, new LogEventListener() {}));
      assertEquals("no simulation.log in directory " + empty, e.getMessage());
    } finally {
      Files.delete(empty);
    }
  }
}
