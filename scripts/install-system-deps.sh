#!/usr/bin/env bash
# System packages `report` needs for PDF output, from Debian/Ubuntu's own archive:
#  - chromium-headless-shell: the browser that prints the PDF (starts in ~0.2 s);
#  - CJK fonts that Chromium embeds as real CID TrueType fonts (not Type 3):
#      AR PL SungtiL GB (宋: body/title fallback, page numbers), AR PL KaitiM GB (楷: （一）),
#      WenQuanYi Micro Hei (黑: 一、);
#  - poppler-utils: pdffonts/pdftotext/pdftoppm, used by the tests to inspect the PDF;
#  - python3-docx: python-docx, used by the tests to read the DOCX back as a reader would;
#  - git: `report diff --rev` reads a report as it was at a revision through it.
# Offices with 仿宋_GB2312 / 方正小标宋 installed get those first (see README, Fonts).
set -euo pipefail

PACKAGES=(chromium-headless-shell fonts-arphic-gbsn00lp fonts-arphic-gkai00mp fonts-wqy-microhei poppler-utils python3-docx git)

missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "system packages: all present"
  exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || { echo "need root (or sudo) to install: ${missing[*]}" >&2; exit 2; }
  SUDO="sudo"
fi
echo "installing: ${missing[*]}"
$SUDO env DEBIAN_FRONTEND=noninteractive apt-get update -qq
$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
