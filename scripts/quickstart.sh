#!/usr/bin/env bash
# From a fresh clone to the bundled example's HTML and PDF in one command:
# system packages (Chromium, CJK fonts), npm dependencies (compiles the TypeScript), build.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-system-deps.sh
npm ci --no-audit --no-fund
node bin/report.js build data/wujin-2020
