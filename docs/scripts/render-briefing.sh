#!/usr/bin/env bash
# Renders the demo's monthly briefing (brief-2018-01.html) in headless Chromium to a PNG and a PDF, to look at the
# page as a city office would and to refresh docs/images/briefing.png. Not part of CI.
#
#   docs/scripts/render-briefing.sh [OUT_DIR]     (default: a new temporary folder)
#
# Needs Debian's chromium and a CJK font (fonts-wqy-zenhei); installs them with apt-get when missing (as root).
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
out="${1:-$(mktemp -d)}"
mkdir -p "$out"

missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
dpkg -s fonts-wqy-zenhei >/dev/null 2>&1 || missing+=(fonts-wqy-zenhei)
if [ "${#missing[@]}" -gt 0 ]; then
  echo "installing ${missing[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi

echo "running the demo into $out/demo"
dotnet run --project "$repo/src/HuXiao.Cli" -- demo --out "$out/demo" >/dev/null
page="$out/demo/brief-2018-01.html"
test -s "$page"

chrome() {
  chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --user-data-dir="$(mktemp -d)" "$@" "file://$page" 2>/dev/null
}

chrome --hide-scrollbars --screenshot="$out/briefing.png" --window-size=1280,2400
chrome --no-pdf-header-footer --print-to-pdf="$out/briefing.pdf"

echo "page:       $page"
echo "screenshot: $out/briefing.png"
echo "pdf:        $out/briefing.pdf"
if [ "${UPDATE_DOCS:-0}" = "1" ]; then
  cp "$out/briefing.png" "$repo/docs/images/briefing.png"
  echo "updated docs/images/briefing.png"
fi
