#!/usr/bin/env bash
# Runs every test (unit, template checks, cfn-lint, emulator end-to-end and browser tests) on JDK 25.
set -euo pipefail
cd "$(dirname "$0")"
. scripts/jdk25.sh
exec mvn -B verify "$@"
