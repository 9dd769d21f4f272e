package spec

import "testing"

func TestSuggest(t *testing.T) {
	known := []string{"args", "base", "ca_certs", "env", "files", "healthcheck", "ports", "tzdata", "user", "workdir"}
	tests := []struct {
		s, want string
	}{
		{"prots", "ports"},       // transposition: two edits
		{"port", "ports"},        // deletion
		{"workdirr", "workdir"},  // insertion
		{"USER", "user"},         // case
		{"CA_Certs", "ca_certs"}, // case beats distance
		{"healthchek", "healthcheck"},
		{"entrypoint", ""}, // nothing close
		{"xyz", ""},
		{"ports", ""}, // already known
		{"", ""},
	}
	for _, tt := range tests {
		if got := Suggest(tt.s, known); got != tt.want {
			t.Errorf("Suggest(%q) = %q, want %q", tt.s, got, tt.want)
		}
	}
}

func TestEditDistance(t *testing.T) {
	tests := []struct {
		a, b string
		want int
	}{
		{"", "", 0},
		{"", "abc", 3},
		{"kitten", "sitting", 3},
		{"entrpoint", "entrypoint", 1},
		{"runtim", "runtime", 1},
		{"héllo", "hello", 1}, // runes, not bytes
	}
	for _, tt := range tests {
		if got := editDistance(tt.a, tt.b); got != tt.want {
			t.Errorf("editDistance(%q, %q) = %d, want %d", tt.a, tt.b, got, tt.want)
		}
		if got := editDistance(tt.b, tt.a); got != tt.want {
			t.Errorf("editDistance(%q, %q) = %d, want %d", tt.b, tt.a, got, tt.want)
		}
	}
}
