#!/usr/bin/env bash
# Starts (or stops) the servers the tests need, from Debian's packages, on loopback only:
#   deploy/services.sh start   installs Chromium (browser tests), RabbitMQ and PostgreSQL when missing, starts them, creates a test user and vhost
#                              (RabbitMQ, without the default guest user) and a test role allowed to create databases
#                              (PostgreSQL), and prints `export VAR=...` lines for the tests
#   deploy/services.sh stop
set -euo pipefail

RABBIT_NODE=rabbit@localhost
RABBIT_USER=ceasefire-test
RABBIT_VHOST=ceasefire-test
PG_ROLE=ceasefire_test
PG_PORT=5432
SECRETS=/run/ceasefire-test

log() { echo "services: $*" >&2; }

install_if_missing() { # command package
  command -v "$1" >/dev/null 2>&1 && return
  log "installing $2 with apt-get"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq "$2" >&2
}

start_rabbitmq() {
  install_if_missing rabbitmq-server rabbitmq-server
  mkdir -p /etc/rabbitmq
  printf 'NODE_IP_ADDRESS=127.0.0.1\nNODENAME=%s\n' "$RABBIT_NODE" > /etc/rabbitmq/rabbitmq-env.conf
  if ! rabbitmqctl -n "$RABBIT_NODE" -q status >/dev/null 2>&1; then
    log "starting RabbitMQ on 127.0.0.1:5672"
    service rabbitmq-server start >&2
  fi
  rabbitmqctl -n "$RABBIT_NODE" -q await_startup --timeout 60 >&2
  rabbitmqctl -n "$RABBIT_NODE" -q start_app >&2
  local password=""
  # Reuse the test user while its saved password still works, so a second start never cuts off a running suite.
  if [[ -s "$SECRETS/rabbitmq" ]] && rabbitmqctl -n "$RABBIT_NODE" -q authenticate_user "$RABBIT_USER" "$(cat "$SECRETS/rabbitmq")" >/dev/null 2>&1; then
    password=$(cat "$SECRETS/rabbitmq")
  else
    password=$(new_password)
    rabbitmqctl -n "$RABBIT_NODE" -q delete_user "$RABBIT_USER" >/dev/null 2>&1 || true
    rabbitmqctl -n "$RABBIT_NODE" -q add_user "$RABBIT_USER" "$password" >&2
    rabbitmqctl -n "$RABBIT_NODE" -q set_user_tags "$RABBIT_USER" administrator >&2
    (umask 077 && mkdir -p "$SECRETS" && printf '%s' "$password" > "$SECRETS/rabbitmq")
  fi
  rabbitmqctl -n "$RABBIT_NODE" -q add_vhost "$RABBIT_VHOST" >/dev/null 2>&1 || true
  rabbitmqctl -n "$RABBIT_NODE" -q set_permissions -p "$RABBIT_VHOST" "$RABBIT_USER" '.*' '.*' '.*' >&2
  rabbitmqctl -n "$RABBIT_NODE" -q delete_user guest >/dev/null 2>&1 || true
  echo "export CEASEFIRE_TEST_RABBITMQ='rabbitmq://$RABBIT_USER:$password@127.0.0.1:5672/$RABBIT_VHOST'"
  echo "export CEASEFIRE_TEST_RABBITMQ_NODE='$RABBIT_NODE'"
}

new_password() { head -c 24 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 24; }

pg_cluster() { pg_lsclusters -h | awk 'NR == 1 { print $1, $2 }'; }

pg_works() { # password
  PGPASSWORD="$1" PGCONNECT_TIMEOUT=5 psql -h 127.0.0.1 -p "$PG_PORT" -U "$PG_ROLE" -d postgres -Atqc 'SELECT 1' >/dev/null 2>&1
}

start_postgres() {
  install_if_missing pg_lsclusters postgresql
  read -r version cluster < <(pg_cluster)
  # Loopback only, whatever the package's default (Debian's postgresql.conf reads conf.d/); applies at the next start.
  printf "listen_addresses = '127.0.0.1'\nport = %s\n" "$PG_PORT" > "/etc/postgresql/$version/$cluster/conf.d/ceasefire.conf"
  if ! pg_ctlcluster "$version" "$cluster" status >/dev/null 2>&1; then
    log "starting PostgreSQL $version on 127.0.0.1:$PG_PORT"
    pg_ctlcluster "$version" "$cluster" start >&2
  fi
  for _ in $(seq 1 60); do pg_isready -q -h 127.0.0.1 -p "$PG_PORT" && break; sleep 1; done
  local password=""
  # Reuse the test role while its saved password still works, so a second start never cuts off a running suite.
  if [[ -s "$SECRETS/postgres" ]] && pg_works "$(cat "$SECRETS/postgres")"; then
    password=$(cat "$SECRETS/postgres")
  else
    password=$(new_password)
    runuser -u postgres -- psql -p "$PG_PORT" -v ON_ERROR_STOP=1 -qX -v role="$PG_ROLE" -v password="$password" >&2 <<'SQL'
SELECT format('CREATE ROLE %I', :'role') WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = :'role') \gexec
ALTER ROLE :"role" WITH LOGIN CREATEDB PASSWORD :'password';
SQL
    (umask 077 && mkdir -p "$SECRETS" && printf '%s' "$password" > "$SECRETS/postgres")
  fi
  echo "export CEASEFIRE_TEST_POSTGRES='postgres://$PG_ROLE:$password@127.0.0.1:$PG_PORT/postgres'"
}

stop_postgres() {
  command -v pg_lsclusters >/dev/null 2>&1 || return 0
  read -r version cluster < <(pg_cluster)
  pg_ctlcluster "$version" "$cluster" stop >&2 || true
}

stop_rabbitmq() {
  command -v rabbitmqctl >/dev/null 2>&1 || return 0
  service rabbitmq-server stop >&2 || true
}

# The dashboard's browser tests drive Debian's Chromium (Playwright never downloads a browser here).
install_browser() { install_if_missing chromium chromium; }

case "${1:-}" in
  start) install_browser; start_rabbitmq; start_postgres ;;
  stop) stop_rabbitmq; stop_postgres ;;
  *) echo "usage: $0 start|stop" >&2; exit 2 ;;
esac
