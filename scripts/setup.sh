#!/usr/bin/env bash
# Everything a fresh Debian/Ubuntu machine needs before `npm test`, then the npm packages.
#   chromium        the browser the end-to-end tests drive (never a downloaded browser)
#   libsecret-1-dev keytar (pulled in by office-addin-debugging for `npm start`) compiles against it;
#                   its prebuilt binary cannot be downloaded on closed networks, so it builds from source
#   libxml2-utils   xmllint, a second opinion for the offline manifest check
#   fonts-liberation, fonts-opensymbol  extra fonts, so the browser tests prove the pane does not depend on one font set
#   libreoffice-writer-nogui, poppler-utils  LibreOffice (headless) turns the sample's Word report into
#                   a PDF and pdftotext reads it back, as a committee would see it (tests/report/libreoffice.test.ts;
#                   also scripts/render-report.sh). About 50 packages, 86 MB to download, 264 MB installed.
set -euo pipefail
cd "$(dirname "$0")/.."

system_packages=(chromium libsecret-1-dev libxml2-utils fonts-liberation fonts-opensymbol
  libreoffice-writer-nogui poppler-utils)
if command -v apt-get >/dev/null 2>&1; then
  missing=()
  for pkg in "${system_packages[@]}"; do
    dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    sudo_cmd=""
    [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
    echo "Installing system packages: ${missing[*]}"
    $sudo_cmd apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends "${missing[@]}"
  fi
else
  echo "No apt-get here: install ${system_packages[*]} (or your system's equivalents) yourself." >&2
fi

npm ci --no-audit --no-fund
