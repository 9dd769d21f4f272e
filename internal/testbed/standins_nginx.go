package testbed

import (
	"context"
	"runtime"
	"strings"

	"github.com/moby/buildkit/client/llb"
	ocispecs "github.com/opencontainers/image-spec/specs-go/v1"
)

// nginxRecipeVersion changes whenever the nginx recipe below changes. It is
// separate from recipeVersion so that a change here rebuilds only the nginx
// stand-in.
const nginxRecipeVersion = "1"

// NginxTags are the Docker Hub names the nginx stand-in answers to: the
// official image's stable line on trixie. The version tags (1.30, …) are
// left out, because the stand-in carries Debian's nginx, whose version is
// not the one they name.
var NginxTags = []string{"nginx:stable", "nginx:stable-" + DebianSuite}

// NginxPackages are the Debian packages the nginx stand-in installs, with
// their dependencies: Debian's nginx (the binary; nginx-common comes with
// it), gettext-base for the entrypoint's envsubst, and curl and
// ca-certificates, which the official image carries too.
var NginxPackages = []string{"nginx", "gettext-base", "curl", "ca-certificates"}

// nginxUID is the uid and gid of the user nginx, as in the official image.
const nginxUID = "101"

func nginxStandIns() []standIn {
	return []standIn{{
		key:   "nginx-stable-" + DebianSuite + "-" + runtime.GOARCH + "-r" + recipeVersion + "x" + nginxRecipeVersion,
		tags:  NginxTags,
		build: buildNginx,
	}}
}

// buildNginx makes nginx:stable-trixie like the official image, but from
// Debian's packages: debian plus the user nginx (101), Debian's nginx with
// the official image's nginx.conf and conf.d/default.conf, logs sent to
// stdout and stderr, and a /docker-entrypoint.sh that renders
// /etc/nginx/templates/*.template with envsubst before nginx starts.
func buildNginx(ctx context.Context, b *Bed, tmp string) error {
	files := llb.Scratch().File(
		llb.Mkfile("/nginx.conf", 0o644, []byte(nginxConf)).
			Mkfile("/default.conf", 0o644, []byte(nginxDefaultConf)).
			Mkfile("/50x.html", 0o644, []byte(nginx50xHTML)).
			Mkfile("/docker-entrypoint.sh", 0o755, []byte(nginxEntrypoint)).
			Mkfile("/20-envsubst-on-templates.sh", 0o755, []byte(nginxEnvsubstOnTemplates)),
		llb.WithCustomName("[stand-in nginx] configuration"))
	st := llb.Image("docker.io/library/debian:"+DebianSuite).Run(shell(nginxInstallScript()),
		llb.AddMount("/in", files, llb.Readonly),
		llb.WithCustomName("[stand-in nginx] apt-get install "+strings.Join(NginxPackages, " "))).Root()
	return b.buildToLayout(ctx, tmp, nil, []layoutImage{{st: st, config: nginxImageConfig(), tags: NginxTags}})
}

// nginxImageConfig is the official image's config, less its version
// variables (NGINX_VERSION, NJS_VERSION, …), which would name nginx.org's
// build.
func nginxImageConfig() ocispecs.Image {
	img := standInConfig()
	img.Config.Env = []string{"PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"}
	img.Config.Entrypoint = []string{"/docker-entrypoint.sh"}
	img.Config.Cmd = []string{"nginx", "-g", "daemon off;"}
	img.Config.ExposedPorts = map[string]struct{}{"80/tcp": {}}
	img.Config.StopSignal = "SIGQUIT"
	return img
}

// nginxInstallScript installs and configures nginx in the debian stand-in;
// /in holds the files above. Debian's maintainer scripts would start nginx,
// so a policy-rc.d forbids that while apt runs. The official image's
// layout is kept where Debian's differs: /etc/nginx/modules, 50x.html,
// /docker-entrypoint.d, and nginx-debug, which is nginx itself, as Debian
// builds it with debug logging. Debian's own sites-available, sites-enabled and
// snippets stay, unused: nginx.conf includes only conf.d.
func nginxInstallScript() string {
	return `set -e
export DEBIAN_FRONTEND=noninteractive
groupadd --system --gid ` + nginxUID + ` nginx
useradd --system --gid nginx --no-create-home --home /nonexistent --comment "nginx user" --shell /bin/false --uid ` + nginxUID + ` nginx
printf '#!/bin/sh\nexit 101\n' > /usr/sbin/policy-rc.d
chmod 755 /usr/sbin/policy-rc.d
apt-get update -qq
apt-get install -y -qq --no-install-recommends --no-install-suggests ` + strings.Join(NginxPackages, " ") + `
apt-get clean
rm -rf /var/lib/apt/lists/* /usr/sbin/policy-rc.d
install -m 644 /in/nginx.conf /etc/nginx/nginx.conf
install -m 644 /in/default.conf /etc/nginx/conf.d/default.conf
install -m 644 /in/50x.html /usr/share/nginx/html/50x.html
mkdir -p /usr/lib/nginx/modules
ln -s /usr/lib/nginx/modules /etc/nginx/modules
ln -sf /dev/stdout /var/log/nginx/access.log
ln -sf /dev/stderr /var/log/nginx/error.log
ln -s nginx /usr/sbin/nginx-debug
install -m 755 /in/docker-entrypoint.sh /docker-entrypoint.sh
mkdir /docker-entrypoint.d
install -m 755 /in/20-envsubst-on-templates.sh /docker-entrypoint.d/20-envsubst-on-templates.sh
nginx -t
envsubst --version >/dev/null
curl --version >/dev/null`
}

// nginxConf is /etc/nginx/nginx.conf as the official image has it: the
// user nginx, logs in /var/log/nginx (which point at stdout and stderr),
// and every server in conf.d.
const nginxConf = `user  nginx;
worker_processes  auto;

error_log  /var/log/nginx/error.log notice;
pid        /run/nginx.pid;


events {
    worker_connections  1024;
}


http {
    include       /etc/nginx/mime.types;
    default_type  application/octet-stream;

    log_format  main  '$remote_addr - $remote_user [$time_local] "$request" '
                      '$status $body_bytes_sent "$http_referer" '
                      '"$http_user_agent" "$http_x_forwarded_for"';

    access_log  /var/log/nginx/access.log  main;

    sendfile        on;
    #tcp_nopush     on;

    keepalive_timeout  65;

    #gzip  on;

    include /etc/nginx/conf.d/*.conf;
}
`

// nginxDefaultConf is /etc/nginx/conf.d/default.conf: the welcome page on
// port 80. The official image adds "listen [::]:80;" at start-up when the
// container has IPv6; the stand-in has no such step.
const nginxDefaultConf = `server {
    listen       80;
    server_name  localhost;

    #access_log  /var/log/nginx/host.access.log  main;

    location / {
        root   /usr/share/nginx/html;
        index  index.html index.htm;
    }

    #error_page  404              /404.html;

    # redirect server error pages to the static page /50x.html
    #
    error_page   500 502 503 504  /50x.html;
    location = /50x.html {
        root   /usr/share/nginx/html;
    }
}
`

// nginx50xHTML is the error page default.conf names, which Debian's
// nginx-common does not ship (its index.html is nginx's own welcome page).
const nginx50xHTML = `<!DOCTYPE html>
<html>
<head>
<title>Error</title>
<style>
html { color-scheme: light dark; }
body { width: 35em; margin: 0 auto;
font-family: Tahoma, Verdana, Arial, sans-serif; }
</style>
</head>
<body>
<h1>An error occurred.</h1>
<p>Sorry, the page you are looking for is currently unavailable.<br/>
Please try again later.</p>
<p>If you are the system administrator of this resource then you should check
the error log for details.</p>
<p><em>Faithfully yours, nginx.</em></p>
</body>
</html>
`

// nginxEntrypoint is /docker-entrypoint.sh, written after the official
// image's: when the command is nginx, it sources each executable *.envsh
// and runs each executable *.sh in /docker-entrypoint.d/, in version
// order, then runs the command. NGINX_ENTRYPOINT_QUIET_LOGS silences it.
const nginxEntrypoint = `#!/bin/sh
# The slimfront test bed's nginx stand-in: a reimplementation of the
# official image's entrypoint.
set -e

entrypoint_log() {
    if [ -z "${NGINX_ENTRYPOINT_QUIET_LOGS:-}" ]; then
        echo "$@"
    fi
}

if [ "$1" = "nginx" ] || [ "$1" = "nginx-debug" ]; then
    if find /docker-entrypoint.d/ -mindepth 1 -maxdepth 1 -type f -print -quit 2>/dev/null | read -r _; then
        entrypoint_log "$0: /docker-entrypoint.d/ is not empty, will attempt to perform configuration"
        entrypoint_log "$0: Looking for shell scripts in /docker-entrypoint.d/"
        find /docker-entrypoint.d/ -follow -type f -print | sort -V | while read -r f; do
            case "$f" in
            *.envsh)
                if [ -x "$f" ]; then
                    entrypoint_log "$0: Sourcing $f"
                    . "$f"
                else
                    entrypoint_log "$0: Ignoring $f, not executable"
                fi
                ;;
            *.sh)
                if [ -x "$f" ]; then
                    entrypoint_log "$0: Launching $f"
                    "$f"
                else
                    entrypoint_log "$0: Ignoring $f, not executable"
                fi
                ;;
            *)
                entrypoint_log "$0: Ignoring $f"
                ;;
            esac
        done
        entrypoint_log "$0: Configuration complete; ready for start up"
    else
        entrypoint_log "$0: No files found in /docker-entrypoint.d/, skipping configuration"
    fi
fi

exec "$@"
`

// nginxEnvsubstOnTemplates is /docker-entrypoint.d/20-envsubst-on-templates.sh,
// the official image's templates step: each *.template under
// /etc/nginx/templates becomes the file of the same relative path, less
// the suffix, under /etc/nginx/conf.d, with envsubst replacing ${NAME} and
// $NAME for the variables that are set (and whose names match
// NGINX_ENVSUBST_FILTER, a regular expression, when it is set); every other
// $word, such as nginx's own $uri, stays as written. The
// NGINX_ENVSUBST_TEMPLATE_DIR, _TEMPLATE_SUFFIX and _OUTPUT_DIR variables
// move it. The official step's stream templates are not reproduced.
const nginxEnvsubstOnTemplates = `#!/bin/sh
# The slimfront test bed's nginx stand-in: a reimplementation of the
# official image's templates step.
set -e

ME=$(basename "$0")

entrypoint_log() {
    if [ -z "${NGINX_ENTRYPOINT_QUIET_LOGS:-}" ]; then
        echo "$@"
    fi
}

template_dir="${NGINX_ENVSUBST_TEMPLATE_DIR:-/etc/nginx/templates}"
suffix="${NGINX_ENVSUBST_TEMPLATE_SUFFIX:-.template}"
output_dir="${NGINX_ENVSUBST_OUTPUT_DIR:-/etc/nginx/conf.d}"

[ -d "$template_dir" ] || exit 0
if [ ! -w "$output_dir" ]; then
    entrypoint_log "$ME: ERROR: $template_dir exists, but $output_dir is not writable"
    exit 0
fi

defined_envs=$(printf '${%s} ' $(awk 'END { f = ENVIRON["NGINX_ENVSUBST_FILTER"]; for (name in ENVIRON) if (name ~ f) print name }' </dev/null))

find "$template_dir" -follow -type f -name "*$suffix" -print | while read -r template; do
    relative_path="${template#"$template_dir/"}"
    output_path="$output_dir/${relative_path%"$suffix"}"
    subdir=$(dirname "$relative_path")
    mkdir -p "$output_dir/$subdir"
    entrypoint_log "$ME: Running envsubst on $template to $output_path"
    envsubst "$defined_envs" < "$template" > "$output_path"
done

exit 0
`
