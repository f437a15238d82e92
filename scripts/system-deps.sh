#!/usr/bin/env bash
# System packages the project and its test suite need, from Debian:
#   chromium, chromium-driver         the browser tests (tests/test_viz_browser.py)
#   virtuoso-opensource-7-bin         a second real SPARQL server for the remote tests
#   tesseract-ocr (+ -fra, -spa)      OCR of scanned PDFs without a text layer (unhrkg.read.ocr),
#                                     with the French and Spanish language data UN documents use
#   antiword                          text out of old Word .doc files (unhrkg.read.docx)
# Installs only what is missing; safe to run again. Needs root (as on CI and dev machines).
set -euo pipefail
PACKAGES=(chromium chromium-driver virtuoso-opensource-7-bin
          tesseract-ocr tesseract-ocr-eng tesseract-ocr-fra tesseract-ocr-spa antiword)
missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" -ne 0 ]; then
  echo "system-deps: need root to install: ${missing[*]}" >&2
  exit 1
fi
echo "system-deps: installing ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq >/dev/null
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
