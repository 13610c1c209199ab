#!/usr/bin/env bash
# A throwaway PostgreSQL for the Postgres sink tests (packages/plugin/test/*postgres*.test.ts).
# Installs Debian's `postgresql` when no server binaries are present, starts a private cluster
# (trust auth, 127.0.0.1 only, a free port, data in a temp dir) and hands out its URL:
#
#   eval "$(.ci/postgres.sh)"      # executed: prints `export SHADOWTEST_TEST_PG_URL=…` on stdout
#   source .ci/postgres.sh         # sourced: exports SHADOWTEST_TEST_PG_URL in the calling shell
#
# Everything else goes to stderr. The server keeps running after the script; stop it with
#   pg_ctl -D "$SHADOWTEST_PG_DIR/data" stop   (the directory is printed on stderr).
# SHADOWTEST_PG_DIR and SHADOWTEST_PG_PORT override the data directory and the port.

shadowtest_start_postgres() (
  set -euo pipefail
  find_bindir() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }
  bindir="$(find_bindir || true)"
  if [ -z "$bindir" ] || [ ! -x "$bindir/initdb" ]; then
    if command -v pg_config >/dev/null 2>&1 && [ -x "$(pg_config --bindir)/initdb" ]; then
      bindir="$(pg_config --bindir)"
    else
      echo "postgres.sh: installing Debian's postgresql" >&2
      sudo=""
      if [ "$(id -u)" != 0 ] && command -v sudo >/dev/null 2>&1; then sudo="sudo"; fi
      $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq >&2
      $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2
      bindir="$(find_bindir)"
    fi
  fi
  [ -x "$bindir/initdb" ] || { echo "postgres.sh: no initdb found after installing postgresql" >&2; exit 1; }

  dir="${SHADOWTEST_PG_DIR:-$(mktemp -d /tmp/shadowtest-pg.XXXXXX)}"
  mkdir -p "$dir"
  port="${SHADOWTEST_PG_PORT:-$(node -e 'const s = require("net").createServer(); s.listen(0, "127.0.0.1", () => { console.log(s.address().port); s.close() })')}"
  # initdb refuses to run as root: the cluster belongs to the postgres user then.
  if [ "$(id -u)" = 0 ]; then
    id postgres >/dev/null 2>&1 || useradd --system --home-dir "$dir" postgres
    chown postgres: "$dir"
    as_owner() { runuser -u postgres -- "$@"; }
  else
    as_owner() { "$@"; }
  fi
  if [ ! -f "$dir/data/PG_VERSION" ]; then
    as_owner "$bindir/initdb" -D "$dir/data" -U postgres --auth=trust -E UTF8 --no-sync >&2
  fi
  as_owner "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
    -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200" start >&2
  echo "postgres.sh: PostgreSQL $("$bindir/postgres" --version | awk '{print $3}') on 127.0.0.1:$port, data in $dir" >&2
  echo "postgres://postgres@127.0.0.1:$port/postgres"
)

if url="$(shadowtest_start_postgres)"; then
  if [ -n "${GITHUB_ENV:-}" ]; then echo "SHADOWTEST_TEST_PG_URL=$url" >>"$GITHUB_ENV"; fi
  if [ "${BASH_SOURCE[0]}" != "$0" ]; then
    export SHADOWTEST_TEST_PG_URL="$url"
  else
    echo "export SHADOWTEST_TEST_PG_URL=$url"
  fi
else
  echo "postgres.sh: could not start PostgreSQL" >&2
  if [ "${BASH_SOURCE[0]}" != "$0" ]; then return 1; else exit 1; fi
fi
