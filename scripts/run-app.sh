#!/usr/bin/env bash
# The main job: build appwrite-account and start it on the embedded local sandbox.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh
cmake --preset default >/dev/null
cmake --build --preset default --target appwrite-account appwrite-sandbox
exec build/app/appwrite-account --sandbox "$@"
