package spec

import (
	"errors"
	"fmt"
	"testing"
)

func TestErrorString(t *testing.T) {
	tests := []struct {
		err  Error
		want string
	}{
		{Error{File: "app.toml", Line: 3, Key: "x", Msg: "bad"}, "app.toml:3: bad"},
		{Error{File: "app.toml", Msg: "bad"}, "app.toml: bad"},
		{Error{Msg: "bad"}, "bad"},
	}
	for _, tt := range tests {
		if got := tt.err.Error(); got != tt.want {
			t.Errorf("Error() = %q, want %q", got, tt.want)
		}
	}
}

func TestErrorsSortedAndUnwrapped(t *testing.T) {
	list := Errors{
		{File: "app.toml", Line: 9, Key: "b", Msg: "third"},
		{File: "app.toml", Line: 2, Key: "z", Msg: "second"},
		{File: "app.toml", Line: 2, Key: "a", Msg: "first"},
	}
	const want = "app.toml:2: first\napp.toml:2: second\napp.toml:9: third"
	if got := list.Error(); got != want {
		t.Errorf("Error() =\n%s\nwant\n%s", got, want)
	}
	if list[0].Msg != "third" {
		t.Errorf("Error() reordered the list")
	}

	var one *Error
	if err := fmt.Errorf("build: %w", &list); !errors.As(err, &one) || one != list[0] {
		t.Errorf("errors.As did not find the first *Error in *Errors")
	}
}
