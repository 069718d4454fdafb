#!/usr/bin/env bash
# Makes a local PostgreSQL 15 with pgvector reachable on 127.0.0.1:5432 and creates the given databases.
# Idempotent: every step is skipped when it is already done. Needs root for the install steps.
# Usage: scripts/ensure-postgres.sh [database ...]
set -euo pipefail

PG_VERSION=${PG_VERSION:-15}
PG_CONFIG=/usr/lib/postgresql/${PG_VERSION}/bin/pg_config
HBA=/etc/postgresql/${PG_VERSION}/main/pg_hba.conf

log() { printf '[postgres] %s\n' "$*" >&2; }
psql_q() { psql -h 127.0.0.1 -U postgres -d postgres -Atq "$@"; }

if [ ! -x "$PG_CONFIG" ] && ! command -v pg_ctlcluster >/dev/null; then
  log "PostgreSQL ${PG_VERSION} is not installed here."
  log "Give the platform a database with RAG_DB_URL=jdbc:postgresql://host:5432/rag (pgvector >= 0.8 installed),"
  log "or run 'docker compose up -d postgres' where Docker is available."
  exit 1
fi

# 1. Local clients on 127.0.0.1 use trust auth (some images ship scram-sha-256 there).
if [ -w "$HBA" ] && grep -Eq '^host\s+all\s+all\s+127\.0\.0\.1/32\s+scram-sha-256' "$HBA"; then
  sed -i 's#^\(host\s\+all\s\+all\s\+127.0.0.1/32\s\+\)scram-sha-256#\1trust#' "$HBA"
  changed_hba=1
fi

# 2. Start the cluster when it is down (reload when only pg_hba changed).
if ! pg_isready -h 127.0.0.1 -p 5432 -q; then
  log "starting cluster ${PG_VERSION}/main"
  pg_ctlcluster --skip-systemctl-redirect "$PG_VERSION" main start
  for _ in $(seq 1 30); do pg_isready -h 127.0.0.1 -p 5432 -q && break; sleep 1; done
elif [ "${changed_hba:-0}" = 1 ]; then
  pg_ctlcluster --skip-systemctl-redirect "$PG_VERSION" main reload
fi
pg_isready -h 127.0.0.1 -p 5432 -q || { log "PostgreSQL did not come up on 127.0.0.1:5432"; exit 1; }

# 3. pgvector from Debian's source package when the extension is missing (about 25 s).
if [ "$(psql_q -c "select 1 from pg_available_extensions where name='vector'")" != 1 ]; then
  log "pgvector missing: building it from Debian's source package"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq "postgresql-server-dev-${PG_VERSION}" build-essential dpkg-dev >/dev/null
  uri=$(sed -n 's/^URIs: //p' /etc/apt/sources.list.d/debian.sources 2>/dev/null | head -n 1)
  uri=${uri:-http://deb.debian.org/debian}
  printf 'Types: deb-src\nURIs: %s\nSuites: trixie\nComponents: main\nSigned-By: /usr/share/keyrings/debian-archive-keyring.gpg\n' "$uri" \
    > /etc/apt/sources.list.d/pgvector-src.sources
  apt-get update -qq
  work=$(mktemp -d)
  (cd "$work" && apt-get source --download-only pgvector >/dev/null 2>&1 && tar xzf pgvector_*.orig.tar.gz \
    && cd pgvector-*/ && make -s PG_CONFIG="$PG_CONFIG" >/dev/null && make -s install PG_CONFIG="$PG_CONFIG" >/dev/null)
  rm -rf "$work"
  [ "$(psql_q -c "select 1 from pg_available_extensions where name='vector'")" = 1 ] || { log "pgvector install failed"; exit 1; }
  log "pgvector installed"
fi

# 4. Databases.
for db in "$@"; do
  if [ "$(psql_q -c "select 1 from pg_database where datname='$db'")" != 1 ]; then
    psql_q -c "CREATE DATABASE \"$db\"" && log "created database $db"
  fi
done
