# Shared by deploy/local/up, down, reset and e2e-test. Not run on its own.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
# Everything a local run writes (data, logs, unpacked servers) lives here, outside git.
STATE="${VIADUC_LOCAL_STATE:-$ROOT/.viaduc-local}"
DATA="$STATE/data"
LOGS="$STATE/logs"
RUN="$STATE/run"
TOOLS="$STATE/tools"

KEYCLOAK_VERSION=26.7.3
KEYCLOAK_HOME="$STATE/keycloak-$KEYCLOAK_VERSION"
GATEWAY_PORT="${VIADUC_GATEWAY_PORT:-8080}"
KEYCLOAK_PORT=8180
KEYCLOAK_MANAGEMENT_PORT=8190
KAFKA_PORT=9092
SMTP_PORT=3025
KAFKA_CONTROLLER_PORT=9093
PG_HOST=127.0.0.1
PG_PORT=5432
SERVICES=(members exchange knowledge matchmaking webhooks)
# Topics and their partitions; a topic's key is its aggregate id, so partitions keep order per aggregate.
# Entity topics are compacted: the latest record of every aggregate stays, so read models can be rebuilt.
TOPICS=(viaduc.members.organisations:6:compact viaduc.members.clusters:3:compact viaduc.members.memberships:6:compact
  viaduc.members.alliances:3:compact viaduc.members.affiliations:6:compact viaduc.members.contacts:3:compact
  viaduc.exchange.programmes:3:compact viaduc.exchange.hosting-offers:3:compact viaduc.exchange.exchanges:6:compact
  viaduc.exchange.activities:3:compact viaduc.exchange.dead-letter:3 viaduc.knowledge.resources:3:compact viaduc.knowledge.questions:3:compact
  viaduc.knowledge.dead-letter:3 viaduc.matchmaking.opportunities:3:compact viaduc.matchmaking.interests:3:compact viaduc.matchmaking.meetings:3:compact viaduc.matchmaking.alerts:3
  viaduc.matchmaking.dead-letter:3 viaduc.members.dead-letter:3 viaduc.federation.inbound:3 viaduc.federation.dead-letter.unregistered:1
  viaduc.matchmaking.federation-sources:1:compact viaduc.webhooks.dead-letter:3)
REALM_URL="http://localhost:$KEYCLOAK_PORT/realms/viaduc"

service_port() {
  case "$1" in
    members) echo 8081 ;; exchange) echo 8082 ;; knowledge) echo 8083 ;; matchmaking) echo 8084 ;; webhooks) echo 8085 ;;
  esac
}

service_heap() { # knowledge-service runs with a low heap: its attachments (25 MB) stream through it, never held whole;
  # matchmaking-service holds its candidate index in memory (about 120 MB at 100,000 organisations);
  # members-service imports member files a chunk at a time and keeps at most 500 answers in memory (bench/platform)
  case "$1" in
    knowledge) echo 64m ;; matchmaking) echo 512m ;; members) echo 112m ;; *) echo 384m ;;
  esac
}

service_jvm_options() { # the serial collector: no concurrent GC threads competing for 2 cores, less memory of its own;
  # thread stacks of 512 KB (the worker pool's threads never go deep)
  echo "-XX:+UseSerialGC -Xss512k -XX:TrimNativeHeapInterval=5000"
}

JAVA_HOME="$("$ROOT/mvnw" --print-java-home)"
export JAVA_HOME
JAVA="$JAVA_HOME/bin/java"

mkdir -p "$DATA" "$LOGS" "$RUN"

say() { printf '%s\n' "$*"; }
fail() { # fail <part> <log file> <message>
  printf 'FAILED: %s: %s\n  log: %s\n' "$1" "$3" "$2" >&2
  [ -f "$2" ] && tail -n 15 "$2" | sed 's/^/  | /' >&2
  exit 1
}

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# wait_until <part> <log> <seconds> <command...>: polls the command until it succeeds.
wait_until() {
  local part=$1 log=$2 seconds=$3
  shift 3
  local deadline=$((SECONDS + seconds))
  until "$@" >/dev/null 2>&1; do
    if [ $SECONDS -ge $deadline ]; then fail "$part" "$log" "not ready after ${seconds}s"; fi
    sleep 0.5
  done
}

http_ok() { curl -fs -o /dev/null --max-time 3 "$1"; }

# ours_or_free <part> <port> <pid file>: true when our process serves the port, false when the
# port is free; fails when another process holds it, rather than mistaking it for ours.
ours_or_free() {
  if ! port_open "$2"; then return 1; fi
  pid_alive "$3" && return 0
  fail "$1" "$LOGS/$1.log" "port $2 is taken by a process deploy/local/up did not start (stop it, or run down from the checkout that started it)"
}

pid_alive() { local pid; pid=$(cat "$1" 2>/dev/null) && kill -0 "$pid" 2>/dev/null; }

# stop_pid <name> <pid file>: asks politely, then insists.
stop_pid() {
  local name=$1 file=$2
  if pid_alive "$file"; then
    local pid
    pid=$(cat "$file")
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
    kill -9 "$pid" 2>/dev/null || true
    say "stopped $name"
  fi
  rm -f "$file"
}

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

psql_admin() { psql -v ON_ERROR_STOP=1 -qtA -h "$PG_HOST" -p "$PG_PORT" -U postgres "$@"; }

token_for() { # token_for <user> [password]: a password-grant token from the local realm (local runs only)
  curl -fsS --max-time 10 -d grant_type=password -d client_id=viaduc-cli -d "username=$1" -d "password=${2:-$1}" \
    "$REALM_URL/protocol/openid-connect/token" | sed -E 's/.*"access_token":"([^"]+)".*/\1/'
}

partner_token() { # partner_token [client]: a client-credentials token of the partner-app client (or another)
  local client=${1:-viaduc-partner-app}
  curl -fsS --max-time 10 -d grant_type=client_credentials -d "client_id=$client" \
    -d "client_secret=$client-secret" \
    "$REALM_URL/protocol/openid-connect/token" | sed -E 's/.*"access_token":"([^"]+)".*/\1/'
}
