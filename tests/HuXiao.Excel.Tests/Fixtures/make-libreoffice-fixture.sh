#!/usr/bin/env bash
# Regenerates libreoffice-resaved.xlsx: the sample form of docs/scripts/write-sample-form.cs, opened and saved
# again by LibreOffice Calc. Needs Debian's libreoffice-calc-nogui (installed if missing). CI reads the
# committed file and needs no LibreOffice.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
command -v soffice >/dev/null 2>&1 || { apt-get update -qq; DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends libreoffice-calc-nogui; }
work="$(mktemp -d)"
(cd "$root" && dotnet run docs/scripts/write-sample-form.cs -- "$work")
mkdir -p "$work/out"
soffice -env:UserInstallation="file://$work/profile" --headless --convert-to 'xlsx:Calc MS Excel 2007 XML' --outdir "$work/out" "$work/form.xlsx" >/dev/null
cp "$work/out/form.xlsx" "$here/libreoffice-resaved.xlsx"
rm -rf "$work"
echo "wrote $here/libreoffice-resaved.xlsx"
