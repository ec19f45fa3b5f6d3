package dev.slogate.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

class SafeTextTest {

  @Test
  void aUrlLosesItsUserInfoQueryAndFragment() {
    assertEquals("https://***@shop.example:8443/api?***", SafeText.url("https://admin:hunter2@shop.example:8443/api?token=s3cr3t#x"));
    assertEquals("http://127.0.0.1:8080", SafeText.url("http://127.0.0.1:8080"));
    assertEquals("http://[::1]:9000/x", SafeText.url(" http://[::1]:9000/x "));
  }

  @Test
  void aUrlJavaRejectsStillLosesItsUserInfo() {
    // An underscore in the host: java.net.URI has no host for it, so the old message printed it whole.
    String rejected = SafeText.url("http://user:pw-SECRET@bad_host.local:8080/p");
    assertEquals("http://***@bad_host.local:8080/p", rejected);
    assertEquals("http://***@bad host/?***", SafeText.url("http://u:p@ss@bad host/?token=SECRET"));
    assertEquals("not a url", SafeText.url("not a url"));
    assertFalse(SafeText.url("ftp://me:SECRET@x y").contains("SECRET"));
  }

  @Test
  void controlCharactersAreEscapedSoThatAValueCannotForgeALine() {
    assertEquals("'/health\\r\\nX-Forged: yes'", SafeText.quoted("/health\r\nX-Forged: yes"));
    assertEquals("'a\\tb\\u0007\\u001b[31m'", SafeText.quoted("a\tb\u0007\u001b[31m"));
    assertEquals("http://h/a\\nb", SafeText.url("http://h/a\nb"));
  }

  @Test
  void aLongValueIsCut() {
    String cut = SafeText.quoted("x".repeat(1000));
    assertEquals(SafeText.MAX_ECHO + 3, cut.length());
    assertEquals("'" + "x".repeat(SafeText.MAX_ECHO) + "…'", cut);
  }

  @Test
  void aMessageQuotingAUrlAnywhereLosesItsUserInfoButKeepsItsLength() {
    String reason = "name: 'http://u:SECRET@h_x/' is not a valid experiment name; " + "x".repeat(300);
    String scrubbed = SafeText.scrub(reason);
    assertEquals("name: 'http://***@h_x/' is not a valid experiment name; " + "x".repeat(300), scrubbed);
    assertEquals("'see https://***@host/a'", SafeText.quoted("see https://me:pw@host/a"));
    assertEquals("a\\nb: c", SafeText.scrub("a\nb: c"));
    assertEquals("mail me at a@b.c // ok", SafeText.scrub("mail me at a@b.c // ok"));
  }
}
