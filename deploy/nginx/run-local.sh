#!/usr/bin/env bash
# Starts a local, self-contained nginx with the docuportal media edge configuration, for tests,
# benchmarks and development. Not for production: see docuportal-media.conf and README.md.
#
#   deploy/nginx/run-local.sh <media-root> <port> <secret> <workdir>
#
# Writes <workdir>/nginx.conf (plus copies of media-token.js and docuportal-media-locations.conf,
# and the secret in <workdir>/media-token-secret.conf, mode 600), keeps the pid file, logs and
# temp folders inside <workdir>, and starts `nginx -p <workdir> -c <workdir>/nginx.conf`. Returns
# once nginx answers on 127.0.0.1:<port>; stop it with deploy/nginx/stop-local.sh <workdir>.
#
# Run as root, the workers run as root too ("user root;"): the media keys are mode 600 and
# owned by whoever packaged them, usually root here, and nginx's default www-data/nobody worker
# could not read them. Run as another user, nginx runs as that user (no "user" directive) and
# the media root must be readable by it.
#
# Environment (all optional):
#   MEDIA_CORS_ORIGIN  Access-Control-Allow-Origin sent to every origin (default *)
#   LISTEN_ADDR        address to listen on (default 127.0.0.1)
#   NGINX_WORKERS      worker_processes (default auto)
#   NGINX_ACCESS_LOG   on (default) or off
#   NGINX              the nginx binary (default: nginx on PATH, else /usr/sbin/nginx)
#   NJS_MODULE         the njs module (default /usr/lib/nginx/modules/ngx_http_js_module.so)
#   NGINX_HTTP_INCLUDE   a file included in the http block (deploy/cluster/run-local.sh: the upstream servers)
#   NGINX_SERVER_INCLUDE a file included in the server block in place of "location / { return 404; }"
#                        (deploy/cluster/run-local.sh: the load balancer in front of the portal's servers)
set -euo pipefail

die() { echo "run-local: $*" >&2; exit 1; }
[ $# -eq 4 ] || { echo "usage: run-local.sh <media-root> <port> <secret> <workdir>" >&2; exit 2; }
MEDIA_ROOT=$1
PORT=$2
SECRET=$3
WORKDIR=$4
HERE=$(cd "$(dirname "$0")" && pwd)

NGINX=${NGINX:-$(command -v nginx || echo /usr/sbin/nginx)}
NJS_MODULE=${NJS_MODULE:-/usr/lib/nginx/modules/ngx_http_js_module.so}
LISTEN_ADDR=${LISTEN_ADDR:-127.0.0.1}
NGINX_WORKERS=${NGINX_WORKERS:-auto}
NGINX_ACCESS_LOG=${NGINX_ACCESS_LOG:-on}
MEDIA_CORS_ORIGIN=${MEDIA_CORS_ORIGIN:-*}

[ -x "$NGINX" ] || die "nginx not found (Debian: apt-get install nginx libnginx-mod-http-js)"
[ -f "$NJS_MODULE" ] || die "njs module $NJS_MODULE not found (Debian: apt-get install libnginx-mod-http-js)"
[ -d "$MEDIA_ROOT" ] || die "media root '$MEDIA_ROOT' is not a folder"
[[ "$PORT" =~ ^[0-9]+$ ]] && [ "$PORT" -ge 1 ] && [ "$PORT" -le 65535 ] || die "port '$PORT' is not a port number"
# The secret is written into nginx's configuration in double quotes: keep to characters that need
# no escaping there (openssl rand -hex 32 and base64 both do).
[[ "$SECRET" =~ ^[A-Za-z0-9._~+/=-]{16,}$ ]] || die "secret must be at least 16 characters of [A-Za-z0-9._~+/=-] (e.g. openssl rand -hex 32)"
[[ "$MEDIA_CORS_ORIGIN" =~ ^[A-Za-z0-9:/.*_-]+$ ]] || die "MEDIA_CORS_ORIGIN '$MEDIA_CORS_ORIGIN' does not look like an origin"
[[ "$NGINX_WORKERS" =~ ^([0-9]+|auto)$ ]] || die "NGINX_WORKERS must be a number or auto"
NGINX_HTTP_INCLUDE=${NGINX_HTTP_INCLUDE:-}
NGINX_SERVER_INCLUDE=${NGINX_SERVER_INCLUDE:-}
for include in "$NGINX_HTTP_INCLUDE" "$NGINX_SERVER_INCLUDE"; do
    [ -z "$include" ] || [ -f "$include" ] || die "include file '$include' does not exist"
done

MEDIA_ROOT=$(cd "$MEDIA_ROOT" && pwd)
mkdir -p "$WORKDIR"
WORKDIR=$(cd "$WORKDIR" && pwd)
[ -z "$NGINX_HTTP_INCLUDE" ] || NGINX_HTTP_INCLUDE=$(cd "$(dirname "$NGINX_HTTP_INCLUDE")" && pwd)/$(basename "$NGINX_HTTP_INCLUDE")
[ -z "$NGINX_SERVER_INCLUDE" ] || NGINX_SERVER_INCLUDE=$(cd "$(dirname "$NGINX_SERVER_INCLUDE")" && pwd)/$(basename "$NGINX_SERVER_INCLUDE")
for path in "$MEDIA_ROOT" "$WORKDIR" $NGINX_HTTP_INCLUDE $NGINX_SERVER_INCLUDE; do
    [[ "$path" =~ ^[A-Za-z0-9/._+-]+$ ]] || die "path '$path' has characters this script does not quote for nginx"
done
if [ -s "$WORKDIR/nginx.pid" ] && kill -0 "$(cat "$WORKDIR/nginx.pid")" 2>/dev/null; then
    die "an nginx of $WORKDIR is already running (pid $(cat "$WORKDIR/nginx.pid")); stop-local.sh $WORKDIR first"
fi

mkdir -p "$WORKDIR/logs" "$WORKDIR/tmp"
cp "$HERE/media-token.js" "$HERE/docuportal-media-locations.conf" "$WORKDIR/"
(umask 077 && printf 'set $media_token_secret "%s";\n' "$SECRET" >"$WORKDIR/media-token-secret.conf")

user_line="# not root: nginx runs as $(id -un)"
[ "$(id -u)" -eq 0 ] && user_line="user root;  # local test only: the keys are root's, mode 600"
if [ "$NGINX_ACCESS_LOG" = off ]; then
    access_log="access_log off;"
else
    access_log="access_log $WORKDIR/logs/access.log docuportal_media;"
fi
http_include=""
[ -z "$NGINX_HTTP_INCLUDE" ] || http_include="include $NGINX_HTTP_INCLUDE;"
server_rest="location / {
            return 404;
        }"
[ -z "$NGINX_SERVER_INCLUDE" ] || server_rest="include $NGINX_SERVER_INCLUDE;"

cat >"$WORKDIR/nginx.conf" <<EOF
# Written by deploy/nginx/run-local.sh; local tests only.
load_module $NJS_MODULE;
$user_line
worker_processes $NGINX_WORKERS;
daemon on;
pid $WORKDIR/nginx.pid;
error_log $WORKDIR/logs/error.log warn;

events {
    worker_connections 1024;
}

http {
    sendfile on;
    tcp_nopush on;
    keepalive_requests 100000;
    server_tokens off;
    default_type application/octet-stream;

    client_body_temp_path $WORKDIR/tmp/client_body;
    proxy_temp_path $WORKDIR/tmp/proxy;
    fastcgi_temp_path $WORKDIR/tmp/fastcgi;
    uwsgi_temp_path $WORKDIR/tmp/uwsgi;
    scgi_temp_path $WORKDIR/tmp/scgi;

    js_path "$WORKDIR/";
    js_import media_token from media-token.js;
    js_set \$media_token_verdict media_token.verdict;

    map \$http_origin \$media_cors_origin {
        default "$MEDIA_CORS_ORIGIN";
    }

    log_format docuportal_media '\$remote_addr - [\$time_local] "\$request_method \$uri \$server_protocol" '
                                '\$status \$body_bytes_sent \$request_time '
                                'token=\$media_token_result entitlement=\$media_token_entitlement';
    $access_log
    $http_include

    server {
        listen $LISTEN_ADDR:$PORT;
        server_name localhost;

        set \$media_root $MEDIA_ROOT;
        include $WORKDIR/media-token-secret.conf;

        include $WORKDIR/docuportal-media-locations.conf;

        $server_rest
    }
}
EOF

args=(-p "$WORKDIR/" -c "$WORKDIR/nginx.conf" -e "$WORKDIR/logs/error.log")
"$NGINX" "${args[@]}" -t -q || die "nginx rejects $WORKDIR/nginx.conf (see above)"
"$NGINX" "${args[@]}"

# daemon on: nginx has forked by now; wait until it answers.
for _ in $(seq 1 100); do
    if (exec 3<>"/dev/tcp/$LISTEN_ADDR/$PORT") 2>/dev/null; then
        echo "run-local: nginx (pid $(cat "$WORKDIR/nginx.pid")) serves $MEDIA_ROOT at http://$LISTEN_ADDR:$PORT/media/"
        exit 0
    fi
    sleep 0.1
done
die "nginx did not answer on $LISTEN_ADDR:$PORT within 10 s; see $WORKDIR/logs/error.log"
