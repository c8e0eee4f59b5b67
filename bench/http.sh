#!/usr/bin/env bash
# HTTP throughput and latency of the GraphQL API with wrk (-t2 -c32 -d20s --latency), on SQLite and PostgreSQL:
#   createPost  (scheduled far in the future, round-robin over CHANNELS channels; nothing publishes)
#   posts list  (first 25 scheduled posts; the table then holds what the createPost run inserted)
# Each measured run follows a 5 s warm-up run of the same script (not recorded). Also records, on PostgreSQL,
# the statements the server ran during the createPost run (pg_stat_statements), to show what one request costs.
#
# Usage:  bench/http.sh [OUT_DIR]
# Env: DBS ("sqlite pg") DURATION (20s) CONNECTIONS (32) CHANNELS (20) API_PORT (28191) PG_PORT (55492)
#      QUOTAS ("off default": every run with request quotas off, then again with the server's default
#      quotas, to show what they cost) POSTLINE_JAR (skip the snapshot build)
set -euo pipefail
source "$(dirname "$0")/lib.sh"
OUT=${1:-/tmp/postline-bench/http-$(date +%Y%m%d-%H%M%S)}
DBS=${DBS:-"sqlite pg"}
DURATION=${DURATION:-20s}
CONNECTIONS=${CONNECTIONS:-32}
CHANNELS=${CHANNELS:-20}
API_PORT=${API_PORT:-28191}
PG_PORT=${PG_PORT:-55492}
KEY=bench-encryption-key-0123456789
WRK="wrk -t2 -c$CONNECTIONS -d$DURATION --latency --timeout 10s"
QUOTAS=${QUOTAS:-"off default"}

mkdir -p "$OUT/logs" "$OUT/db"
trap bench_cleanup EXIT
machine_info | tee "$OUT/machine.txt"
build_snapshot "$OUT"
require_free_port "$API_PORT"
[[ " $DBS " == *" pg "* ]] && start_private_pg "$PG_PORT"
SUMMARY="$OUT/summary.md"
{
  echo "| database | quotas | request | req/s | p50 | p75 | p90 | p99 | max | non-2xx | GraphQL errors | posts in table | server CPU ms/req | PostgreSQL CPU ms/req |"
  echo "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|"
} > "$SUMMARY"

# one row of the summary from a wrk output file
row() { # db quotas request file posts
  local f=$4
  local rps p50 p75 p90 p99 max non2xx gqlf
  rps=$(awk '/^Requests\/sec/ {print $2}' "$f")
  p50=$(awk '$1 == "50%" {print $2}' "$f"); p75=$(awk '$1 == "75%" {print $2}' "$f")
  p90=$(awk '$1 == "90%" {print $2}' "$f"); p99=$(awk '$1 == "99%" {print $2}' "$f")
  max=$(awk '$1 == "Latency" {print $4}' "$f")
  non2xx=$(awk '/Non-2xx/ {print $5}' "$f"); gqlf=$(awk '/^graphql_failures/ {print $2}' "$f")
  echo "| $1 | $2 | $3 | $rps | $p50 | $p75 | $p90 | $p99 | $max | ${non2xx:-0} | ${gqlf:-?} | $5 | $CPU_PER_REQ | $PG_CPU_PER_REQ |" | tee -a "$SUMMARY"
}

count_posts() { # db-kind location
  if [[ $1 == sqlite ]]; then sqlite3 "${2#sqlite:}" "SELECT count(*) FROM posts"; else pg "${2##*/}" -c "SELECT count(*) FROM posts"; fi
}

measure() { # kind quotas name lua location
  local kind=$1 q=$2 name=$3 lua=$4 loc=$5 url="http://127.0.0.1:$API_PORT/"
  log "$kind (quotas $q): $name warm-up 5 s, then $DURATION measured (load $(cut -d' ' -f1-3 /proc/loadavg))"
  wrk -t2 -c"$CONNECTIONS" -d5s --timeout 10s -s "$BENCH_DIR/wrk/$lua" "$url" > "$OUT/logs/$kind-$q-$name-warmup.txt" 2>&1
  [[ $kind == pg ]] && pg http -c "SELECT pg_stat_statements_reset()" > /dev/null
  echo "loadavg before $kind $q $name: $(cut -d' ' -f1-3 /proc/loadavg)" >> "$OUT/machine.txt"
  local c0 p0=0 c1 p1=0 reqs
  c0=$(cpu_seconds "$SERVER_PID"); [[ $kind == pg ]] && p0=$(cpu_seconds "$(pg_postmaster_pid)")
  $WRK -s "$BENCH_DIR/wrk/$lua" "$url" > "$OUT/$kind-$q-$name.txt" 2>&1
  c1=$(cpu_seconds "$SERVER_PID"); [[ $kind == pg ]] && p1=$(cpu_seconds "$(pg_postmaster_pid)")
  reqs=$(awk '/requests in/ {print $1}' "$OUT/$kind-$q-$name.txt")
  CPU_PER_REQ=$(awk -v a="$c0" -v b="$c1" -v n="$reqs" 'BEGIN {printf "%.1f", (n > 0) ? (b - a) * 1000 / n : 0}')
  PG_CPU_PER_REQ=$(awk -v a="$p0" -v b="$p1" -v n="$reqs" 'BEGIN {printf "%.1f", (n > 0) ? (b - a) * 1000 / n : 0}')
  if [[ $kind == pg ]]; then
    pg http -F ' | ' -c "SELECT calls, round(total_exec_time::numeric, 1) AS total_ms,
                       round(mean_exec_time::numeric, 3) AS mean_ms, left(regexp_replace(query, '\s+', ' ', 'g'), 150)
                FROM pg_stat_statements WHERE dbid = (SELECT oid FROM pg_database WHERE datname = 'http')
                ORDER BY total_exec_time DESC LIMIT 20" > "$OUT/pg-statements-$q-$name.txt"
  fi
  row "$kind" "$q" "$name" "$OUT/$kind-$q-$name.txt" "$(count_posts "$kind" "$loc")"
}

for kind in $DBS; do
  if [[ $kind == sqlite ]]; then
    rm -rf "$OUT/db/sqlite"
    mkdir -p "$OUT/db/sqlite"
    loc="sqlite:$OUT/db/sqlite/postline.db"
  else
    pg postgres -c "DROP DATABASE IF EXISTS http" -c "CREATE DATABASE http"
    pg http -c "CREATE EXTENSION IF NOT EXISTS pg_stat_statements"
    loc="postgresql://postgres:bench@127.0.0.1:$PG_PORT/http"
  fi
  log "$kind: account and $CHANNELS channels"
  make_account "$loc" "http://127.0.0.1:9" "$CHANNELS" "$KEY"
  export API_KEY ORG_ID CHANNEL_IDS
  for q in $QUOTAS; do
    BENCH_RATE_LIMITS=$q start_server "$OUT/logs/server-$kind-$q.log" --database "$loc" --encryption-key "$KEY" \
      --port "$API_PORT"
    wait_http "http://127.0.0.1:$API_PORT/health" 120
    measure "$kind" "$q" createPost create.lua "$loc"
    measure "$kind" "$q" list25 list.lua "$loc"
    stop_pid "$SERVER_PID"
  done
done
echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$OUT/machine.txt"
log "results in $OUT (summary.md, <db>-<quotas>-<request>.txt, pg-statements-<quotas>-<request>.txt)"
