package serve

// outcome is what a request target resolves to.
type outcome uint8

const (
	outBad      outcome = iota // refused: 400
	outHealth                  // the health check
	outFile                    // a file of the index
	outRedirect                // a directory without its slash: 301 to path + "/"
	outFallback                // the SPA fallback: /index.html
	outNotFound                // 404
)

// resolution is a resolved target. raw and query point into the target;
// path is the decoded lookup key, in the caller's buffer.
type resolution struct {
	out        outcome
	file       *file
	raw, query []byte
	path       []byte
}

// resolve maps a request target to what to serve, decoding its path into
// buf. Query strings never take part in the lookup. Only index entries
// are ever returned, so a target cannot reach anything the walk at
// startup did not admit.
func (s *Server) resolve(buf, target []byte) resolution {
	raw, query, ok := splitTarget(target)
	if !ok {
		return resolution{out: outBad, path: buf[:0]}
	}
	p, ok := decodePath(buf[:0], raw)
	res := resolution{raw: raw, query: query, path: p}
	switch {
	case !ok:
		res.out = outBad
	case s.health != "" && string(p) == s.health:
		res.out = outHealth
	default:
		rt, found := s.ix.routes[string(p)]
		switch {
		case found && rt.redirect:
			res.out = outRedirect
		case found:
			res.out, res.file = outFile, rt.file
		case s.cfg.SPA && !lastSegmentHasDot(p):
			res.out, res.file = outFallback, s.ix.spa
		default:
			res.out = outNotFound
		}
	}
	return res
}
