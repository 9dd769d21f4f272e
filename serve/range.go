package serve

import "bytes"

// rangeResult is what a Range header asks of a representation.
type rangeResult uint8

const (
	rangeIgnore        rangeResult = iota // no usable range: send the whole (200)
	rangeSatisfiable                      // one range: 206
	rangeUnsatisfiable                    // 416
)

// parseRange reads a Range header against a representation of size
// bytes. Only one "bytes=" range is served; a list of ranges, another
// unit or a malformed spec is ignored (RFC 9110 §14.2 lets a server
// ignore Range), which sends the whole representation.
func parseRange(h []byte, size int64) (start, n int64, res rangeResult) {
	const unit = "bytes="
	if len(h) < len(unit) || !foldEqual(h[:len(unit)], unit) {
		return 0, 0, rangeIgnore
	}
	spec := trimOWS(h[len(unit):])
	if bytes.IndexByte(spec, ',') >= 0 {
		return 0, 0, rangeIgnore
	}
	dash := bytes.IndexByte(spec, '-')
	if dash < 0 {
		return 0, 0, rangeIgnore
	}
	first, last := spec[:dash], spec[dash+1:]
	if len(first) == 0 {
		// Suffix range: the last n bytes.
		suffix, ok := parseDecimal(last)
		if !ok {
			return 0, 0, rangeIgnore
		}
		if suffix == 0 || size == 0 {
			return 0, 0, rangeUnsatisfiable
		}
		suffix = min(suffix, size)
		return size - suffix, suffix, rangeSatisfiable
	}
	a, ok := parseDecimal(first)
	if !ok {
		return 0, 0, rangeIgnore
	}
	b := int64(-1)
	if len(last) > 0 {
		if b, ok = parseDecimal(last); !ok || b < a {
			return 0, 0, rangeIgnore
		}
	}
	if a >= size {
		return 0, 0, rangeUnsatisfiable
	}
	if b < 0 || b >= size {
		b = size - 1
	}
	return a, b - a + 1, rangeSatisfiable
}
