#!/usr/bin/env bash
# Builds MarketDesk and runs every test on SQLite and on a throwaway PostgreSQL cluster, which is
# started on a free loopback port and removed on exit, also on failure. A PostgreSQL test that
# skips is a failure here.
set -euo pipefail
cd "$(dirname "$0")"
source scripts/packages.sh
install_missing_packages
build_marketdesk Release

pg_bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
cluster=$(mktemp -d /tmp/marketdesk-pg.XXXXXX)
cleanup() {
    runuser -u postgres -- "$pg_bin/pg_ctl" -D "$cluster/data" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$cluster"
}
trap cleanup EXIT
chown postgres "$cluster"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
runuser -u postgres -- "$pg_bin/initdb" -D "$cluster/data" -U postgres -E UTF8 --locale=C.UTF-8 -A trust >/dev/null
# The settings live in the cluster's configuration so that tst_serverrestart can stop and start
# the server with the same pg_ctl command line.
cat >> "$cluster/data/postgresql.conf" <<EOF
port = $port
unix_socket_directories = '$cluster'
listen_addresses = '127.0.0.1'
fsync = off
synchronous_commit = off
full_page_writes = off
EOF
pg_ctl="runuser -u postgres -- $pg_bin/pg_ctl -D $cluster/data -l $cluster/server.log -w"
$pg_ctl start >/dev/null
password=$(python3 -c 'import secrets; print(secrets.token_hex(12))')
runuser -u postgres -- psql -q -h "$cluster" -p "$port" -U postgres -d postgres \
    -c "CREATE ROLE marketdesk LOGIN CREATEROLE PASSWORD '$password'" -c "CREATE DATABASE marketdesk OWNER marketdesk"
# Password authentication over TCP from here on, the way a team server is used.
sed -i 's/^host\(.*\)trust$/host\1scram-sha-256/' "$cluster/data/pg_hba.conf"
runuser -u postgres -- "$pg_bin/pg_ctl" -D "$cluster/data" reload >/dev/null

export MARKETDESK_TEST_PG="postgresql://marketdesk@127.0.0.1:$port/marketdesk"
export MARKETDESK_REQUIRE_PG=1
export MARKETDESK_TEST_PG_CTL="$pg_ctl"
export PGPASSWORD="$password"
export XDG_RUNTIME_DIR="$cluster/runtime"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"

cd build
ctest --output-on-failure -j2 "$@"
if grep -q "^SKIP   :.*(postgresql" Testing/Temporary/LastTest.log; then
    echo "PostgreSQL tests were skipped:" >&2
    grep "^SKIP   :.*(postgresql" Testing/Temporary/LastTest.log >&2
    exit 1
fi
