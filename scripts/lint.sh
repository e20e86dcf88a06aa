#!/usr/bin/env bash
# Checks the sources against .clang-format and .clang-tidy; exits non-zero on any finding.
# Needs a configured build/ (for compile_commands.json): run ./test.sh or ./run.sh once first.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v clang-format >/dev/null && command -v run-clang-tidy >/dev/null || {
    echo "Installing clang-format and clang-tidy"
    sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo"
    $sudo apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends clang-format clang-tidy
}
[ -f build/compile_commands.json ] || { echo "build/compile_commands.json is missing: run ./test.sh first" >&2; exit 2; }
clang-format --dry-run --Werror $(git ls-files '*.cpp' '*.h')
log=$(mktemp)
trap 'rm -f "$log"' EXIT
run-clang-tidy -p build -quiet -j "$(nproc)" "^$PWD/(models|views|app|tests)/" >"$log" 2>&1 || true
if grep -E "^$PWD/.*(warning|error):" "$log"; then
    echo "clang-tidy found the problems above." >&2
    exit 1
fi
echo "clang-format and clang-tidy: clean."
