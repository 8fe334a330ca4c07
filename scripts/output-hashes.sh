#!/usr/bin/env bash
# Prints the SHA-256 of every file the main commands write on the shipped data, one "hash  name" line
# each, sorted. tests/test_output_hashes.py keeps the expected lines; run this to see what changed.
set -euo pipefail
kg=${DEFENCE_KG:-defence-kg}
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$root"
"$kg" --quiet --out "$work/build" build --union >/dev/null  # --union: the union files are hashed too
for f in gexf graphml cytoscape-json nodes-edges-csv; do
  "$kg" --quiet --out "$work/build" export "$f" -o "$work/export-$f" >/dev/null
done
"$kg" --quiet --out "$work/build" trace "Chongqing University" SASTIND --format json -o "$work/trace.json" >/dev/null
"$kg" --quiet --out "$work/build" extract data/documents/aspi-tracker/chongqing-university.txt --format json >"$work/extract.json"
"$kg" --quiet --out "$work/build" publish site -o "$work/site" >/dev/null
cd "$work"
find . -type f ! -path './build/cache/*' ! -path './build/extraction-cache/*' -print0 | sort -z | xargs -0 sha256sum | sed 's#  \./#  #'
