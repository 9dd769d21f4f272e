package testbed

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// Only names Docker Hub really has, and none that would claim an
// nginx.org version.
func TestNginxTagsLikeDockerHub(t *testing.T) {
	if want := []string{"nginx:stable", "nginx:stable-trixie"}; !slices.Equal(NginxTags, want) {
		t.Errorf("NginxTags = %q, want %q", NginxTags, want)
	}
}

// The nginx stand-in is built after debian, which it starts from, and its
// cache key follows both recipe versions.
func TestNginxStandInKey(t *testing.T) {
	ins, err := (&Bed{}).standIns()
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	debian, nginx := -1, -1
	for i, s := range ins {
		if seen[s.key] {
			t.Errorf("two stand-ins share the key %s", s.key)
		}
		seen[s.key] = true
		if slices.Contains(s.tags, "debian:"+DebianSuite) {
			debian = i
		}
		if slices.Equal(s.tags, NginxTags) {
			nginx = i
		}
	}
	if nginx < 0 || nginx < debian {
		t.Fatalf("stand-ins: debian at %d, nginx at %d", debian, nginx)
	}
	key := ins[nginx].key
	for _, want := range []string{"-r" + recipeVersion + "x" + nginxRecipeVersion, DebianSuite} {
		if !strings.Contains(key, want) {
			t.Errorf("nginx key %s lacks %s", key, want)
		}
	}
}

func TestNginxImageConfigLikeTheOfficialImage(t *testing.T) {
	c := nginxImageConfig().Config
	if !slices.Equal(c.Entrypoint, []string{"/docker-entrypoint.sh"}) || !slices.Equal(c.Cmd, []string{"nginx", "-g", "daemon off;"}) {
		t.Errorf("entrypoint %q cmd %q", c.Entrypoint, c.Cmd)
	}
	if _, ok := c.ExposedPorts["80/tcp"]; !ok || len(c.ExposedPorts) != 1 {
		t.Errorf("ExposedPorts = %v, want 80/tcp", c.ExposedPorts)
	}
	if c.StopSignal != "SIGQUIT" || c.User != "" {
		t.Errorf("StopSignal %q user %q", c.StopSignal, c.User)
	}
}

func TestNginxConfigLikeTheOfficialImage(t *testing.T) {
	for _, want := range []string{
		"user  nginx;\n",
		"error_log  /var/log/nginx/error.log notice;",
		"access_log  /var/log/nginx/access.log  main;",
		"include       /etc/nginx/mime.types;",
		"    include /etc/nginx/conf.d/*.conf;\n}\n",
	} {
		if !strings.Contains(nginxConf, want) {
			t.Errorf("nginx.conf lacks %q", want)
		}
	}
	for _, none := range []string{"sites-enabled", "modules-enabled", "www-data"} {
		if strings.Contains(nginxConf, none) {
			t.Errorf("nginx.conf names Debian's %s", none)
		}
	}
	for _, want := range []string{"listen       80;", "root   /usr/share/nginx/html;", "index  index.html index.htm;", "error_page   500 502 503 504  /50x.html;"} {
		if !strings.Contains(nginxDefaultConf, want) {
			t.Errorf("default.conf lacks %q", want)
		}
	}
	script := nginxInstallScript()
	for _, want := range []string{
		"--uid 101 nginx",
		"apt-get install -y -qq --no-install-recommends --no-install-suggests nginx gettext-base curl ca-certificates\n",
		"ln -sf /dev/stdout /var/log/nginx/access.log\n",
		"ln -sf /dev/stderr /var/log/nginx/error.log\n",
		"/in/nginx.conf /etc/nginx/nginx.conf\n",
		"/in/default.conf /etc/nginx/conf.d/default.conf\n",
		"/in/docker-entrypoint.sh /docker-entrypoint.sh\n",
		"/docker-entrypoint.d/20-envsubst-on-templates.sh\n",
		"rm -rf /var/lib/apt/lists/* /usr/sbin/policy-rc.d\n",
		"\nnginx -t\n",
	} {
		if !strings.Contains(script, want) {
			t.Errorf("install script lacks %q:\n%s", want, script)
		}
	}
}

// writeScript writes an executable script into dir.
func writeScript(t *testing.T, dir, name, text string, mode os.FileMode) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, []byte(text), mode); err != nil {
		t.Fatal(err)
	}
	return p
}

// The templates step replaces the variables that are set and leaves every
// other $word alone, nginx's own variables among them, in templates at any
// depth.
func TestNginxEnvsubstOnTemplates(t *testing.T) {
	if _, err := exec.LookPath("envsubst"); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatal("needs envsubst on the host: apt-get install gettext-base")
		}
		t.Skip("needs envsubst (Debian's gettext-base) on the host")
	}
	dir := t.TempDir()
	tpl, out := filepath.Join(dir, "templates"), filepath.Join(dir, "conf.d")
	for _, d := range []string{filepath.Join(tpl, "sub"), out} {
		if err := os.MkdirAll(d, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	const body = "listen ${PORT};\nserver_name $NAME;\ntry_files $uri $uri/ /index.html;\nset $x ${UNSET_SLIMFRONT_VAR};\n"
	writeScript(t, tpl, "default.conf.template", body, 0o644)
	writeScript(t, filepath.Join(tpl, "sub"), "api.conf.template", "listen $PORT;\n", 0o644)
	writeScript(t, tpl, "notes.txt", "$PORT\n", 0o644)
	script := writeScript(t, dir, "20-envsubst-on-templates.sh", nginxEnvsubstOnTemplates, 0o755)

	run := func(env ...string) string {
		t.Helper()
		cmd := exec.Command("/bin/sh", script)
		cmd.Env = append([]string{"PATH=" + os.Getenv("PATH"), "NGINX_ENVSUBST_TEMPLATE_DIR=" + tpl, "NGINX_ENVSUBST_OUTPUT_DIR=" + out}, env...)
		b, err := cmd.CombinedOutput()
		if err != nil {
			t.Fatalf("%v\n%s", err, b)
		}
		return string(b)
	}
	read := func(name string) string {
		t.Helper()
		b, err := os.ReadFile(filepath.Join(out, name))
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}

	log := run("PORT=8080", "NAME=example.com")
	if got, want := read("default.conf"), "listen 8080;\nserver_name example.com;\ntry_files $uri $uri/ /index.html;\nset $x ${UNSET_SLIMFRONT_VAR};\n"; got != want {
		t.Errorf("default.conf =\n%s\nwant\n%s", got, want)
	}
	if got := read("sub/api.conf"); got != "listen 8080;\n" {
		t.Errorf("sub/api.conf = %q", got)
	}
	if _, err := os.Stat(filepath.Join(out, "notes.txt")); err == nil {
		t.Error("notes.txt, which is no template, was rendered")
	}
	if !strings.Contains(log, "Running envsubst on "+filepath.Join(tpl, "default.conf.template")+" to "+filepath.Join(out, "default.conf")) {
		t.Errorf("log:\n%s", log)
	}

	// A filter limits the variables replaced; quiet logs silence it.
	if log := run("PORT=8080", "NAME=example.com", "NGINX_ENVSUBST_FILTER=^PO", "NGINX_ENTRYPOINT_QUIET_LOGS=1"); log != "" {
		t.Errorf("quiet run logged %q", log)
	}
	if got := read("default.conf"); !strings.HasPrefix(got, "listen 8080;\nserver_name $NAME;\n") {
		t.Errorf("with a filter, default.conf =\n%s", got)
	}

	// No template directory: nothing to do.
	if log := run("NGINX_ENVSUBST_TEMPLATE_DIR=" + filepath.Join(dir, "none")); log != "" {
		t.Errorf("run without templates logged %q", log)
	}
}

// The entrypoint runs /docker-entrypoint.d/ in version order for nginx
// only: executable *.sh are run, executable *.envsh sourced (their
// variables reach the scripts after them), anything else skipped, and a
// failing script stops the start.
func TestNginxEntrypoint(t *testing.T) {
	dir := t.TempDir()
	d := filepath.Join(dir, "docker-entrypoint.d")
	bin := filepath.Join(dir, "bin")
	for _, p := range []string{d, bin} {
		if err := os.MkdirAll(p, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	trace := filepath.Join(dir, "trace")
	text := strings.ReplaceAll(nginxEntrypoint, "/docker-entrypoint.d/", d+"/")
	entry := writeScript(t, dir, "docker-entrypoint.sh", text, 0o755)
	writeScript(t, bin, "nginx", "#!/bin/sh\necho \"nginx $*\" >> "+trace+"\n", 0o755)
	writeScript(t, d, "9-first.envsh", "export FROM_ENVSH=yes\necho 9-first >> "+trace+"\n", 0o755)
	writeScript(t, d, "10-second.sh", "#!/bin/sh\necho \"10-second $FROM_ENVSH\" >> "+trace+"\n", 0o755)
	writeScript(t, d, "15-off.sh", "#!/bin/sh\necho 15-off >> "+trace+"\n", 0o644)
	writeScript(t, d, "README", "not a script\n", 0o755)

	run := func(args ...string) (string, error) {
		os.Remove(trace)
		cmd := exec.Command("/bin/sh", append([]string{entry}, args...)...)
		cmd.Env = []string{"PATH=" + bin + ":" + os.Getenv("PATH")}
		out, err := cmd.CombinedOutput()
		b, _ := os.ReadFile(trace)
		return string(b), errorWithOutput(err, out)
	}
	got, err := run("nginx", "-g", "daemon off;")
	if err != nil {
		t.Fatal(err)
	}
	if want := "9-first\n10-second yes\nnginx -g daemon off;\n"; got != want {
		t.Errorf("nginx start ran\n%s\nwant\n%s", got, want)
	}
	if got, err := run("sh", "-c", "echo other >> "+trace); err != nil || got != "other\n" {
		t.Errorf("another command ran %q (%v); want it alone", got, err)
	}
	writeScript(t, d, "20-fail.sh", "#!/bin/sh\nexit 3\n", 0o755)
	if got, err := run("nginx"); err == nil || strings.Contains(got, "nginx") {
		t.Errorf("after a failing script: %v, ran\n%s", err, got)
	}
}

func errorWithOutput(err error, out []byte) error {
	if err == nil {
		return nil
	}
	return fmt.Errorf("%w\n%s", err, out)
}
