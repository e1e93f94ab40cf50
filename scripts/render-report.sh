#!/usr/bin/env bash
# Draws the sample's Word report and renders every page to PNG with LibreOffice (headless) and
# pdftoppm, for docs/report.md. A reviewer's date and response are typed in the Challenge log first
# (scripts/type-in-log.ts), as in tests/report/libreoffice.test.ts. Needs `soffice` and `pdftoppm`
# (scripts/setup.sh installs libreoffice-writer-nogui and poppler-utils).
#   scripts/render-report.sh [out-dir] [resolution]   (default docs/images/report, 60 dpi)
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-docs/images/report}"
dpi="${2:-60}"
for tool in soffice pdftoppm; do
  command -v "$tool" >/dev/null || { echo "render-report: $tool is not installed" >&2; exit 1; }
done
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
npm run -s build:cli
node dist/node/cli/index.js classify samples/performance-q2-2018-19.xlsx --out "$work/classified.xlsx" >/dev/null
npx tsx scripts/type-in-log.ts "$work/classified.xlsx" "$work/reviewed.xlsx"
node dist/node/cli/index.js classify "$work/reviewed.xlsx" \
  --out "$work/again.xlsx" --report "$work/report.docx" \
  --provider "Example Children's Services Trust" \
  --committee "Children and Young People's Overview and Scrutiny Panel" >/dev/null
# A private LibreOffice profile, so a desktop session's settings never change the picture.
soffice -env:UserInstallation="file://$work/profile" --headless --convert-to pdf \
  --outdir "$work" "$work/report.docx" >/dev/null 2>&1
mkdir -p "$out"
rm -f "$out"/after-page-*.png
pdftoppm -r "$dpi" -png "$work/report.pdf" "$out/after-page"
echo "render-report: wrote $(ls "$out"/after-page-*.png | wc -l) pages to $out"
