#!/usr/bin/env bash
# Browser test of `govsim compare --report`: writes the teaching city's report, opens it in
# headless Chromium, and checks that it renders (a screenshot that is not blank), that every
# embedded figure decoded (the page's own marker, read from the DOM after its script ran) and
# that the console shows no error. Prints one PASS/FAIL line; exits 0 on PASS, 1 on FAIL.
#
#   tests/browser/report-renders.sh               # uses ./govsim (builds it when needed)
#   GOVSIM="dotnet path/to/GovSim.Cli.dll" tests/browser/report-renders.sh
#   KEEP=1 tests/browser/report-renders.sh        # keep the report, screenshot and logs
#
# Chromium comes from Debian (`apt-get install chromium`); the script installs it when it is
# missing and it runs as root. The network flags stop Chromium's background connections, which a
# closed network refuses loudly; the page itself fetches nothing.
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"

fail() {
  echo "FAIL: report-renders: $*"
  exit 1
}

# --- (a) Chromium -------------------------------------------------------------------------------
chromium=/usr/bin/chromium
if [ ! -x "$chromium" ]; then
  [ "$(id -u)" -eq 0 ] || fail "$chromium is missing; install it with 'sudo apt-get install chromium' (this script installs it only as root)"
  export DEBIAN_FRONTEND=noninteractive
  echo "installing chromium (apt-get install chromium) ..." >&2
  if ! apt-get install -y -qq --no-install-recommends chromium >/dev/null 2>&1; then
    # A clean machine has no package lists yet.
    apt-get update -qq >/dev/null 2>&1 || fail "apt-get update failed, so chromium cannot be installed"
    apt-get install -y -qq --no-install-recommends chromium >/dev/null 2>&1 || fail "apt-get install chromium failed"
  fi
  [ -x "$chromium" ] || fail "chromium was installed but $chromium is not there"
fi

# --- (b) the report -----------------------------------------------------------------------------
work="$(mktemp -d "${TMPDIR:-/tmp}/govsim-report-renders.XXXXXX")"
if [ "${KEEP:-0}" = 1 ]; then
  echo "keeping $work" >&2
else
  trap 'rm -rf "$work"' EXIT
fi
if [ -n "${GOVSIM:-}" ]; then read -r -a govsim <<<"$GOVSIM"; else govsim=("$root/govsim"); fi
if ! "${govsim[@]}" compare experiments/teaching-city/inverted-pyramid.yaml experiments/teaching-city/double-pyramid.yaml \
    --horizon 400 -r 2 --out "$work/out" --report "$work/report.html" >"$work/govsim.log" 2>&1; then
  tail -5 "$work/govsim.log" >&2
  fail "govsim compare --report failed (see above)"
fi
[ -s "$work/report.html" ] || fail "govsim compare did not write the report"
figures=$(find "$work/out" -maxdepth 1 -name '*.png' | wc -l)
[ "$figures" -gt 0 ] || fail "the comparison wrote no figures"

# --- (c) Chromium: a screenshot, and the DOM after the page's script ran -------------------------
run_chromium() {
  timeout 90 "$chromium" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --disable-dev-shm-usage --hide-scrollbars --user-data-dir="$(mktemp -d "$work/profile.XXXXXX")" \
    --enable-logging=stderr --v=0 "$@"
}
url="file://$work/report.html"
run_chromium --window-size=1280,2000 --screenshot="$work/screenshot.png" "$url" >"$work/screenshot.log" 2>&1 \
  || fail "chromium could not take a screenshot (see $work/screenshot.log)"
run_chromium --virtual-time-budget=10000 --dump-dom "$url" >"$work/dom.html" 2>"$work/dom.log" \
  || fail "chromium could not dump the DOM (see $work/dom.log)"

# --- (d) checks -----------------------------------------------------------------------------------
[ -s "$work/screenshot.png" ] || fail "no screenshot was written"
pixels="$(python3 - "$work/screenshot.png" <<'PY'
# Decodes the PNG with the standard library alone and prints "non-white-share distinct-colours".
import struct, sys, zlib
data = open(sys.argv[1], "rb").read()
assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
pos, idat = 8, b""
while pos < len(data):
    length, kind = struct.unpack(">I4s", data[pos:pos + 8])
    body = data[pos + 8:pos + 8 + length]
    if kind == b"IHDR":
        width, height, depth, colour, _, _, interlace = struct.unpack(">IIBBBBB", body)
    elif kind == b"IDAT":
        idat += body
    pos += 12 + length
assert depth == 8 and colour in (2, 6) and interlace == 0, f"unexpected PNG format {depth}/{colour}/{interlace}"
bpp = 3 if colour == 2 else 4
raw = zlib.decompress(idat)
stride = width * bpp
prev = bytearray(stride)
nonwhite, colours, i = 0, set(), 0
for _ in range(height):
    kind, line = raw[i], bytearray(raw[i + 1:i + 1 + stride])
    i += 1 + stride
    for x in range(stride):
        a = line[x - bpp] if x >= bpp else 0
        b = prev[x]
        c = prev[x - bpp] if x >= bpp else 0
        if kind == 1: line[x] = (line[x] + a) & 255
        elif kind == 2: line[x] = (line[x] + b) & 255
        elif kind == 3: line[x] = (line[x] + (a + b) // 2) & 255
        elif kind == 4:
            p = a + b - c
            pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
            line[x] = (line[x] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
    for x in range(0, stride, bpp):
        rgb = bytes(line[x:x + 3])
        colours.add(rgb)
        if rgb != b"\xff\xff\xff":
            nonwhite += 1
    prev = line
print(f"{nonwhite / (width * height):.3f} {len(colours)}")
PY
)" || fail "the screenshot could not be decoded as a PNG"
read -r share colours <<<"$pixels"
python3 -c "import sys; sys.exit(0 if float('$share') >= 0.05 and int('$colours') >= 50 else 1)" \
  || fail "the screenshot looks blank: ${share} of its pixels are not white, ${colours} distinct colours"

loaded="$(grep -o 'data-figures-loaded="[0-9]*/[0-9]*"' "$work/dom.html" | head -1)"
[ -n "$loaded" ] || fail "the page's script did not mark the figures as loaded (no data-figures-loaded in the DOM)"
[ "$loaded" = "data-figures-loaded=\"$figures/$figures\"" ] \
  || fail "not every figure loaded: $loaded, the comparison wrote $figures PNG figures"

# Chromium writes the page's console messages to stderr as lines with "CONSOLE", and uncaught
# exceptions and blocked loads (the page's content security policy) as "Uncaught" / "Refused".
errors="$(grep -h -E 'CONSOLE|Uncaught|Refused to|Failed to load resource|net::ERR_' "$work/screenshot.log" "$work/dom.log" || true)"
[ -z "$errors" ] || fail "the console shows errors: $(head -3 <<<"$errors" | tr '\n' ' ')"

echo "PASS: report-renders: the report renders in Chromium ($figures/$figures figures loaded, ${share} of the screenshot not white, ${colours} colours, no console errors)"
