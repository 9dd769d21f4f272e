package serve

import "bytes"

// encoding is a representation's content coding.
type encoding uint8

const (
	encIdentity encoding = iota
	encGzip
	encBrotli
	numEncodings
)

// suffix is the file-name suffix of a precompressed sibling.
func (e encoding) suffix() string {
	return [...]string{"", ".gz", ".br"}[e]
}

func (e encoding) String() string {
	return [...]string{"identity", "gzip", "br"}[e]
}

// acceptEncoding holds the q-values (in thousandths) an Accept-Encoding
// header gives; -1 means the coding is not named.
type acceptEncoding struct {
	present                  bool
	br, gzip, identity, star int16
}

// parse adds the codings of one Accept-Encoding line, such as
// "gzip, deflate, br;q=0.9, *;q=0". A malformed element is ignored.
func (a *acceptEncoding) parse(v []byte) {
	if !a.present {
		*a = acceptEncoding{present: true, br: -1, gzip: -1, identity: -1, star: -1}
	}
	for len(v) > 0 {
		var item []byte
		item, v = cutList(v, ',')
		coding, params := item, []byte(nil)
		if i := bytes.IndexByte(item, ';'); i >= 0 {
			coding, params = item[:i], item[i+1:]
		}
		coding = trimOWS(coding)
		q, ok := qValue(params)
		if !ok || len(coding) == 0 {
			continue
		}
		switch {
		case foldEqual(coding, "br"):
			a.br = q
		case foldEqual(coding, "gzip"), foldEqual(coding, "x-gzip"):
			a.gzip = q
		case foldEqual(coding, "identity"):
			a.identity = q
		case len(coding) == 1 && coding[0] == '*':
			a.star = q
		}
	}
}

// qValue finds the "q" parameter among params ("q=0.5", "Q=1"), default 1.
func qValue(params []byte) (int16, bool) {
	q := int16(1000)
	for len(params) > 0 {
		var p []byte
		p, params = cutList(params, ';')
		p = trimOWS(p)
		if len(p) < 2 || (p[0] != 'q' && p[0] != 'Q') || p[1] != '=' {
			continue
		}
		v, ok := parseQ(p[2:])
		if !ok {
			return 0, false
		}
		q = v
	}
	return q, true
}

// parseQ parses an RFC 9110 qvalue: "0", "0.xxx", "1", "1.000".
func parseQ(b []byte) (int16, bool) {
	if len(b) == 0 || len(b) > 5 || (b[0] != '0' && b[0] != '1') {
		return 0, false
	}
	n := int16(b[0]-'0') * 1000
	if len(b) == 1 {
		return n, true
	}
	if b[1] != '.' {
		return 0, false
	}
	scale := int16(100)
	for _, c := range b[2:] {
		if !isDigit(c) {
			return 0, false
		}
		n += int16(c-'0') * scale
		scale /= 10
	}
	if n > 1000 {
		return 0, false
	}
	return n, true
}

// q is the acceptability of coding e: its own q-value, else that of "*",
// else 1 for identity and 0 for the others.
func (a *acceptEncoding) q(e encoding) int16 {
	v := [...]int16{a.identity, a.gzip, a.br}[e]
	if v >= 0 {
		return v
	}
	if a.star >= 0 {
		return a.star
	}
	if e == encIdentity {
		return 1000
	}
	return 0
}

// pick chooses among a file's representations: the most acceptable one,
// where a tie goes to the smaller (br, then gzip, then identity). Without
// an Accept-Encoding header, or when nothing is acceptable, it is identity:
// serving it beats refusing with 406.
func (a *acceptEncoding) pick(f *file) *rep {
	best := f.reps[encIdentity]
	if !a.present || !f.vary {
		return best
	}
	bq := a.q(encIdentity)
	for _, e := range [...]encoding{encGzip, encBrotli} {
		if r := f.reps[e]; r != nil {
			if q := a.q(e); q > 0 && q >= bq {
				best, bq = r, q
			}
		}
	}
	return best
}
