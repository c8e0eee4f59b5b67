#!/usr/bin/env bash
# Publishing lateness: N posts all due at one instant T, each published by a webhook channel to the anchor's
# HTTP sink (answers after DELAY_MS). Lateness = sink receive time - T. Runs, in one session and against the
# same sink and the same private PostgreSQL cluster:
#   raw-c32            the anchor's RawLoad: 32 clients POSTing straight to the sink (the raw limit)
#   anchor-pg-x1       db-scheduler, PostgreSQL lock-and-fetch, 1 instance   (same flags as the anchor's run-bench.sh)
#   anchor-pg-x2       db-scheduler, PostgreSQL lock-and-fetch, 2 instances
#   anchor-sqlite      db-scheduler, SQLite fetch, 1 instance
#   postline-sqlite-x1 ./postline serve on SQLite
#   postline-pg-x1     ./postline serve on PostgreSQL
#   postline-pg-x3     three ./postline serve processes, one database, one --encryption-key
# and prints a table (bench/summarize_lateness.py). Everything it starts it stops (EXIT trap).
#
# Usage:  bench/lateness.sh [OUT_DIR]        (as root: the private PostgreSQL cluster runs as user postgres)
# Env: N (10000) REPS (1) CHANNELS (20) DELAY_MS (20) CONFIGS (all of the above) SINK_PORT (28090)
#      PG_PORT (55491) API_PORT (28181, +1 and +2 for the other nodes) POSTLINE_JAR (skip the snapshot build)
set -euo pipefail
source "$(dirname "$0")/lib.sh"
OUT=${1:-/tmp/postline-bench/lateness-$(date +%Y%m%d-%H%M%S)}
N=${N:-10000}
REPS=${REPS:-1}
CHANNELS=${CHANNELS:-20}
export DELAY_MS=${DELAY_MS:-20}
CONFIGS=${CONFIGS:-"raw-c32 anchor-pg-x1 postline-pg-x1 postline-pg-x3 anchor-pg-x2 anchor-sqlite postline-sqlite-x1"}
SINK_PORT=${SINK_PORT:-28090}
PG_PORT=${PG_PORT:-55491}
API_PORT=${API_PORT:-28181}
KEY=bench-encryption-key-0123456789
SINK="http://127.0.0.1:$SINK_PORT"
ANCHOR_JVM="-Xms256m -Xmx1g"

mkdir -p "$OUT/logs" "$OUT/db"
RESULTS="$OUT/results.jsonl"
: > "$RESULTS"
trap bench_cleanup EXIT
machine_info | tee "$OUT/machine.txt"

prepare_anchor
build_snapshot "$OUT"
for p in "$API_PORT" $((API_PORT + 1)) $((API_PORT + 2)); do require_free_port "$p"; done
start_private_pg "$PG_PORT"
PGURL="jdbc:postgresql://127.0.0.1:$PG_PORT/postgres?user=postgres"
pgloc() { echo "postgresql://postgres:bench@127.0.0.1:$PG_PORT/$1"; }
start_sink "$SINK_PORT" "$OUT/logs/sink.log"

# warm the sink JVM (not recorded), as run-bench.sh does
"$JAVA" $ANCHOR_JVM -cp "$ANCHOR_CP" bench.RawLoad --sink "$SINK" --n 3000 --concurrency 32 --label warm > /dev/null 2>&1

# templates: one account and CHANNELS webhook channels, copied for every run so each starts from the same rows
log "creating the template databases ($CHANNELS channels each)"
mkdir -p "$OUT/db/template"
make_account "sqlite:$OUT/db/template/postline.db" "$SINK" "$CHANNELS" "$KEY"
SQ_KEY=$API_KEY SQ_ORG=$ORG_ID SQ_CHANNELS=$CHANNEL_IDS
pg postgres -c "CREATE DATABASE tmpl"
make_account "$(pgloc tmpl)" "$SINK" "$CHANNELS" "$KEY"
PG_KEY=$API_KEY PG_ORG=$ORG_ID PG_CHANNELS=$CHANNEL_IDS

anchor_raw() { # label concurrency
  "$JAVA" $ANCHOR_JVM -cp "$ANCHOR_CP" bench.RawLoad --sink "$SINK" --n "$N" --concurrency "$2" --label "$1" \
    2>&1 | grep '^RESULT' | sed 's/^RESULT //' | tee -a "$RESULTS" || true
}

anchor_sched() { # label db url instances strategy lower upper pool   (the flags of run-bench.sh's sched)
  "$JAVA" $ANCHOR_JVM -cp "$ANCHOR_CP" bench.Run --db "$2" --url "$3" --n "$N" --instances "$4" \
    --threads 32 --poll-ms 100 --strategy "$5" --lower "$6" --upper "$7" --pool "$8" \
    --lead-ms 8000 --label "$1" --results "$RESULTS" --log-dir "$OUT/logs" --jvm "$ANCHOR_JVM" --sink "$SINK" \
    2>&1 | grep -E '^(RESULT|scheduled|  \[w)' | cut -c1-300 || true
}

postline_run() { # label nodes db-kind rep
  local label=$1 nodes=$2 kind=$3 rep=$4 loc key org channels i pids=()
  if [[ $kind == sqlite ]]; then
    local dir="$OUT/db/$label-$rep"
    rm -rf "$dir"
    mkdir -p "$dir"
    cp "$OUT"/db/template/postline.db* "$dir/"
    loc="sqlite:$dir/postline.db" key=$SQ_KEY org=$SQ_ORG channels=$SQ_CHANNELS
  else
    local name="run_${label//-/_}_$rep"
    pg postgres -c "DROP DATABASE IF EXISTS $name" -c "CREATE DATABASE $name TEMPLATE tmpl"
    loc=$(pgloc "$name") key=$PG_KEY org=$PG_ORG channels=$PG_CHANNELS
  fi
  for ((i = 0; i < nodes; i++)); do
    start_server "$OUT/logs/$label-$rep-node$i.log" --database "$loc" --encryption-key "$KEY" \
      --port $((API_PORT + i))
    pids+=("$SERVER_PID")
  done
  for ((i = 0; i < nodes; i++)); do wait_http "http://127.0.0.1:$((API_PORT + i))/health" 120; done
  log "$label rep $rep: $nodes node(s) up on $kind"
  "$JAVA" "$BENCH_DIR/driver/Lateness.java" --api "http://127.0.0.1:$API_PORT/" --key "$key" --org "$org" \
    --channels "$channels" --n "$N" --sink "$SINK" --label "$label" --results "$RESULTS" \
    --cpu-pids "$(IFS=,; echo "${pids[*]}")" $([[ $kind == pg ]] && echo "--pg-pid $(pg_postmaster_pid)") \
    2>&1 | tee "$OUT/logs/$label-$rep-driver.log" | grep -E '^(RESULT|warm|created|WARN|create failed|sink|timed)' | cut -c1-400 || true
  if [[ $kind == sqlite ]]; then
    echo "  post statuses: $(sqlite3 "${loc#sqlite:}" "SELECT status || '=' || count(*) FROM posts GROUP BY status" | tr '\n' ' ')"
  else
    echo "  post statuses: $(pg "${loc##*/}" -c "SELECT status || '=' || count(*) FROM posts GROUP BY status" | tr '\n' ' ')"
  fi
  for pid in "${pids[@]}"; do stop_pid "$pid"; done
  grep -h -E 'WARN|ERROR' "$OUT"/logs/"$label-$rep"-node*.log | sort | uniq -c | sort -rn | head -5 | cut -c1-300 || true
}

for rep in $(seq 1 "$REPS"); do
  for cfg in $CONFIGS; do
    log "=== rep $rep: $cfg (load $(cut -d' ' -f1-3 /proc/loadavg)) ==="
    echo "{\"rep\":$rep,\"config\":\"$cfg\",\"loadavg\":\"$(cut -d' ' -f1-3 /proc/loadavg)\"}" >> "$OUT/load.jsonl"
    case $cfg in
      raw-c32) anchor_raw raw-c32 32 ;;
      raw-c64) anchor_raw raw-c64 64 ;;
      anchor-pg-x1) anchor_sched anchor-pg-x1 pg "$PGURL" 1 lock-and-fetch 1.0 4.0 16 ;;
      anchor-pg-x2) anchor_sched anchor-pg-x2 pg "$PGURL" 2 lock-and-fetch 1.0 4.0 16 ;;
      anchor-pg-fetch-x1) anchor_sched anchor-pg-fetch-x1 pg "$PGURL" 1 fetch 0.5 3.0 16 ;;
      anchor-sqlite)
        rm -f "$OUT"/db/anchor.db*
        anchor_sched anchor-sqlite sqlite \
          "jdbc:sqlite:$OUT/db/anchor.db?journal_mode=WAL&synchronous=NORMAL&busy_timeout=10000" 1 fetch 0.5 3.0 1 ;;
      postline-sqlite-x1) postline_run postline-sqlite-x1 1 sqlite "$rep" ;;
      postline-pg-x1) postline_run postline-pg-x1 1 pg "$rep" ;;
      postline-pg-x3) postline_run postline-pg-x3 3 pg "$rep" ;;
      *) echo "unknown config $cfg" >&2 ;;
    esac
  done
done

echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$OUT/machine.txt"
python3 "$BENCH_DIR/summarize_lateness.py" "$RESULTS" | tee "$OUT/summary.md"
log "results in $OUT"
