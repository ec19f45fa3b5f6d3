#!/usr/bin/env bash
# Prints the readiness table generated from the embedded SLO catalogs (slo/src/main/resources/dev/slogate/
# slo/catalog/*.yaml), or updates / checks the block between <!-- catalog-table:start --> and
# <!-- catalog-table:end --> in a Markdown file:
#
#   tools/catalog-table.sh                     # print the table
#   tools/catalog-table.sh --write README.md   # replace the block in README.md
#   tools/catalog-table.sh --check README.md   # exit 1 when the block is stale
#
# Extra Maven options go in MAVEN_ARGS, e.g. MAVEN_ARGS=-o for an offline machine.
set -euo pipefail
cd "$(dirname "$0")/.."
args=()
for arg in "$@"; do
  # Paths are resolved from the repository root, where this script runs Maven; exec:java runs in slo/.
  if [[ "$arg" != --* && "$arg" != /* ]]; then
    arg="$PWD/$arg"
  fi
  args+=("$arg")
done
# shellcheck disable=SC2086
exec ./mvnw -B -q ${MAVEN_ARGS:-} -pl slo compile exec:java \
  -Dexec.mainClass=dev.slogate.slo.catalog.CatalogTable \
  -Dexec.args="${args[*]:-}"
