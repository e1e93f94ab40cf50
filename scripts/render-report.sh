#!/usr/bin/env bash
# Optional, never run in CI: draws the sample's Word report and renders its first pages to PNG
# with LibreOffice (headless) and pdftoppm, for the README. Needs `soffice` and `pdftoppm`
# (Debian: apt-get install libreoffice-writer-nogui poppler-utils).
#   scripts/render-report.sh [out-dir]   (default docs/images)
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-docs/images}"
for tool in soffice pdftoppm; do
  command -v "$tool" >/dev/null || { echo "render-report: $tool is not installed" >&2; exit 1; }
done
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
npm run -s build:cli
node dist/node/cli/index.js classify samples/performance-q2-2018-19.xlsx \
  --out "$work/classified.xlsx" --report "$work/report.docx" \
  --provider "Example Children's Services Trust" \
  --committee "Children and Young People's Overview and Scrutiny Panel" >/dev/null
# A private LibreOffice profile, so a desktop session's settings never change the picture.
soffice -env:UserInstallation="file://$work/profile" --headless --convert-to pdf \
  --outdir "$work" "$work/report.docx" >/dev/null 2>&1
mkdir -p "$out"
pdftoppm -r 80 -png -f 1 -l 2 "$work/report.pdf" "$work/page"
cp "$work/page-01.png" "$out/report-page-1.png"
cp "$work/page-02.png" "$out/report-page-2.png"
echo "render-report: wrote $out/report-page-1.png and $out/report-page-2.png"
