#!/usr/bin/env bash
# Throwaway PostgreSQL cluster for tests and CI (port 54329). Run as root. Idempotent: re-running
# reuses the cluster, starts it if stopped, and creates role/db only if missing.
set -euo pipefail
PGROOT=${PGROOT:-${TMPDIR:-/tmp}/modelgate-pg}          # everything lives here; rm -rf it to reset
PGPORT=${PGPORT:-54329}
DB_USER=${DB_USER:-app} DB_PASS=${DB_PASS:-app} DB_NAME=${DB_NAME:-app}

if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  DEBIAN_FRONTEND=noninteractive apt-get install -y postgresql >/dev/null
fi
PGVER=$(ls /usr/lib/postgresql | sort -V | tail -1)
PGBIN=/usr/lib/postgresql/$PGVER/bin
PGDATA=$PGROOT/data

mkdir -p "$PGROOT" && chown postgres:postgres "$PGROOT"
if [ ! -s "$PGDATA/PG_VERSION" ]; then
  su postgres -c "$PGBIN/initdb -D $PGDATA -U postgres -E UTF8 --locale=C.UTF-8 \
    --auth-local=trust --auth-host=scram-sha-256" >/dev/null
fi
if ! su postgres -c "$PGBIN/pg_ctl -D $PGDATA status" >/dev/null 2>&1; then
  su postgres -c "$PGBIN/pg_ctl -D $PGDATA -l $PGROOT/postgres.log -w start \
    -o '-p $PGPORT -k $PGROOT -c listen_addresses=127.0.0.1'" >/dev/null
fi
psql() { su postgres -c "$PGBIN/psql -h $PGROOT -p $PGPORT -U postgres -v ON_ERROR_STOP=1 -qtA $*"; }
[ "$(psql "-c \"select 1 from pg_roles where rolname='$DB_USER'\"")" = 1 ] ||
  psql "-c \"create role $DB_USER login createdb password '$DB_PASS'\""
# Integration tests create a fresh database per test file.
psql "-c \"alter role $DB_USER createdb\""
# The benchmark flushes the seeded data (CHECKPOINT) before it measures.
psql "-c \"grant pg_checkpoint to $DB_USER\"" 2>/dev/null || true
[ "$(psql "-c \"select 1 from pg_database where datname='$DB_NAME'\"")" = 1 ] ||
  psql "-c \"create database $DB_NAME owner $DB_USER\""
echo "PostgreSQL $PGVER up on 127.0.0.1:$PGPORT (stop: su postgres -c '$PGBIN/pg_ctl -D $PGDATA -m fast stop')"
echo "DATABASE_URL=postgres://$DB_USER:$DB_PASS@127.0.0.1:$PGPORT/$DB_NAME"
