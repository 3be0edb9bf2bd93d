#!/usr/bin/env bash
# Renders a written form through LibreOffice, to check that it opens elsewhere and looks like the official
# form when printed. Not part of CI. Usage: docs/scripts/render-form.sh [OUTDIR]
# Writes OUTDIR/form.xlsx, form.pdf, form.png (and template.*); copy form.png to docs/images/form.png.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
out="${1:-$root/artifacts/render}"
mkdir -p "$out"

need=()
command -v soffice >/dev/null 2>&1 || need+=(libreoffice-calc-nogui)
command -v pdftoppm >/dev/null 2>&1 || need+=(poppler-utils)
fc-list 2>/dev/null | grep -qi 'wqy\|zenhei' || need+=(fonts-wqy-zenhei)
if [ "${#need[@]}" -gt 0 ]; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}"
fi

cd "$root"
dotnet run docs/scripts/write-sample-form.cs -- "$out"
profile="$(mktemp -d)"
for name in form template; do
  soffice -env:UserInstallation="file://$profile" --headless --convert-to pdf --outdir "$out" "$out/$name.xlsx" >/dev/null
  pdftoppm -png -r 110 -f 1 -l 1 -singlefile "$out/$name.pdf" "$out/$name"
done
rm -rf "$profile"
echo "rendered: $out/form.pdf $out/form.png $out/template.png"
