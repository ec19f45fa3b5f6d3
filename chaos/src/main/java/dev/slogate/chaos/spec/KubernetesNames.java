package dev.slogate.chaos.spec;

import static dev.slogate.chaos.spec.SpecViolation.require;
import static dev.slogate.chaos.spec.SpecViolation.required;

import java.util.regex.Pattern;

/** The API server's naming rules, checked here so that a bad name fails in the file, not in the cluster. */
final class KubernetesNames {

  /** DNS-1123 label: namespaces, container names. */
  static final Pattern DNS_LABEL = Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?");

  private static final Pattern LABEL_VALUE = Pattern.compile("([A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?)?");
  private static final Pattern DNS_SUBDOMAIN = Pattern.compile("[a-z0-9]([-a-z0-9.]*[a-z0-9])?");

  private KubernetesNames() {}

  static void checkDnsLabel(String field, String name, String what) {
    checkDnsLabel(field, name, what, 63);
  }

  static void checkDnsLabel(String field, String name, String what, int maxLength) {
    required(name, field);
    require(name.length() <= maxLength && DNS_LABEL.matcher(name).matches(), field,
        "'" + name + "' is not a valid " + what + " (lower-case letters, digits and '-', at most " + maxLength + ")");
  }

  static void checkLabel(String field, String key, String value) {
    required(key, field);
    int slash = key.lastIndexOf('/');
    String name = slash < 0 ? key : key.substring(slash + 1);
    String prefix = slash < 0 ? "" : key.substring(0, slash);
    String at = field + "." + key;
    require(!name.isEmpty() && name.length() <= 63 && LABEL_VALUE.matcher(name).matches(), at,
        "'" + key + "' is not a valid Kubernetes label key");
    require(slash < 0 || (prefix.length() <= 253 && DNS_SUBDOMAIN.matcher(prefix).matches()), at,
        "'" + key + "' has an invalid prefix");
    require(value != null && value.length() <= 63 && LABEL_VALUE.matcher(value).matches(), at,
        "'" + value + "' is not a valid Kubernetes label value");
  }
}
