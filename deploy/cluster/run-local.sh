#!/usr/bin/env bash
# Runs the portal's cluster topology on one machine, for tests, benchmarks and trying it out:
# nginx as load balancer and media edge on PORT, N Payara Micro servers on PORT+1 ... PORT+N in
# one Payara data grid (Hazelcast, members found from a fixed list, no multicast), one PostgreSQL,
# and one shared data folder (media, posters, uploads). See docs/cluster.md.
#
#   deploy/cluster/run-local.sh start      starts what is not running yet; returns once every server is ready
#   deploy/cluster/run-local.sh stop       stops the servers, nginx and the local PostgreSQL
#   deploy/cluster/run-local.sh status     what runs, and each server's readiness
#   deploy/cluster/run-local.sh kill I     kill -9 of server I (1..N), as a crash would (tests)
#   deploy/cluster/run-local.sh start-server I   starts server I again and waits until it is ready
#
# Needs `./mvnw -DskipTests package` first (portal-web/target/ROOT.war and payara-micro.jar), nginx with
# njs (Debian: nginx libnginx-mod-http-js) and, without PORTAL_DB_URL, Debian's PostgreSQL packages.
#
# Environment (all optional; start remembers them in RUN_DIR/cluster.env, later commands read them there):
#   PORT          the load balancer's port (default 8080); server I listens on PORT+I
#   N             how many servers (default 2)
#   RUN_DIR       logs, pids, the database and the shared data folder (default deploy/cluster/run)
#   PG_PORT       the local PostgreSQL's port (default PORT+100)
#   HZ_PORT       server I's data grid port is HZ_PORT+I (default PORT+200)
#   PORTAL_DB_URL, PORTAL_DB_USER, PORTAL_DB_PASSWORD   an existing PostgreSQL instead of a local one
#   JAVA          the java binary (default: java on PATH); JAVA_OPTS, extra JVM options for every server
#   PORTAL_WAR, PAYARA_MICRO_JAR   what the servers run (default portal-web/target/ROOT.war and payara-micro.jar;
#                 start copies both into RUN_DIR, so a build meanwhile changes nothing that runs)
#   PORTAL_*      any other setting of the portal (README, Configuration) is passed to every server;
#                 PORTAL_MAIL_SMTP_HOST/PORT for a mail server (without one, mail lands as .eml files in
#                 RUN_DIR/shared/mail)
#
# Every server gets the same PORTAL_BASE_URL (the load balancer), PORTAL_MEDIA_TOKEN_SECRET (drawn once
# per run folder), PORTAL_DATA_DIR and PORTAL_MEDIA_DIR (one shared folder) and database; what is per
# server is its port, its data grid port, its log and its Payara runtime folder.
#
# Run as root, PostgreSQL runs as user postgres (it refuses root) and nginx's workers as root (the
# media keys are root's); both only for this local topology. Not for production: docs/cluster.md.
set -euo pipefail

die() { echo "cluster: $*" >&2; exit 1; }
say() { echo "cluster: $*"; }

HERE=$(cd "$(dirname "$0")" && pwd)
REPO=$(cd "$HERE/../.." && pwd)
COMMAND=${1:-}
RUN_DIR=${RUN_DIR:-$HERE/run}
case "$RUN_DIR" in
    /*) ;;
    *) RUN_DIR=$PWD/$RUN_DIR ;;
esac
ENV_FILE=$RUN_DIR/cluster.env

# Settings of an earlier start win over the defaults (a later stop or status needs the same ports);
# the environment of this call wins over both.
load_settings() {
    local saved_port="" saved_n="" saved_pg="" saved_hz=""
    if [ -f "$ENV_FILE" ]; then
        # shellcheck disable=SC1090
        saved_port=$(. "$ENV_FILE" && echo "$CLUSTER_PORT")
        saved_n=$(. "$ENV_FILE" && echo "$CLUSTER_N")
        saved_pg=$(. "$ENV_FILE" && echo "$CLUSTER_PG_PORT")
        saved_hz=$(. "$ENV_FILE" && echo "$CLUSTER_HZ_PORT")
    fi
    PORT=${PORT:-${saved_port:-8080}}
    N=${N:-${saved_n:-2}}
    PG_PORT=${PG_PORT:-${saved_pg:-$((PORT + 100))}}
    HZ_PORT=${HZ_PORT:-${saved_hz:-$((PORT + 200))}}
    [[ "$PORT" =~ ^[0-9]+$ ]] && [ "$PORT" -ge 1024 ] && [ "$PORT" -le 65000 ] || die "PORT '$PORT' must be 1024..65000"
    [[ "$N" =~ ^[0-9]+$ ]] && [ "$N" -ge 1 ] && [ "$N" -le 9 ] || die "N '$N' must be 1..9"
    [[ "$PG_PORT" =~ ^[0-9]+$ ]] || die "PG_PORT '$PG_PORT' is not a port"
    [[ "$HZ_PORT" =~ ^[0-9]+$ ]] || die "HZ_PORT '$HZ_PORT' is not a port"
}

server_dir() { echo "$RUN_DIR/server-$1"; }
server_port() { echo $((PORT + $1)); }
pid_alive() { [ -s "$1" ] && kill -0 "$(cat "$1")" 2>/dev/null; }

as_postgres() {
    # From /: PostgreSQL's tools refuse a working folder they cannot read (root's home, say).
    if [ "$(id -u)" -eq 0 ]; then
        (cd / && runuser -u postgres -- "$@")
    else
        (cd / && "$@")
    fi
}

pg_bin() {
    local version
    version=$(ls /usr/lib/postgresql 2>/dev/null | sort -V | tail -n 1)
    [ -n "$version" ] || die "no PostgreSQL under /usr/lib/postgresql (Debian: apt-get install postgresql), or set PORTAL_DB_URL"
    echo "/usr/lib/postgresql/$version/bin"
}

# The run folder's own settings: drawn once, kept with mode 600 (a throwaway database password and the
# media token secret of this local topology; neither leaves the machine).
write_settings() {
    mkdir -p "$RUN_DIR"
    chmod 755 "$RUN_DIR"
    local secret db_password local_db=no
    secret=$( [ -f "$ENV_FILE" ] && (. "$ENV_FILE" && echo "${CLUSTER_TOKEN_SECRET:-}") || true)
    db_password=$( [ -f "$ENV_FILE" ] && (. "$ENV_FILE" && echo "${CLUSTER_DB_PASSWORD:-}") || true)
    [ -n "$secret" ] || secret=$(openssl rand -hex 32)
    [ -n "$db_password" ] || db_password=$(openssl rand -hex 16)
    [ -n "${PORTAL_DB_URL:-}" ] || local_db=yes
    (umask 077 && cat >"$ENV_FILE" <<EOF
# Written by deploy/cluster/run-local.sh start; read by its other commands.
CLUSTER_PORT=$PORT
CLUSTER_N=$N
CLUSTER_PG_PORT=$PG_PORT
CLUSTER_HZ_PORT=$HZ_PORT
CLUSTER_LOCAL_DB=$local_db
CLUSTER_TOKEN_SECRET=$secret
CLUSTER_DB_PASSWORD=$db_password
EOF
    )
}

read_saved() { (. "$ENV_FILE" && eval "echo \"\${$1:-}\""); }

start_postgres() {
    local bin data=$RUN_DIR/postgres log=$RUN_DIR/postgres.log password
    bin=$(pg_bin)
    password=$(read_saved CLUSTER_DB_PASSWORD)
    if [ ! -s "$data/PG_VERSION" ]; then
        say "creating a PostgreSQL cluster in $data"
        mkdir -p "$data"
        [ "$(id -u)" -ne 0 ] || chown postgres: "$data"
        chmod 700 "$data"
        as_postgres "$bin/initdb" -D "$data" -U postgres --auth-local=trust --auth-host=scram-sha-256 \
            -E UTF8 --locale=C.UTF-8 >"$RUN_DIR/initdb.log" 2>&1 || die "initdb failed, see $RUN_DIR/initdb.log"
    fi
    touch "$log"
    [ "$(id -u)" -ne 0 ] || chown postgres: "$log"
    if as_postgres "$bin/pg_ctl" -D "$data" status >/dev/null 2>&1; then
        say "PostgreSQL runs already on port $PG_PORT"
    else
        # Its socket lives in the data folder, away from a system PostgreSQL's /var/run/postgresql.
        as_postgres "$bin/pg_ctl" -D "$data" -l "$log" -w -t 60 \
            -o "-c listen_addresses=127.0.0.1 -c port=$PG_PORT -c unix_socket_directories=$data -c max_connections=200" \
            start >/dev/null || die "PostgreSQL did not start, see $log"
        say "PostgreSQL on 127.0.0.1:$PG_PORT (data $data)"
    fi
    # The portal's role and database, created once; the password is the run folder's.
    as_postgres "$bin/psql" -h "$data" -p "$PG_PORT" -U postgres -qAt -v ON_ERROR_STOP=1 -d postgres >/dev/null <<SQL
SELECT 'CREATE ROLE portal LOGIN' WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'portal')\gexec
ALTER ROLE portal PASSWORD '$password';
SELECT 'CREATE DATABASE portal OWNER portal' WHERE NOT EXISTS (SELECT 1 FROM pg_database WHERE datname = 'portal')\gexec
SQL
}

stop_postgres() {
    local data=$RUN_DIR/postgres
    [ -s "$data/PG_VERSION" ] || return 0
    local bin
    bin=$(pg_bin)
    if as_postgres "$bin/pg_ctl" -D "$data" status >/dev/null 2>&1; then
        as_postgres "$bin/pg_ctl" -D "$data" -m fast -w -t 60 stop >/dev/null && say "PostgreSQL stopped"
    fi
}

# What every server gets: the settings that must be the same on all of them, then the caller's PORTAL_*.
export_portal_settings() {
    export PORTAL_BASE_URL=${PORTAL_BASE_URL:-http://127.0.0.1:$PORT}
    export PORTAL_TRUSTED_PROXIES=${PORTAL_TRUSTED_PROXIES:-127.0.0.1}
    export PORTAL_DATA_DIR=${PORTAL_DATA_DIR:-$RUN_DIR/shared}
    export PORTAL_MEDIA_DIR=${PORTAL_MEDIA_DIR:-$PORTAL_DATA_DIR/media}
    export PORTAL_MEDIA_TOKEN_SECRET=${PORTAL_MEDIA_TOKEN_SECRET:-$(read_saved CLUSTER_TOKEN_SECRET)}
    export PORTAL_MEDIA_DELIVERY=${PORTAL_MEDIA_DELIVERY:-edge}
    export PORTAL_MEDIA_EDGE_URL=${PORTAL_MEDIA_EDGE_URL:-$PORTAL_BASE_URL/media/}
    export PORTAL_CLUSTER_ENABLED=${PORTAL_CLUSTER_ENABLED:-true}
    if [ "$(read_saved CLUSTER_LOCAL_DB)" = yes ]; then
        export PORTAL_DB_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/portal"
        export PORTAL_DB_USER=portal
        PORTAL_DB_PASSWORD=$(read_saved CLUSTER_DB_PASSWORD)
        export PORTAL_DB_PASSWORD
        # A database of this script's own is for trying the portal out: with the demo catalog and accounts.
        export PORTAL_DEMO_DATA=${PORTAL_DEMO_DATA:-true}
    fi
}

member_list() {
    local i members=""
    for i in $(seq 1 "$N"); do
        members+="${members:+,}127.0.0.1:$((HZ_PORT + i))"
    done
    echo "$members"
}

start_server() {
    local i=$1 dir port java war micro
    dir=$(server_dir "$i")
    port=$(server_port "$i")
    if pid_alive "$dir/server.pid"; then
        say "server $i runs already (pid $(cat "$dir/server.pid"), port $port)"
        return 0
    fi
    # The copies start took: a build running meanwhile rewrites portal-web/target, and a server started
    # again later must run what the others run.
    war=$RUN_DIR/ROOT.war
    micro=$RUN_DIR/payara-micro.jar
    [ -f "$war" ] && [ -f "$micro" ] || die "$war or $micro missing: start the topology first"
    java=${JAVA:-$(command -v java)}
    mkdir -p "$dir"
    # A runtime folder per server, emptied at each start: a crashed server leaves its unpacked runtime behind.
    rm -rf "$dir/runtime"
    mkdir -p "$dir/runtime"
    # Where this start's lines begin in the log (it is appended to), for wait_grid.
    touch "$dir/server.log"
    wc -c <"$dir/server.log" >"$dir/log.offset"
    export_portal_settings
    # The packaged portal.jar stores --nohazelcast, and the options it stores override the command line, so a
    # clustered server runs the WAR on payara-micro.jar with the same pre-boot commands.
    # --nohostaware: all servers share one address here; host-aware partitioning would keep every backup
    # off the other servers (no backup at all), and a crash would lose the sessions the dead server owned.
    # shellcheck disable=SC2086
    setsid nohup "$java" ${JAVA_OPTS:-} -Dhazelcast.phone.home.enabled=false -jar "$micro" \
        --deploy "$war" \
        --prebootcommandfile "$REPO/portal-web/src/main/payara/pre-boot-commands.txt" \
        --port "$port" \
        --name "server-$i" \
        --clustername "docuportal-$PORT" \
        --clustermode "tcpip:$(member_list)" \
        --startport "$((HZ_PORT + i))" \
        --interfaces 127.0.0.1 \
        --nohostaware \
        --disablephonehome \
        --unpackdir "$dir/runtime" \
        >>"$dir/server.log" 2>&1 </dev/null &
    echo $! >"$dir/server.pid"
    say "server $i starting (pid $!, http://127.0.0.1:$port/, log $dir/server.log)"
}

wait_ready() {
    local i=$1 dir port deadline
    dir=$(server_dir "$i")
    port=$(server_port "$i")
    deadline=$((SECONDS + ${READY_TIMEOUT:-300}))
    while [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "http://127.0.0.1:$port/health/ready" || true)" != 200 ]; do
        if ! pid_alive "$dir/server.pid"; then
            tail -n 40 "$dir/server.log" >&2 || true
            die "server $i stopped while starting (log above: $dir/server.log)"
        fi
        [ "$SECONDS" -lt "$deadline" ] || { tail -n 40 "$dir/server.log" >&2; die "server $i not ready after ${READY_TIMEOUT:-300} s"; }
        sleep 1
    done
    say "server $i ready at http://127.0.0.1:$port/"
}

# Payara prints the data grid's size whenever a member joins or leaves: the server has joined the others
# once its own start's lines show all N. A server that formed a grid of its own (a wrong member list or
# cluster name) would keep sessions the others never see, so that is an error, not a warning.
wait_grid() {
    local i=$1 dir deadline
    dir=$(server_dir "$i")
    deadline=$((SECONDS + 60))
    until tail -c +"$(($(cat "$dir/log.offset") + 1))" "$dir/server.log" | grep -q "DG Size: $N\b"; do
        [ "$SECONDS" -lt "$deadline" ] || die "server $i does not see all $N servers in its data grid (log: $dir/server.log)"
        sleep 1
    done
    say "server $i is one of the $N members of the data grid"
}

start_nginx() {
    local dir=$RUN_DIR/nginx i
    if pid_alive "$dir/nginx.pid"; then
        say "nginx runs already (pid $(cat "$dir/nginx.pid"))"
        return 0
    fi
    mkdir -p "$dir" "$RUN_DIR/shared/media"
    {
        echo "# Written by deploy/cluster/run-local.sh: the portal's servers behind the load balancer."
        echo "upstream docuportal_servers {"
        for i in $(seq 1 "$N"); do
            # One failed connection takes a server out for 5 s; nginx then tries it again with real requests.
            echo "    server 127.0.0.1:$(server_port "$i") max_fails=1 fail_timeout=5s;"
        done
        echo "    keepalive 16;"
        echo "}"
        echo "log_format docuportal_lb '\$remote_addr [\$time_local] \"\$request_method \$uri\" \$status '"
        echo "                         '\$body_bytes_sent \$request_time upstream=\$upstream_addr \$upstream_status';"
    } >"$dir/upstream.conf"
    cp "$HERE/load-balancer.conf" "$dir/load-balancer.conf"
    NGINX_HTTP_INCLUDE="$dir/upstream.conf" NGINX_SERVER_INCLUDE="$dir/load-balancer.conf" \
        "$REPO/deploy/nginx/run-local.sh" "$PORTAL_MEDIA_DIR" "$PORT" "$PORTAL_MEDIA_TOKEN_SECRET" "$dir" >/dev/null
    say "nginx (pid $(cat "$dir/nginx.pid")) balances http://127.0.0.1:$PORT/ over $N servers and serves /media/"
}

stop_server() {
    local i=$1 dir pid
    dir=$(server_dir "$i")
    pid_alive "$dir/server.pid" || { rm -f "$dir/server.pid"; return 0; }
    pid=$(cat "$dir/server.pid")
    kill -TERM "$pid"
    for _ in $(seq 1 60); do
        kill -0 "$pid" 2>/dev/null || { say "server $i stopped"; rm -f "$dir/server.pid"; return 0; }
        sleep 0.5
    done
    kill -KILL "$pid" 2>/dev/null || true
    say "server $i did not stop within 30 s: killed"
    rm -f "$dir/server.pid"
}

cmd_start() {
    load_settings
    command -v curl >/dev/null || die "curl is needed"
    command -v openssl >/dev/null || die "openssl is needed"
    write_settings
    export_portal_settings
    if [ "$(read_saved CLUSTER_LOCAL_DB)" = yes ]; then
        start_postgres
    fi
    mkdir -p "$PORTAL_DATA_DIR" "$PORTAL_MEDIA_DIR"
    local war=${PORTAL_WAR:-$REPO/portal-web/target/ROOT.war} micro=${PAYARA_MICRO_JAR:-$REPO/portal-web/target/payara-micro.jar}
    [ -f "$war" ] && [ -f "$micro" ] || die "$war or $micro missing: build first (./mvnw -DskipTests package)"
    if ! any_server_running; then
        cp "$war" "$RUN_DIR/ROOT.war"
        cp "$micro" "$RUN_DIR/payara-micro.jar"
    fi
    # The servers' settings as this start chose them, for start-server later (mode 600: passwords).
    (umask 077 && declare -px $(compgen -e | grep '^PORTAL_') >"$RUN_DIR/portal.env")
    # One server after the other: the first applies the migrations and writes the demo data alone, and
    # two JVMs starting at once on two cores take longer than one after the other.
    local i
    for i in $(seq 1 "$N"); do
        start_server "$i"
        wait_ready "$i"
    done
    wait_grid "$N"
    start_nginx
    say "ready: http://127.0.0.1:$PORT/ (servers on ports $((PORT + 1))..$((PORT + N)); run folder $RUN_DIR)"
}

cmd_stop() {
    [ -f "$ENV_FILE" ] || { say "nothing started in $RUN_DIR"; return 0; }
    load_settings
    if [ -d "$RUN_DIR/nginx" ]; then
        "$REPO/deploy/nginx/stop-local.sh" "$RUN_DIR/nginx" >/dev/null || true
    fi
    local i
    for i in $(seq 1 "$N"); do
        stop_server "$i"
    done
    stop_postgres
}

cmd_status() {
    [ -f "$ENV_FILE" ] || { say "nothing started in $RUN_DIR"; return 3; }
    load_settings
    local i dir code down=0
    if pid_alive "$RUN_DIR/nginx/nginx.pid"; then
        say "nginx       running (pid $(cat "$RUN_DIR/nginx/nginx.pid")) on port $PORT"
    else
        say "nginx       not running"; down=1
    fi
    for i in $(seq 1 "$N"); do
        dir=$(server_dir "$i")
        if pid_alive "$dir/server.pid"; then
            code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "http://127.0.0.1:$(server_port "$i")/health/ready" || true)
            say "server $i    running (pid $(cat "$dir/server.pid")) on port $(server_port "$i"), /health/ready $code"
            [ "$code" = 200 ] || down=1
        else
            say "server $i    not running"; down=1
        fi
    done
    if [ "$(read_saved CLUSTER_LOCAL_DB)" = yes ]; then
        if [ -s "$RUN_DIR/postgres/PG_VERSION" ] && as_postgres "$(pg_bin)/pg_ctl" -D "$RUN_DIR/postgres" status >/dev/null 2>&1; then
            say "PostgreSQL  running on port $PG_PORT"
        else
            say "PostgreSQL  not running"; down=1
        fi
    fi
    return $down
}

any_server_running() {
    local i
    for i in $(seq 1 "$N"); do
        pid_alive "$(server_dir "$i")/server.pid" && return 0
    done
    return 1
}

server_number() {
    [[ "${1:-}" =~ ^[0-9]+$ ]] && [ "$1" -ge 1 ] && [ "$1" -le "$N" ] || die "which server? 1..$N"
}

case "$COMMAND" in
    start) cmd_start ;;
    stop) cmd_stop ;;
    status) cmd_status ;;
    kill)
        load_settings
        server_number "${2:-}"
        dir=$(server_dir "$2")
        pid_alive "$dir/server.pid" || die "server $2 is not running"
        pid=$(cat "$dir/server.pid")
        kill -KILL "$pid"
        # SIGKILL is delivered at once but a large JVM takes a moment to go; until it has, its port still
        # takes connections that then die with it. Return once it is gone, as a crash leaves it.
        for _ in $(seq 1 100); do
            kill -0 "$pid" 2>/dev/null || break
            sleep 0.1
        done
        kill -0 "$pid" 2>/dev/null && die "server $2 (pid $pid) still there 10 s after kill -9"
        say "server $2 killed (kill -9 $pid)"
        ;;
    start-server)
        load_settings
        server_number "${2:-}"
        [ -f "$RUN_DIR/portal.env" ] || die "start the topology first"
        # shellcheck disable=SC1091
        . "$RUN_DIR/portal.env"
        start_server "$2"
        wait_ready "$2"
        wait_grid "$2"
        ;;
    *)
        echo "usage: run-local.sh start|stop|status|kill I|start-server I  (see the comment at its top)" >&2
        exit 2
        ;;
esac
