#!/usr/bin/env bash
# Regenerate geodata/petrograd/water.geojson (Petrograd 1917 water basemap).
#
# Needs Debian's GMT with the full-resolution GSHHG shorelines and Node 20:
#   apt-get install -y gmt gmt-gshhg-full
# (the GMT 6.4.0 / GSHHG 2.3.7 packages of Debian 12 were used for the
# committed file).
#
# Usage: scripts/geodata/petrograd-water.sh [output.geojson]
#
# Steps:
#  1. gmt grdlandmask rasterises the GSHHG full-resolution land/water mask on
#     a 0.5" x 0.25" grid (about 7.7 m x 7.7 m here) over the map extent;
#  2. petrograd-water.mjs combines it with the hand-drawn delta geometry in
#     petrograd-water-authored.mjs, labels the water bodies, traces and
#     simplifies the boundaries and writes the GeoJSON;
#  3. petrograd-water-check.mjs validates the result (rings, winding,
#     self-intersections, properties, known land/water points).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
out="${1:-$root/geodata/petrograd/water.geojson}"
case "$out" in /*) ;; *) out="$PWD/$out" ;; esac

for tool in gmt node; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "error: '$tool' not found (apt-get install -y gmt gmt-gshhg-full; Node 20)" >&2
    exit 1
  fi
done

# The extent lives in one place: the authored module.
region="$(node --input-type=module -e "
  const m = await import('$here/petrograd-water-authored.mjs');
  const e = m.EXTENT;
  console.log([e.west, e.east, e.south, e.north].join('/'));
")"

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
cd "$tmp" # GMT may leave gmt.history / gmt.conf in the working directory

echo "GMT $(gmt --version); GSHHG full resolution; region $region" >&2
# 1 = land, 0 = water; lakes, islands in lakes and ponds all count as land.
if ! gmt grdlandmask -R"$region" -I0.5s/0.25s -r -Df -N0/1/1/1/1 -G"$tmp/mask.nc=nb"; then
  echo "error: grdlandmask failed; is gmt-gshhg-full (full resolution) installed?" >&2
  exit 1
fi
# bottom row first, left column first, unsigned bytes
gmt grd2xyz "$tmp/mask.nc" -ZBLu > "$tmp/mask.raw"

mkdir -p "$(dirname "$out")"
node "$here/petrograd-water.mjs" --mask "$tmp/mask.raw" --out "$out"
node "$here/petrograd-water-check.mjs" "$out"
