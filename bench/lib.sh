# Shared helpers for the bench/*.sh scripts (sourced, not run).
#
# Every process a script starts is registered with `track PID` (or is a private PostgreSQL cluster
# started by `start_private_pg`) and is stopped by `bench_cleanup`, which the scripts install as an EXIT trap.
# Nothing here touches processes the scripts did not start.

BENCH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_DIR="$(cd "$BENCH_DIR/.." && pwd)"
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java
PGBIN=${PGBIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | tail -1)}
# the same JVM sizing as the anchor's scheduler JVMs
SERVER_JVM=${SERVER_JVM:-"-Xms256m -Xmx1g"}
SINK_FLAGS="-Xms256m -Xmx512m -Dsun.net.httpserver.nodelay=true"

BENCH_PIDS=()
BENCH_PGDIRS=()

log() { echo "[$(date +%H:%M:%S)] $*" >&2; }

track() { BENCH_PIDS+=("$1"); }

bench_cleanup() {
  local pid dir
  for pid in "${BENCH_PIDS[@]:-}"; do
    [[ -n "$pid" ]] && kill "$pid" 2>/dev/null || true
  done
  for pid in "${BENCH_PIDS[@]:-}"; do
    [[ -n "$pid" ]] && wait "$pid" 2>/dev/null || true
  done
  for dir in "${BENCH_PGDIRS[@]:-}"; do
    [[ -n "$dir" && -d "$dir/data" ]] || continue
    runuser -u postgres -- "$PGBIN/pg_ctl" -D "$dir/data" -m fast stop > /dev/null 2>&1 || true
    rm -rf "$dir"
  done
}

# Stops one tracked process and forgets it.
stop_pid() {
  local pid=$1 i
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  for i in "${!BENCH_PIDS[@]}"; do
    [[ "${BENCH_PIDS[$i]}" == "$pid" ]] && unset 'BENCH_PIDS[i]'
  done
  return 0
}

# Fails when something already listens on the port (other engineers run servers on this machine too).
require_free_port() {
  if ss -ltn "sport = :$1" | grep -q LISTEN; then
    echo "port $1 is already in use; set the matching *_PORT variable to a free one" >&2
    return 1
  fi
}

wait_http() { # url [seconds]
  local url=$1 secs=${2:-60} i
  for ((i = 0; i < secs * 5; i++)); do
    curl -s -o /dev/null "$url" && return 0
    sleep 0.2
  done
  echo "timed out waiting for $url" >&2
  return 1
}

# Builds the server from a snapshot of the working tree (so concurrent edits and test runs in server/ neither
# break nor change a running benchmark) and sets POSTLINE_JAR. POSTLINE_JAR=/path/to.jar skips the build.
# The snapshot's own ./postline script is what runs the server, exactly as `./postline serve` does.
build_snapshot() { # out_dir
  local out=$1
  if [[ -n "${POSTLINE_JAR:-}" ]]; then
    log "using POSTLINE_JAR=$POSTLINE_JAR"
    SNAP_DIR=""
    return 0
  fi
  SNAP_DIR="$out/src"
  rm -rf "$SNAP_DIR"
  mkdir -p "$SNAP_DIR"
  rsync -a --exclude target --exclude .git --exclude bench "$REPO_DIR/" "$SNAP_DIR/"
  (cd "$REPO_DIR" && { git rev-parse HEAD; git status --short; } > "$out/source-state.txt" 2>/dev/null || true)
  local try
  for try in 1 2 3 4 5; do
    log "building the server from a snapshot of the working tree (try $try)"
    if (cd "$SNAP_DIR" && ./mvnw -q -B -o -DskipTests -pl server -am package > "$out/build.log" 2>&1); then
      POSTLINE_JAR="$SNAP_DIR/server/target/postline-server.jar"
      log "built $POSTLINE_JAR"
      return 0
    fi
    log "build failed (someone may be mid-edit; see $out/build.log); retrying in 60 s with a fresh snapshot"
    sleep 60
    rsync -a --delete --exclude target --exclude .git --exclude bench "$REPO_DIR/" "$SNAP_DIR/"
  done
  echo "server build kept failing; see $out/build.log" >&2
  return 1
}

# The postline command: the snapshot's ./postline script, or java -jar POSTLINE_JAR when one was given.
postline() {
  if [[ -n "${SNAP_DIR:-}" ]]; then
    POSTLINE_JAVA_OPTS="$SERVER_JVM" "$SNAP_DIR/postline" "$@"
  else
    "$JAVA" $SERVER_JVM -jar "$POSTLINE_JAR" "$@"
  fi
}

# Starts `postline serve` in the background; sets SERVER_PID. Request quotas (rate limits) are turned off with
# POSTLINE_RATE_LIMITS=off, the default of BENCH_RATE_LIMITS; BENCH_RATE_LIMITS=default keeps the server's own.
# While `serve` has no such switch (ServerMain does not read POSTLINE_RATE_LIMITS), a limit other than "default"
# runs bench/driver/ServeUnlimited.java instead: Server.start with the same settings as `serve` and that limit.
start_server() { # log_file args...
  local logf=$1
  shift
  local limits=${BENCH_RATE_LIMITS:-off}
  local main_java
  main_java=$(unzip -p "$POSTLINE_JAR" 'io/postline/ServerMain*.class' 2>/dev/null | grep -c -a POSTLINE_RATE_LIMITS || true)
  # exec all the way down (subshell -> ./postline -> java) so that SERVER_PID is the JVM itself
  (
    export POSTLINE_LOG_LEVEL=${POSTLINE_LOG_LEVEL:-WARN}
    [[ $limits != default ]] && export POSTLINE_RATE_LIMITS=$limits
    if [[ $limits != default && $main_java == 0 ]]; then
      exec "$JAVA" $SERVER_JVM -cp "$POSTLINE_JAR" "$BENCH_DIR/driver/ServeUnlimited.java" "$@" --rate-limits "$limits"
    elif [[ -n "${SNAP_DIR:-}" ]]; then
      POSTLINE_JAVA_OPTS="$SERVER_JVM" exec "$SNAP_DIR/postline" serve "$@"
    else
      exec "$JAVA" $SERVER_JVM -jar "$POSTLINE_JAR" serve "$@"
    fi
  ) > "$logf" 2>&1 &
  SERVER_PID=$!
  track "$SERVER_PID"
}

# A private PostgreSQL cluster in a temp dir (like the anchor's run-bench.sh), with pg_stat_statements loaded.
# Sets PG_PORT, PG_DIR. PG_EXTRA adds `-c name=value` server options.
start_private_pg() { # port
  PG_PORT=$1
  require_free_port "$PG_PORT"
  PG_DIR=$(mktemp -d /tmp/postline-bench-pg.XXXXXX)
  BENCH_PGDIRS+=("$PG_DIR")
  mkdir -p "$PG_DIR/data" "$PG_DIR/sock"
  chown -R postgres:postgres "$PG_DIR"
  chmod 700 "$PG_DIR/data"
  runuser -u postgres -- "$PGBIN/initdb" -D "$PG_DIR/data" -A trust -U postgres > "$PG_DIR/sock/initdb.log" 2>&1
  runuser -u postgres -- "$PGBIN/pg_ctl" -D "$PG_DIR/data" -w -l "$PG_DIR/sock/pg.log" start \
    -o "-p $PG_PORT -k $PG_DIR/sock -h 127.0.0.1 -c shared_preload_libraries=pg_stat_statements ${PG_EXTRA:-}" > /dev/null
  log "private PostgreSQL on 127.0.0.1:$PG_PORT ($PG_DIR)"
}

pg() { # db sql...  (psql against the private cluster, quiet, unaligned)
  local db=$1
  shift
  psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PG_PORT" -U postgres -d "$db" -At "$@"
}

# The anchor's sink (bench.Sink from the db-scheduler anchor, compiled in ANCHOR_DIR). Sets SINK_PID.
start_sink() { # port log_file
  require_free_port "$1"
  "$JAVA" $SINK_FLAGS -cp "$ANCHOR_DIR/target/classes" bench.Sink --port "$1" --delay-ms "${DELAY_MS:-20}" \
    --threads 512 > "$2" 2>&1 &
  SINK_PID=$!
  track "$SINK_PID"
  sleep 1
}

# Copies the read-only anchor folder to ANCHOR_DIR (default /tmp/anchor) and compiles it once.
prepare_anchor() {
  ANCHOR_DIR=${ANCHOR_DIR:-/tmp/anchor}
  local src=${ANCHOR_SRC:-/work/shared/bench/db-scheduler-anchor}
  if [[ ! -f "$ANCHOR_DIR/target/cp.txt" ]]; then
    rm -rf "$ANCHOR_DIR"
    cp -r "$src" "$ANCHOR_DIR"
    chmod -R u+w "$ANCHOR_DIR"
    (cd "$ANCHOR_DIR" && mvn -q -B compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt)
  fi
  ANCHOR_CP="$ANCHOR_DIR/target/classes:$(cat "$ANCHOR_DIR/target/cp.txt")"
}

# An account and CHANNELS webhook channels pointing at the sink. Sets API_KEY, ORG_ID, CHANNEL_IDS (comma list).
make_account() { # database sink_url channels [encryption_key]
  local db=$1 sink=$2 count=$3 key=${4:-} out i ids=()
  local keyopt=()
  [[ -n "$key" ]] && keyopt=(--encryption-key "$key")
  out=$(postline create-account --database "$db" "${keyopt[@]}" --email bench@example.com --organization Bench)
  API_KEY=$(sed -n 's/^POSTLINE_API_KEY=//p' <<< "$out")
  ORG_ID=$(sed -n 's/^Account .* with organization \([0-9a-f]*\).*/\1/p' <<< "$out")
  [[ -n "$API_KEY" && -n "$ORG_ID" ]] || { echo "create-account said: $out" >&2; return 1; }
  # one channel through the CLI; the others are copies of its row (same sink URL, so the same encrypted
  # credentials) with new ids and names, because each CLI call is a JVM start (seconds on a loaded machine)
  out=$(postline connect-channel --database "$db" "${keyopt[@]}" --organization "$ORG_ID" --service mastodon \
    --publisher webhook --name "sink1" --credential "url=$sink/statuses")
  ids+=("$(sed -n 's/^POSTLINE_CHANNEL_ID=//p' <<< "$out")")
  [[ -n "${ids[0]}" ]] || { echo "connect-channel said: $out" >&2; return 1; }
  local copy
  for ((i = 2; i <= count; i++)); do
    ids+=("${ids[0]:0:8}$(od -An -N8 -tx1 /dev/urandom | tr -d ' \n')")
    copy="INSERT INTO channels (id, organization_id, name, service, service_id, service_type, timezone,
        posting_schedule, publisher, credentials, settings, created_at)
      SELECT '${ids[-1]}', organization_id, 'sink$i', service, 'sink$i', service_type, timezone, posting_schedule,
        publisher, credentials, settings, created_at + $i FROM channels WHERE id = '${ids[0]}'"
    if [[ $db == sqlite:* ]]; then
      sqlite3 "${db#sqlite:}" "$copy"
    else
      psql -X -q -v ON_ERROR_STOP=1 "$db" -c "$copy"
    fi
  done
  CHANNEL_IDS=$(IFS=,; echo "${ids[*]}")
}

machine_info() {
  echo "date: $(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo "nproc: $(nproc)"
  echo "memory: $(free -h | awk '/^Mem:/ {print $2}')"
  echo "java: $("$JAVA" -version 2>&1 | head -1)"
  echo "postgresql: $("$PGBIN/postgres" --version)"
  echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
}

# CPU seconds (user+system) used so far by a process and its live children (a JVM; or a postmaster and its backends).
cpu_seconds() { # pid
  local pids
  pids="$1 $(pgrep -P "$1" | tr '\n' ' ')"
  local p total=0 t
  for p in $pids; do
    t=$(awk '{print $14 + $15}' "/proc/$p/stat" 2>/dev/null || echo 0)
    total=$((total + t))
  done
  awk -v t="$total" -v hz="$(getconf CLK_TCK)" 'BEGIN {printf "%.2f", t / hz}'
}

pg_postmaster_pid() { head -1 "$PG_DIR/data/postmaster.pid"; }
