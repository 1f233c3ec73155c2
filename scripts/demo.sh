#!/usr/bin/env bash
# The main job: install what is missing, build the wasm package into pkg/, and serve the demo
# page (www/) on http://127.0.0.1:8080 (PORT overrides the port).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$ROOT"
bash scripts/setup.sh
bash scripts/build.sh
rm -rf www/pkg && cp -r pkg www/pkg
log "demo: http://127.0.0.1:${PORT:-8080}/"
exec node scripts/serve.mjs www "${PORT:-8080}"
