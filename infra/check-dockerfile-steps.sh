#!/usr/bin/env bash
# Replays infra/Dockerfile on this machine, where Docker has a client but no engine: the build
# stage's COPY and RUN instructions in a fresh clone of the committed tree, then the runtime
# stage's COPY --from=build into a separate folder, and starts the server from that folder the way
# CMD does, as an unprivileged user, on SQLite and then on a fresh PostgreSQL database. Each check
# prints "ok" or stops the script with "FAILED". Bounded (about 3 minutes, most of it npm ci
# compiling better-sqlite3); removes its folder, its database and its processes on exit.
#
#   infra/check-dockerfile-steps.sh                # the committed HEAD of this repository
#   KEEP=1 infra/check-dockerfile-steps.sh         # keep the folder to look inside
#   PG_URL=postgres://postgres@127.0.0.1:5432 infra/check-dockerfile-steps.sh
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
DOCKERFILE=${DOCKERFILE:-$HERE/Dockerfile}
REPO=$(git -C "$HERE" rev-parse --show-toplevel)
PG_URL=${PG_URL:-postgres://postgres@127.0.0.1:5432}
PORT=${PORT_BASE:-39310}
DATABASE=rapporteur_infra_check_$$
WORK=$(mktemp -d /tmp/infra-check.XXXXXX)
CONTEXT=$WORK/context # the build context: the committed tree
BUILD=$WORK/build     # /app in the build stage
RUNTIME=$WORK/runtime # /app in the runtime stage
PIDS=()

step() { printf '\n== %s\n' "$*"; }
ok() { printf 'ok      %s\n' "$*"; }
fail() {
  printf 'FAILED  %s\n' "$*" >&2
  exit 1
}

cleanup() {
  local pid
  for pid in "${PIDS[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
  for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
  for database in "$DATABASE" "${DATABASE}_restored"; do
    psql "$PG_URL/postgres" -qAt -c "DROP DATABASE IF EXISTS $database" >/dev/null 2>&1 || true
  done
  if [ "${KEEP:-}" = 1 ]; then echo "kept $WORK"; else rm -rf "$WORK"; fi
}
trap cleanup EXIT

# The server runs as an unprivileged user, as in the image (USER node), when this runs as root.
AS_SERVER_USER=()
[ "$(id -u)" = 0 ] && AS_SERVER_USER=(setpriv --reuid=nobody --regid=nogroup --clear-groups --)
as_server_user() { "${AS_SERVER_USER[@]}" "$@"; }

# The Dockerfile's instructions, one a line: comments dropped, continuation lines joined.
instructions() {
  awk '
    /^[[:space:]]*#/ && line == "" { next }
    /^[[:space:]]*$/ && line == "" { next }
    { sub(/^[[:space:]]+/, ""); if (sub(/\\[[:space:]]*$/, "")) { line = line $0; next } print line $0; line = "" }
  ' "$DOCKERFILE"
}

# COPY as Docker does it: a folder's contents go into the destination, files into a folder when
# the destination ends with "/" or several sources are given.
copy_into() {
  local root=$1 dest=$2
  shift 2
  local count=$#
  case $dest in /*) dest=$root$dest ;; *) dest=$root/$dest ;; esac
  for source in "$@"; do
    if [ -d "$source" ]; then
      mkdir -p "$dest" && cp -a "$source/." "$dest/"
    elif [ "$count" -gt 1 ] || [[ $dest == */ ]]; then
      mkdir -p "$dest" && cp -a "$source" "$dest/"
    else
      mkdir -p "$(dirname "$dest")" && cp -a "$source" "$dest"
    fi
  done
}

step "context: a fresh clone of the committed tree ($(git -C "$REPO" log --oneline -1))"
git clone -q "$REPO" "$CONTEXT"
mkdir -p "$BUILD" "$RUNTIME"
chmod 755 "$WORK"

step "the Dockerfile copies every workspace's package.json before npm ci"
expected=$(cd "$CONTEXT" && node -e '
  const { workspaces } = require("./package.json");
  const fs = require("node:fs"), path = require("node:path");
  const found = workspaces.flatMap((pattern) => pattern.endsWith("/*")
    ? fs.readdirSync(pattern.slice(0, -2)).map((name) => path.join(pattern.slice(0, -2), name))
    : [pattern]);
  console.log(found.filter((dir) => fs.existsSync(path.join(dir, "package.json"))).sort().join("\n"));')
listed=$(instructions | sed -n 's#^COPY \([a-z/-]*\)/package.json .*#\1#p' | sort)
[ "$expected" = "$listed" ] || fail "workspaces and COPY lines differ:
$(diff <(echo "$expected") <(echo "$listed") || true)"
ok "$(echo "$listed" | wc -l) workspaces"

stage=''
runtime_env=()
cmd=''
healthcheck=''
while IFS= read -r instruction; do
  keyword=${instruction%% *}
  rest=${instruction#* }
  case $keyword in
    FROM)
      stage=${rest##* }
      step "stage $stage ($rest)"
      ;;
    ARG | WORKDIR | USER | EXPOSE | STOPSIGNAL) ;;
    ENV)
      if [ "$stage" = runtime ]; then
        # /app is the runtime folder here (DATA_DIR=/app/data).
        eval "runtime_env+=(${rest//\/app/$RUNTIME})"
      else
        # Except nodedir: the image's Node keeps its headers in /usr/local, this machine's in /usr
        # (the repository's .npmrc says so).
        eval "for setting in $rest; do case \$setting in npm_config_nodedir=*) ;; *) export \"\$setting\" ;; esac; done"
      fi
      ;;
    COPY)
      eval "set -- $rest"
      from=''
      if [[ $1 == --from=* ]]; then
        from=${1#--from=}
        shift
      fi
      dest=${*: -1}
      sources=("${@:1:$#-1}")
      if [ -n "$from" ]; then
        copy_into "$RUNTIME" "${dest#/app}" "${sources[@]/#\/app/$BUILD}"
      else
        copy_into "$BUILD" "${dest#/app}" "${sources[@]/#/$CONTEXT/}"
      fi
      echo "COPY $rest"
      ;;
    RUN)
      root=$BUILD
      [ "$stage" = runtime ] && root=$RUNTIME
      command=${rest//\/app/$root}
      # The image's unprivileged user is "node"; here it is "nobody".
      command=${command//node:node/nobody:nogroup}
      [ "$(id -u)" = 0 ] || command=${command//chown nobody:nogroup/true}
      echo "RUN $rest"
      started=$SECONDS
      (cd "$root" && sh -ec "$command") >"$WORK/run.log" 2>&1 || {
        tail -40 "$WORK/run.log"
        fail "RUN $rest"
      }
      grep -E '^(added|removed) [0-9]+ packages|built in' "$WORK/run.log" || true
      ok "$((SECONDS - started)) s"
      ;;
    HEALTHCHECK) healthcheck=${rest#*CMD } ;;
    CMD) cmd=$rest ;;
    *) fail "the replay does not know the instruction $keyword" ;;
  esac
done < <(instructions)

step "the runtime tree holds only what the server needs"
[ -f "$RUNTIME/apps/web/dist/index.html" ] || fail "apps/web/dist/index.html is missing"
[ -f "$RUNTIME/apps/server/dist/main.js" ] || fail "the server was not built: apps/server/dist/main.js is missing"
[ ! -d "$RUNTIME/node_modules/vite" ] || fail "dev dependencies are still there (vite)"
[ ! -d "$RUNTIME/bench" ] && [ ! -d "$RUNTIME/tests" ] || fail "bench/ or tests/ reached the runtime"
ok "node_modules $(du -sh "$RUNTIME/node_modules" | cut -f1), whole tree $(du -sh "$RUNTIME" | cut -f1)"

# CMD and HEALTHCHECK are JSON arrays: run them as they are written.
json_argv() { node -e 'for (const arg of JSON.parse(process.argv[1])) console.log(arg)' "$1"; }
mapfile -t server_argv < <(json_argv "$cmd")
mapfile -t health_argv < <(json_argv "$healthcheck")

# Starts the server from the runtime tree with the image's environment plus the given settings.
start_server() {
  local log=$1
  shift
  (cd "$RUNTIME" && exec "${AS_SERVER_USER[@]}" env -i PATH="$PATH" HOME=/tmp \
    "${runtime_env[@]}" "$@" "${server_argv[@]}") >"$log" 2>&1 &
  PIDS+=($!)
}

wait_ready() {
  local port=$1
  for _ in $(seq 1 120); do
    curl -sf "http://127.0.0.1:$port/readyz" >/dev/null && return 0
    sleep 0.5
  done
  return 1
}

check_http() {
  local what=$1 url=$2 expect=$3
  local body
  body=$(curl -s -w '\n%{http_code}' "$url")
  [ "${body##*$'\n'}" = 200 ] && grep -q -- "$expect" <<<"$body" || fail "$what: $url answered ${body##*$'\n'}"
  ok "$what"
}

step "start on SQLite: ${server_argv[*]} (HOST, PORT, DATA_DIR from the image)"
PORT_SQLITE=$PORT
start_server "$WORK/sqlite.log" PORT="$PORT_SQLITE" HOST=127.0.0.1
wait_ready "$PORT_SQLITE" || {
  cat "$WORK/sqlite.log"
  fail "the server did not become ready on SQLite"
}
check_http "/healthz answers" "http://127.0.0.1:$PORT_SQLITE/healthz" '"ok"'
check_http "/readyz answers (sqlite)" "http://127.0.0.1:$PORT_SQLITE/readyz" '"sqlite"'
check_http "the editor is served at /meetings/demo" "http://127.0.0.1:$PORT_SQLITE/meetings/demo" '<div id="root">'
asset=$(grep -o 'assets/index-[^"]*\.js' "$RUNTIME/apps/web/dist/index.html" | head -n 1)
check_http "its script is served" "http://127.0.0.1:$PORT_SQLITE/$asset" 'import'
grep -q 'Created the demo meeting' "$WORK/sqlite.log" || fail "the demo meeting was not seeded from fixtures/"
ok "the demo meeting was imported from fixtures/"
(cd "$RUNTIME" && env PORT="$PORT_SQLITE" "${health_argv[@]}") || fail "the HEALTHCHECK command fails"
ok "the HEALTHCHECK command passes"
kill -TERM "${PIDS[-1]}"
wait "${PIDS[-1]}" && ok "SIGTERM: the server stopped with exit code 0" || fail "SIGTERM: exit code $?"
grep -q 'SIGTERM: saving open drafts' "$WORK/sqlite.log" || fail "no shutdown line after SIGTERM"
[ -s "$RUNTIME/data/rapporteur.sqlite" ] || fail "DATA_DIR holds no database"
ok "DATA_DIR ($RUNTIME/data) holds rapporteur.sqlite"

step "PostgreSQL: three processes migrate a fresh database at once, then the server starts on it"
psql "$PG_URL/postgres" -qAt -c "CREATE DATABASE $DATABASE" >/dev/null
DATABASE_URL=$PG_URL/$DATABASE
for i in 1 2 3; do
  (cd "$RUNTIME" && as_server_user env "${runtime_env[@]}" DATABASE_URL="$DATABASE_URL" \
    node --enable-source-maps apps/server/dist/cli.js meetings list) >"$WORK/migrate-$i.log" 2>&1 &
  PIDS+=($!)
done
for pid in "${PIDS[@]: -3}"; do wait "$pid" || fail "a concurrent migration failed: $(cat "$WORK"/migrate-*.log)"; done
migrations=$(psql "$DATABASE_URL" -qAt -c "SELECT string_agg(name, ' ') FROM (SELECT name FROM kysely_migration UNION ALL SELECT name FROM accounts_migration) m")
ok "migrated once by three processes: $migrations"
PORT_PG=$((PORT + 1))
start_server "$WORK/postgres.log" PORT="$PORT_PG" HOST=127.0.0.1 DATABASE_URL="$DATABASE_URL"
wait_ready "$PORT_PG" || {
  cat "$WORK/postgres.log"
  fail "the server did not become ready on PostgreSQL"
}
check_http "/readyz answers (postgres)" "http://127.0.0.1:$PORT_PG/readyz" '"postgres"'
events=$(psql "$DATABASE_URL" -qAt -c "SELECT count(*) FROM events")
[ "$events" -gt 0 ] || fail "no events in PostgreSQL"
ok "the demo meeting is in PostgreSQL ($events events)"
kill -TERM "${PIDS[-1]}"
wait "${PIDS[-1]}" && ok "SIGTERM: stopped with exit code 0" || fail "SIGTERM: exit code $?"

step "backup and restore: pg_dump, a fresh database, verify every meeting"
pg_dump "$DATABASE_URL" -Fc -f "$WORK/backup.dump"
psql "$PG_URL/postgres" -qAt -c "CREATE DATABASE ${DATABASE}_restored" >/dev/null
pg_restore --no-owner --exit-on-error -d "$PG_URL/${DATABASE}_restored" "$WORK/backup.dump"
cli() { (cd "$RUNTIME" && as_server_user env "${runtime_env[@]}" DATABASE_URL="$PG_URL/${DATABASE}_restored" node --enable-source-maps apps/server/dist/cli.js "$@"); }
meetings=$(cli meetings list | cut -d' ' -f1)
[ -n "$meetings" ] || fail "the restored database lists no meeting"
for meeting in $meetings; do cli verify "$meeting" | tail -n 1; done
ok "every meeting of the restored database verifies"

printf '\nAll steps of infra/Dockerfile replayed: the image would build and serve.\n'
