#!/usr/bin/env bash
# Builds the project and starts the whole backend locally (emulators, API on :3000, demo data, web pages).
set -euo pipefail
cd "$(dirname "$0")"
. scripts/jdk25.sh
command -v npm >/dev/null && [ -f node_modules/dynalite/cli.js ] || npm ci --no-audit --no-fund
mvn -q -B -DskipTests package
exec java -jar local/target/candidatures-local.jar "$@"
