package dev.slogate.slo.catalog;

import java.util.Map;

/** The five seed systems' catalogs and the guide each one encodes. */
final class SeedCatalogs {

  static final Map<String, String> GUIDES = Map.of(
      "kecs", "000_f0d8d7709017473b.txt",
      "sei-platform", "001_d77cf7b3335f89c2.txt",
      "kgas", "002_29c61caf2d432fac.txt",
      "fleet-q", "003_b4b91265fdb8df1d.txt",
      "reconciliation-platform", "004_ad19abdec8cc2180.txt");

  private SeedCatalogs() {}
}
