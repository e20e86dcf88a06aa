#!/usr/bin/env bash
# Runs marketdesk-bench on a small database so that it cannot rot: it must complete and write JSON of
# the documented shape for every backend the tests use. Timings are not checked here.
set -euo pipefail
bench=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
backend=sqlite
[ -n "${MARKETDESK_TEST_PG:-}" ] && backend=both
"$bench" --rows 400 --import-lines 300 --naive-timeout 60 --backend "$backend" \
    --data-dir "$work" --json "$work/bench.json" > "$work/table.md"
grep -q "^| open queue | sqlite |" "$work/table.md"
python3 - "$work/bench.json" "$backend" <<'PY'
import json, sys
figures = json.load(open(sys.argv[1]))
backends = ["sqlite", "postgresql"] if sys.argv[2] == "both" else ["sqlite"]
for backend in backends:
    rows = [f for f in figures if f["backend"] == backend]
    timed = [f for f in rows if f["operation"] != "rss_mb"]
    names = {f["operation"] for f in timed}
    for name in ["open queue", "next page", "tab pending", "sort order_no desc", "search 2 Chinese",
                 "search 3+ Latin", "tab counts", "overdue counts", "open request", "import 300 lines",
                 "longest GUI stall during import"]:
        assert name in names, (backend, name)
    for f in timed:
        assert set(f) == {"operation", "backend", "marketdesk_ms", "limit_ms", "naive_ms"}, f
        assert f["marketdesk_ms"] > 0, f
    memory = [f for f in rows if f["operation"] == "rss_mb"]
    assert len(memory) == 1 and memory[0]["marketdesk_mb"] > 0 and memory[0]["naive_mb"] > 0, memory
print("bench JSON ok:", len(figures), "figures")
PY
