#!/usr/bin/env bash
# Builds MarketDesk (Release, into build/) and starts it on the embedded SQLite database in the
# user's data folder. Every argument is passed to the app, e.g. ./run.sh --page orders
set -euo pipefail
cd "$(dirname "$0")"
source scripts/packages.sh
install_missing_packages
build_marketdesk Release
exec ./build/app/marketdesk "$@"
