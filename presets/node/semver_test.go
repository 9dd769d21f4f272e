package node

import (
	"slices"
	"testing"
)

// TestRangeMajors checks which Node majors a range of engines.node
// allows, from 16 to 27.
func TestRangeMajors(t *testing.T) {
	tests := []struct {
		r    string
		want []int
	}{
		{"22", []int{22}},
		{"v22", []int{22}},
		{"=22", []int{22}},
		{"22.x", []int{22}},
		{"22.X", []int{22}},
		{"22.*", []int{22}},
		{"22.11.0", []int{22}},
		{"v22.11.0", []int{22}},
		{"22.1.3-rc.1", []int{22}},
		{"^22", []int{22}},
		{"^22.11", []int{22}},
		{"~22.1.0", []int{22}},
		{"~22", []int{22}},
		{">=18", []int{18, 19, 20, 21, 22, 23, 24, 25, 26, 27}},
		{">= 18", []int{18, 19, 20, 21, 22, 23, 24, 25, 26, 27}},
		{">18", []int{19, 20, 21, 22, 23, 24, 25, 26, 27}},
		{">18.0", []int{18, 19, 20, 21, 22, 23, 24, 25, 26, 27}},
		{"<20", []int{16, 17, 18, 19}},
		{"<=20", []int{16, 17, 18, 19, 20}},
		{"<20.1", []int{16, 17, 18, 19, 20}},
		{">=18 <23", []int{18, 19, 20, 21, 22}},
		{">=18.0.0 <=22", []int{18, 19, 20, 21, 22}},
		{"20 || 22", []int{20, 22}},
		{"^20.9 || ^22 || >=24", []int{20, 22, 24, 25, 26, 27}},
		{"18 - 22", []int{18, 19, 20, 21, 22}},
		{"18.2 - 22.1.3", []int{18, 19, 20, 21, 22}},
		{"*", []int{16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27}},
		{"x", []int{16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27}},
		{"", []int{16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27}},
		{">=24 <22", nil}, // empty
		{"18 22", nil},    // both at once: none
	}
	for _, tt := range tests {
		spans, ok := rangeSpans(tt.r)
		if !ok {
			t.Errorf("rangeSpans(%q) cannot read it", tt.r)
			continue
		}
		var got []int
		for m := 16; m <= 27; m++ {
			if allowsMajor(spans, m) {
				got = append(got, m)
			}
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("%q allows %v, want %v", tt.r, got, tt.want)
		}
	}
}

func TestRangeUnreadable(t *testing.T) {
	for _, r := range []string{"latest", "lts/*", "node", "22.a", "1.2.3.4", ">=22.a", "foo || 22"} {
		if spans, ok := rangeSpans(r); ok {
			t.Errorf("rangeSpans(%q) = %v, true; want it unreadable", r, spans)
		}
	}
}

// The boundaries are half-open: <23 stops before 23.0.0, and
// <23.0.1 lets 23.0.0 in.
func TestRangeBoundaries(t *testing.T) {
	tests := []struct {
		r       string
		v       version
		allowed bool
	}{
		{"<23", version{22, 99, 99}, true},
		{"<23", version{23, 0, 0}, false},
		{"<23.0.1", version{23, 0, 0}, true},
		{"<=22", version{22, 99, 0}, true},
		{"<=22.1", version{22, 1, 9}, true},
		{"<=22.1", version{22, 2, 0}, false},
		{">22.1.3", version{22, 1, 3}, false},
		{">22.1.3", version{22, 1, 4}, true},
		{"^22.11", version{22, 10, 9}, false},
		{"^22.11", version{23, 0, 0}, false},
		{"~22.1.0", version{22, 2, 0}, false},
		{"18 - 22", version{22, 50, 0}, true},
		{"18 - 22", version{23, 0, 0}, false},
		{"18 - 22.1", version{22, 1, 9}, true},
		{"18 - 22.1", version{22, 2, 0}, false},
	}
	for _, tt := range tests {
		spans, ok := rangeSpans(tt.r)
		if !ok {
			t.Fatalf("rangeSpans(%q) cannot read it", tt.r)
		}
		got := false
		for _, s := range spans {
			got = got || !s.intersect(span{tt.v, version{tt.v[0], tt.v[1], tt.v[2] + 1}}).empty()
		}
		if got != tt.allowed {
			t.Errorf("%q allows %v: %v, want %v", tt.r, tt.v, got, tt.allowed)
		}
	}
}
