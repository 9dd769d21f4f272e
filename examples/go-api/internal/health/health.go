// Package health implements the runtime self-checks behind /healthz.
//
// A scratch-based image has no distribution packages, so the two runtime
// files a Go service usually takes for granted must be supplied by the image
// builder: the CA bundle (for outbound TLS) and the zoneinfo database (for
// time.LoadLocation). The checks here fail loudly when either is missing.
package health

import (
	"crypto/x509"
	"fmt"
	"time"
)

// Report is the outcome of Check, shaped to be served as JSON.
type Report struct {
	// Status is "ok" when every check passed and "fail" otherwise.
	Status string `json:"status"`
	// CACerts is the number of certificates in the system root pool.
	CACerts int `json:"ca_certs"`
	// TZ is the zone that was loaded.
	TZ string `json:"tz"`
	// TZOffset is TZ's current UTC offset, e.g. "+01:00"; empty if TZ failed to load.
	TZOffset string `json:"tz_offset,omitempty"`
	// Errors holds one message per failed check.
	Errors []string `json:"errors,omitempty"`
}

// Healthy reports whether every check passed.
func (r Report) Healthy() bool { return len(r.Errors) == 0 }

// Check verifies that the system CA pool holds at least one certificate and
// that zone can be loaded from the zoneinfo database. It makes no network
// calls.
func Check(zone string) Report {
	r := Report{TZ: zone}

	if n, err := caCertCount(); err != nil {
		r.Errors = append(r.Errors, err.Error())
	} else {
		r.CACerts = n
	}

	if loc, err := time.LoadLocation(zone); err != nil {
		r.Errors = append(r.Errors, fmt.Sprintf("load time zone: %v", err))
	} else {
		r.TZOffset = time.Now().In(loc).Format("-07:00")
	}

	r.Status = "ok"
	if !r.Healthy() {
		r.Status = "fail"
	}
	return r
}

// caCertCount returns the number of certificates in the system root pool,
// which is what crypto/tls verifies server certificates against.
func caCertCount() (int, error) {
	pool, err := x509.SystemCertPool()
	if err != nil {
		return 0, fmt.Errorf("load system CA pool: %w", err)
	}
	// Subjects is deprecated because it omits the roots on platforms that
	// verify through the OS (macOS, Windows). On Linux, the only target of
	// this image, the pool is read from the CA bundle and the count is exact.
	n := len(pool.Subjects())
	if n == 0 {
		return 0, fmt.Errorf("system CA pool is empty")
	}
	return n, nil
}
