#!/usr/bin/env bash
# Starts (or stops) the servers the tests need, from Debian's packages, on loopback only:
#   deploy/services.sh start   installs RabbitMQ when missing, starts it, creates a test user and vhost,
#                              removes the default guest user, and prints `export VAR=...` lines for the tests
#   deploy/services.sh stop
set -euo pipefail

RABBIT_NODE=rabbit@localhost
RABBIT_USER=ceasefire-test
RABBIT_VHOST=ceasefire-test
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
    password=$(head -c 24 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 24)
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

stop_rabbitmq() {
  command -v rabbitmqctl >/dev/null 2>&1 || return 0
  service rabbitmq-server stop >&2 || true
}

case "${1:-}" in
  start) start_rabbitmq ;;
  stop) stop_rabbitmq ;;
  *) echo "usage: $0 start|stop" >&2; exit 2 ;;
esac
