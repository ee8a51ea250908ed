#!/usr/bin/env bash
# Pages of a DOCX as LibreOffice lays them out, next to the PDF's, for a reviewer's eye:
#   scripts/docx-pages.sh dist/wujin-2020.docx [dist/wujin-2020.pdf] [out-dir]
# writes <out-dir>/docx-N.png (the DOCX through `soffice --headless --convert-to pdf`) and,
# given the PDF, <out-dir>/pdf-N.png, at 60 dpi (pdftoppm). Needs Debian's
# libreoffice-writer-nogui and poppler-utils; the test suite does not (python-docx reads
# the DOCX there).
#
# Machines without the office faces (仿宋_GB2312, 方正小标宋简体, 黑体, 楷体_GB2312, 宋体) get,
# through a fontconfig file of this run only, the open faces the PDF falls back to
# (src/fonts/fonts.ts), so both renderings use the same type; otherwise fontconfig picks
# any CJK face for the missing names.
set -euo pipefail

docx=${1:?usage: scripts/docx-pages.sh <file.docx> [file.pdf] [out-dir]}
pdf=${2:-}
out=${3:-$(dirname "$docx")/pages}
mkdir -p "$out"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

alias_to() { # <fallback face> <office face>...
  local face=$1; shift
  for name in "$@"; do
    printf '  <alias binding="same"><family>%s</family><prefer><family>%s</family></prefer></alias>\n' "$name" "$face"
  done
}
{
  echo '<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig>'
  echo '  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>'
  alias_to 'AR PL SungtiL GB' 仿宋_GB2312 FangSong_GB2312 仿宋 FangSong 方正仿宋_GBK 方正小标宋简体 FZXiaoBiaoSong-B05S 方正小标宋_GBK 小标宋 宋体 SimSun 方正书宋_GBK
  alias_to 'WenQuanYi Micro Hei' 黑体 SimHei 方正黑体_GBK FZHei-B01S
  alias_to 'AR PL KaitiM GB' 楷体_GB2312 KaiTi_GB2312 楷体 KaiTi 方正楷体_GBK STKaiti 华文楷体
  echo '</fontconfig>'
} >"$work/fonts.conf"

# a profile of its own: a LibreOffice the user has open does not take the job over
FONTCONFIG_FILE="$work/fonts.conf" soffice "-env:UserInstallation=file://$work/profile" --headless --convert-to pdf --outdir "$work" "$docx" >/dev/null
converted="$work/$(basename "${docx%.*}").pdf"
rm -f "$out"/docx-*.png "$out"/pdf-*.png
pdftoppm -png -r 60 "$converted" "$out/docx"
[ -n "$pdf" ] && pdftoppm -png -r 60 "$pdf" "$out/pdf"
echo "DOCX (LibreOffice): $(pdfinfo "$converted" | awk '/^Pages:/ {print $2}') pages${pdf:+; PDF: $(pdfinfo "$pdf" | awk '/^Pages:/ {print $2}') pages}; PNGs in $out"
