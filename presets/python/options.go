package python

import (
	"net/url"
	"path"
	"strings"

	"github.com/slimfront/slimfront/spec"
)

// options is app.toml's [python] table.
type options struct {
	// Index is the package index URL, instead of PyPI.
	Index string
	// FindLinks is a directory of the context holding wheels and sdists
	// (a wheelhouse) or a URL of such a page; a directory installs with
	// no index at all.
	FindLinks string
	// Requirements is the requirements file; default requirements.txt.
	Requirements string
}

// readOptions decodes and checks [python].
func readOptions(s *spec.Spec) (options, error) {
	var o options
	if err := s.DecodeTable("python", []spec.Field{
		{Name: "index", Kind: spec.String(&o.Index, `"https://pypi.example.com/simple"`)},
		{Name: "find_links", Kind: spec.String(&o.FindLinks, `"wheels"`)},
		{Name: "requirements", Kind: spec.String(&o.Requirements, `"requirements/prod.txt"`)},
	}); err != nil {
		return o, err
	}
	p := s.Problems()
	if o.Index != "" {
		p.Check("python.index", isURL(o.Index), "python.index: %q is not an http or https URL such as \"https://pypi.example.com/simple\"", o.Index)
		if u, err := url.Parse(o.Index); err == nil && u.User != nil {
			p.Errorf("python.index", "python.index: the URL holds credentials, which would be written into the image's build history and cache keys; remove them and pass them as a secret: a netrc file with `docker buildx build --secret id=netrc,src=$HOME/.netrc`")
		}
	}
	if o.FindLinks != "" && !isURL(o.FindLinks) {
		clean, ok := contextPath(o.FindLinks)
		p.Check("python.find_links", ok, "python.find_links: %q must be a directory inside the build context (\"wheels\") or an http or https URL", o.FindLinks)
		o.FindLinks = clean
	}
	if o.Requirements != "" {
		clean, ok := contextPath(o.Requirements)
		p.Check("python.requirements", ok && clean != ".", "python.requirements: %q must be a file inside the build context, such as \"requirements/prod.txt\"", o.Requirements)
		o.Requirements = clean
	}
	return o, p.Err()
}

// isURL reports an http(s) URL without spaces or control characters.
func isURL(v string) bool {
	u, err := url.Parse(v)
	return err == nil && (u.Scheme == "https" || u.Scheme == "http") && u.Host != "" && !strings.ContainsAny(v, " \t") && !spec.HasControl(v)
}

// contextPath cleans a relative path and reports whether it stays inside
// the context.
func contextPath(p string) (string, bool) {
	clean := path.Clean(strings.TrimPrefix(p, "./"))
	ok := p != "" && !path.IsAbs(p) && clean != ".." && !strings.HasPrefix(clean, "../") && !spec.HasControl(p)
	return clean, ok
}
