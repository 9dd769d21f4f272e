package health

import (
	"regexp"
	"testing"
)

func TestCheckHealthy(t *testing.T) {
	r := Check("Europe/Paris")
	if !r.Healthy() || r.Status != "ok" {
		t.Fatalf("Check = %+v, want healthy (is a CA bundle and zoneinfo installed?)", r)
	}
	if r.CACerts < 1 {
		t.Errorf("CACerts = %d, want at least 1", r.CACerts)
	}
	// Paris is UTC+1 in winter and UTC+2 in summer.
	if !regexp.MustCompile(`^\+0[12]:00$`).MatchString(r.TZOffset) {
		t.Errorf("TZOffset = %q, want +01:00 or +02:00", r.TZOffset)
	}
}

func TestCheckUnknownZone(t *testing.T) {
	r := Check("Nowhere/Atlantis")
	if r.Healthy() || r.Status != "fail" {
		t.Fatalf("Check = %+v, want unhealthy", r)
	}
	if r.TZOffset != "" {
		t.Errorf("TZOffset = %q, want empty", r.TZOffset)
	}
	if len(r.Errors) != 1 {
		t.Errorf("Errors = %q, want exactly the time zone failure", r.Errors)
	}
}
