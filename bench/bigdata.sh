#!/usr/bin/env bash
# Listing and createPost latency with 1,000 vs 1,000,000 scheduled posts in one organization, and the query plans
# of the listing query (PostStore.page) and the claim query (queue/ClaimDuePosts) at each size.
#
# Rows are bulk-inserted with SQL shaped like PostStore.insert writes them (status scheduled, a scheduledAt in the
# future, sort_bucket 0, sort_at = due_at = scheduled_at, content JSON as the server writes it), spread over
# CHANNELS channels. Latency is measured with wrk at one connection (-t1 -c1 -d$DURATION --latency) so it is the
# latency of one request, not of a queue:
#   list-first   posts(first: 25, status: [scheduled])
#   list-deep    the same, after a cursor in the middle of the listing (row SIZE/2)
#   createPost   one post per request (scheduled in 2030: nothing publishes)
#
# Usage:  bench/bigdata.sh [OUT_DIR]
# Env: DBS ("pg sqlite") SIZES ("1000 1000000") DURATION (10s) CHANNELS (20) API_PORT (28201) PG_PORT (55493)
#      POSTLINE_JAR (skip the snapshot build). Request quotas are off (see lib.sh start_server).
set -euo pipefail
source "$(dirname "$0")/lib.sh"
OUT=${1:-/tmp/postline-bench/bigdata-$(date +%Y%m%d-%H%M%S)}
DBS=${DBS:-"pg sqlite"}
SIZES=${SIZES:-"1000 1000000"}
DURATION=${DURATION:-10s}
CHANNELS=${CHANNELS:-20}
API_PORT=${API_PORT:-28201}
PG_PORT=${PG_PORT:-55493}
KEY=bench-encryption-key-0123456789
BASE_MS=1830297600000 # 2028-01-01T00:00:00Z: every bulk post is in the future

mkdir -p "$OUT/logs" "$OUT/db" "$OUT/plans"
trap bench_cleanup EXIT
machine_info | tee "$OUT/machine.txt"
build_snapshot "$OUT"
require_free_port "$API_PORT"
[[ " $DBS " == *" pg "* ]] && start_private_pg "$PG_PORT"
SUMMARY="$OUT/summary.md"
{
  echo "| database | posts | request | req/s (1 conn) | p50 | p90 | p99 | max | failures |"
  echo "|---|---|---|---|---|---|---|---|---|"
} > "$SUMMARY"

# Inserts posts number FROM+1 .. TO (1-based) in one statement per 100,000 rows.
bulk_insert() { # kind from to
  local kind=$1 from=$2 to=$3 lo hi now
  now=$(date +%s%3N)
  for ((lo = from + 1; lo <= to; lo += 100000)); do
    hi=$((lo + 99999 < to ? lo + 99999 : to))
    if [[ $kind == pg ]]; then
      pg big -c "INSERT INTO posts (id, organization_id, channel_id, group_id, status, text, content, scheduled_at,
          queued, sort_bucket, sort_at, due_at, created_at, updated_at)
        SELECT to_hex($now / 1000) || substr(md5(i::text || random()::text), 1, 16), '$ORG_ID',
          (string_to_array('$CHANNEL_IDS', ','))[1 + i % $CHANNELS], NULL, 'scheduled', 'bulk post ' || i,
          '{\"text\":\"bulk post ' || i || '\",\"media\":{\"photos\":[],\"video\":null,\"empty\":true},\"thread\":[]}',
          $BASE_MS + i * 60000, 0, 0, $BASE_MS + i * 60000, $BASE_MS + i * 60000, $now, $now
        FROM generate_series($lo::bigint, $hi::bigint) AS i"
    else
      sqlite3 -bail "$SQLITE_FILE" "WITH RECURSIVE seq(i) AS (SELECT $lo UNION ALL SELECT i + 1 FROM seq WHERE i < $hi),
          ch(k, id) AS (SELECT key, value FROM json_each('[\"${CHANNEL_IDS//,/\",\"}\"]'))
        INSERT INTO posts (id, organization_id, channel_id, group_id, status, text, content, scheduled_at,
          queued, sort_bucket, sort_at, due_at, created_at, updated_at)
        SELECT printf('%08x', $now / 1000) || lower(hex(randomblob(8))), '$ORG_ID', ch.id, NULL, 'scheduled',
          'bulk post ' || i,
          '{\"text\":\"bulk post ' || i || '\",\"media\":{\"photos\":[],\"video\":null,\"empty\":true},\"thread\":[]}',
          $BASE_MS + i * 60000, 0, 0, $BASE_MS + i * 60000, $BASE_MS + i * 60000, $now, $now
        FROM seq JOIN ch ON ch.k = i % $CHANNELS"
    fi
  done
  if [[ $kind == pg ]]; then pg big -c "VACUUM ANALYZE posts"; else sqlite3 "$SQLITE_FILE" "ANALYZE"; fi
}

# A cursor for the scheduled listing positioned at the row `offset` of the listing: the first page's endCursor
# (which carries the filter's fingerprint) with its position replaced.
deep_cursor() { # kind offset
  local first end raw fp row
  first=$(curl -s -X POST "http://127.0.0.1:$API_PORT/" -H "Authorization: Bearer $API_KEY" \
    -H 'Content-Type: application/json' \
    -d "{\"query\":\"query P(\$input: PostsInput!) { posts(input: \$input) { pageInfo { endCursor } } }\",\"variables\":{\"input\":{\"organizationId\":\"$ORG_ID\",\"status\":[\"scheduled\"],\"first\":25}}}")
  end=$(sed -n 's/.*"endCursor":"\([^"]*\)".*/\1/p' <<< "$first")
  raw=$(python3 -c "import base64,sys; s=sys.argv[1]; print(base64.urlsafe_b64decode(s + '=' * (-len(s) % 4)).decode())" "$end")
  fp=$(cut -d'|' -f2 <<< "$raw")
  local q="SELECT sort_bucket || '|' || sort_at || '|' || id FROM posts WHERE organization_id = '$ORG_ID' AND status = 'scheduled' ORDER BY sort_bucket, sort_at, id LIMIT 1 OFFSET $2"
  if [[ $1 == pg ]]; then row=$(pg big -c "$q"); else row=$(sqlite3 "$SQLITE_FILE" "$q"); fi
  DEEP_ROW=$row
  python3 -c "import base64,sys; print(base64.urlsafe_b64encode(sys.argv[1].encode()).decode().rstrip('='))" "p1|$fp|$row"
}

wrk_row() { # kind size name file
  local f=$4 rps p50 p90 p99 max gqlf
  rps=$(awk '/^Requests\/sec/ {print $2}' "$f")
  p50=$(awk '$1 == "50%" {print $2}' "$f"); p90=$(awk '$1 == "90%" {print $2}' "$f")
  p99=$(awk '$1 == "99%" {print $2}' "$f"); max=$(awk '$1 == "Latency" {print $4}' "$f")
  gqlf=$(awk '/^graphql_failures/ {print $2}' "$f")
  echo "| $1 | $2 | $3 | $rps | $p50 | $p90 | $p99 | $max | ${gqlf:-?} |" | tee -a "$SUMMARY"
}

plans() { # kind size
  local kind=$1 size=$2 f="$OUT/plans/$1-$2.txt" now
  now=$(date +%s%3N)
  local b s i
  IFS='|' read -r b s i <<< "$DEEP_ROW"
  local first="SELECT * FROM posts WHERE organization_id = '$ORG_ID' AND status IN ('scheduled') ORDER BY sort_bucket, sort_at, id LIMIT 26"
  local deep="SELECT * FROM posts WHERE organization_id = '$ORG_ID' AND status IN ('scheduled') AND (sort_bucket > $b OR (sort_bucket = $b AND (sort_at > $s OR (sort_at = $s AND id > '$i')))) ORDER BY sort_bucket, sort_at, id LIMIT 26"
  local deep_rowvalue="SELECT * FROM posts WHERE organization_id = '$ORG_ID' AND status IN ('scheduled') AND (sort_bucket, sort_at, id) > ($b, $s, '$i') ORDER BY sort_bucket, sort_at, id LIMIT 26"
  local claim="UPDATE posts SET status = 'sending', lease_owner = 'bench', lease_until = $((now + 120000)), attempts = attempts + 1 WHERE id IN (SELECT id FROM posts WHERE status = 'scheduled' AND due_at <= $now ORDER BY due_at LIMIT 256 __LOCK__) RETURNING *"
  local lease="UPDATE posts SET status = 'sending', lease_owner = 'bench', lease_until = $((now + 120000)), attempts = attempts + 1 WHERE id IN (SELECT id FROM posts WHERE status = 'sending' AND lease_until < $now ORDER BY lease_until LIMIT 256 __LOCK__) RETURNING *"
  {
    echo "# $kind, $size posts"
    for name in first deep deep_rowvalue claim lease; do
      local q=${!name}
      echo
      echo "## $name"
      echo
      if [[ $kind == pg ]]; then
        q=${q//__LOCK__/FOR UPDATE SKIP LOCKED}
        echo "$q"
        echo
        pg big -c "BEGIN" -c "EXPLAIN (ANALYZE, BUFFERS) $q" -c "ROLLBACK"
      else
        q=${q//__LOCK__/}
        echo "$q"
        echo
        sqlite3 "$SQLITE_FILE" "EXPLAIN QUERY PLAN $q"
        # time it (the UPDATEs inside a rolled-back transaction; output rows dropped) against an empty query,
        # so the sqlite3 process start is subtracted
        local t0 t1 t2
        t0=$(date +%s%N)
        sqlite3 "$SQLITE_FILE" "SELECT 1;" > /dev/null
        t1=$(date +%s%N)
        sqlite3 "$SQLITE_FILE" "BEGIN; $q; ROLLBACK;" > /dev/null
        t2=$(date +%s%N)
        echo "time: $(( (t2 - t1 - (t1 - t0)) / 1000000 )) ms (sqlite3 wall time minus that of SELECT 1)"
      fi
    done
  } > "$f" 2>&1
  log "plans in $f"
}

measure() { # kind size
  local kind=$1 size=$2 url="http://127.0.0.1:$API_PORT/" name f
  export AFTER=""
  export AFTER_DEEP
  AFTER_DEEP=$(deep_cursor "$kind" $((size / 2)))
  DEEP_ROW=$(python3 -c "import base64,sys; s=sys.argv[1]; print(base64.urlsafe_b64decode(s + '=' * (-len(s) % 4)).decode().split('|', 2)[2])" "$AFTER_DEEP")
  wrk -t1 -c1 -d3s --timeout 10s -s "$BENCH_DIR/wrk/list.lua" "$url" > /dev/null 2>&1 # warm-up
  for name in list-first list-deep createPost; do
    f="$OUT/$kind-$size-$name.txt"
    log "$kind $size: $name ($DURATION, 1 connection; load $(cut -d' ' -f1-3 /proc/loadavg))"
    case $name in
      list-first) AFTER="" wrk -t1 -c1 -d"$DURATION" --timeout 10s --latency -s "$BENCH_DIR/wrk/list.lua" "$url" > "$f" 2>&1 ;;
      list-deep) AFTER="$AFTER_DEEP" wrk -t1 -c1 -d"$DURATION" --timeout 10s --latency -s "$BENCH_DIR/wrk/list.lua" "$url" > "$f" 2>&1 ;;
      createPost) wrk -t1 -c1 -d"$DURATION" --timeout 10s --latency -s "$BENCH_DIR/wrk/create.lua" "$url" > "$f" 2>&1 ;;
    esac
    wrk_row "$kind" "$size" "$name" "$f"
  done
  plans "$kind" "$size"
}

for kind in $DBS; do
  if [[ $kind == sqlite ]]; then
    rm -rf "$OUT/db/sqlite"
    mkdir -p "$OUT/db/sqlite"
    SQLITE_FILE="$OUT/db/sqlite/postline.db"
    loc="sqlite:$SQLITE_FILE"
  else
    pg postgres -c "DROP DATABASE IF EXISTS big" -c "CREATE DATABASE big"
    loc="postgresql://postgres:bench@127.0.0.1:$PG_PORT/big"
  fi
  make_account "$loc" "http://127.0.0.1:9" "$CHANNELS" "$KEY"
  export API_KEY ORG_ID CHANNEL_IDS
  have=0
  for size in $SIZES; do
    log "$kind: bulk insert up to $size posts"
    t0=$(date +%s)
    bulk_insert "$kind" "$have" "$size"
    echo "$kind: bulk insert of $((size - have)) rows (+ analyze): $(($(date +%s) - t0)) s" | tee -a "$OUT/machine.txt"
    have=$size
    start_server "$OUT/logs/server-$kind-$size.log" --database "$loc" --encryption-key "$KEY" --port "$API_PORT"
    wait_http "http://127.0.0.1:$API_PORT/health" 120
    measure "$kind" "$size"
    stop_pid "$SERVER_PID"
    # the createPost runs added rows; count them in for the next size
    if [[ $kind == pg ]]; then have=$(pg big -c "SELECT count(*) FROM posts"); else have=$(sqlite3 "$SQLITE_FILE" "SELECT count(*) FROM posts"); fi
  done
  [[ $kind == pg ]] && pg big -c "SELECT pg_size_pretty(pg_total_relation_size('posts')) AS posts_total_size" | sed 's/^/pg posts table+indexes: /' | tee -a "$OUT/machine.txt"
done
if [[ -f /tmp/pg-plans.md ]]; then cp /tmp/pg-plans.md "$OUT/plans/pg-plans-from-index-work.md"; fi
echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$OUT/machine.txt"
log "results in $OUT (summary.md, plans/)"
