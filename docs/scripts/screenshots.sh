#!/usr/bin/env bash
# Screenshots of the built docs site in headless Chromium, with a check that each page shows rendered content.
# Not part of CI. Usage: docs/scripts/screenshots.sh [OUTDIR]   (default docs/_site/screenshots)
#
#   1. installs Debian's chromium and the CJK font fonts-wqy-zenhei when missing (apt-get; needs root);
#   2. builds the site when docs/_site is missing;
#   3. serves docs/_site on 127.0.0.1 at a free port (python3 -m http.server), stopped when the script ends;
#   4. for the home page, one article and one API page: takes a PNG, and checks that the DOM after scripts ran holds
#      the expected text (including the side table of contents, which scripts fill in) and that the PNG is not blank-small.
set -euo pipefail
cd "$(dirname "$0")/../.."
out=${1:-docs/_site/screenshots}
min_png_bytes=${MIN_PNG_BYTES:-40000}

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
fc-list 2>/dev/null | grep -qi 'WenQuanYi Zen Hei' || missing+=(fonts-wqy-zenhei)
if [ "${#missing[@]}" -gt 0 ]; then
  echo "screenshots: installing ${missing[*]}"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi

if [ ! -f docs/_site/index.html ]; then
  dotnet tool restore >/dev/null
  dotnet docfx docs/docfx.json
fi

port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
python3 -m http.server "$port" --bind 127.0.0.1 --directory docs/_site >/dev/null 2>&1 &
server=$!
profile=$(mktemp -d)
cleanup() { kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; rm -rf "$profile"; }
trap cleanup EXIT
base="http://127.0.0.1:$port"
for _ in $(seq 1 50); do
  python3 -c "import urllib.request; urllib.request.urlopen('$base/index.html', timeout=1)" 2>/dev/null && break
  sleep 0.2
done

chrome() {
  chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking \
    --disable-component-update --disable-sync --user-data-dir="$profile" --hide-scrollbars \
    --virtual-time-budget=8000 "$@" 2>/dev/null
}

mkdir -p "$out"
status=0
# name | path | texts the rendered page must hold (separated by ;)
pages=(
  "home|index.html|安装哪个程序包;Which package to install;HuXiao.Reporting"
  "article|articles/reporting.html|HuXiao.Reporting 入门;ReportSchema.Zhengzhou2017;嵌入其他系统"
  "api|api/HuXiao.Reporting.MonthlyReport.html|Class MonthlyReport;CreateBuilder;ReportRollUp"
)
for entry in "${pages[@]}"; do
  IFS='|' read -r name path expected <<<"$entry"
  png="$out/$name.png"
  rm -f "$png"
  chrome --screenshot="$png" --window-size=1280,900 "$base/$path" >/dev/null || true
  dom=$(chrome --dump-dom "$base/$path" || true)
  problems=()
  IFS=';' read -ra texts <<<"$expected"
  for text in "${texts[@]}"; do
    grep -qF -- "$text" <<<"$dom" || problems+=("no \"$text\" in the rendered page")
  done
  size=$(stat -c %s "$png" 2>/dev/null || echo 0)
  [ "$size" -ge "$min_png_bytes" ] || problems+=("screenshot is $size bytes, under $min_png_bytes")
  if [ "${#problems[@]}" -eq 0 ]; then
    echo "screenshots: ok   $name  $path  ($size bytes) -> $png"
  else
    echo "screenshots: FAIL $name  $path: ${problems[*]}" >&2
    status=1
  fi
done
exit "$status"
