package spec

import (
	"maps"
	"slices"
)

// A language table ([go], [node]) belongs to one preset. Parse keeps it as
// decoded; the preset that builds the app declares its keys as Fields and
// calls DecodeTable, which checks them with the same line-numbered errors
// and "did you mean" as the rest of the file.

// Table is a language table a preset owns.
type Table struct {
	Name string
	// Check decodes the table with DecodeTable and checks its values;
	// Parse reports its problems with the file's others.
	Check func(s *Spec) error
}

// Field is one key of a language table, bound to where its value goes.
type Field struct {
	Name string
	Kind Kind
}

// Kind decodes one key's value; make one with String, Bool, Strings or
// Map.
type Kind interface{ kind }

// String is a string key; example appears in type errors (`"-X main.v=1"`).
func String(dst *string, example string) Kind { return text{dst, example} }

// Bool is a boolean key.
func Bool(dst *bool) Kind { return flag{dst} }

// Strings is an array of strings; example appears in type errors.
func Strings(dst *[]string, example string) Kind { return list{dst, example} }

// Map is a table of strings; example appears in type errors.
func Map(dst *map[string]string, example string) Kind { return dict{dst, example} }

// HasTable reports whether the file has the language table name.
func (s *Spec) HasTable(name string) bool {
	_, ok := s.tables[name]
	return ok
}

// Tables lists the language tables the file has, sorted.
func (s *Spec) Tables() []string { return slices.Sorted(maps.Keys(s.tables)) }

// DecodeTable decodes the language table name, when the file has one, into
// fields. It returns an *Errors with every unknown key and wrong type.
func (s *Spec) DecodeTable(name string, fields []Field) error {
	raw, ok := s.tables[name]
	if !ok {
		return nil
	}
	d := &decoder{spec: s, headers: s.headers}
	inner := make([]field, len(fields))
	for i, f := range fields {
		inner[i] = field{f.Name, f.Kind}
	}
	d.table(name, raw, inner)
	if len(d.errs) > 0 {
		d.errs.sort()
		return &d.errs
	}
	return nil
}

// Problems collects errors about app.toml keys found by a preset, so that
// all of them are reported at once, like Parse's.
type Problems struct {
	spec *Spec
	errs Errors
}

// Problems starts a collection of problems with s.
func (s *Spec) Problems() *Problems { return &Problems{spec: s} }

// Add records the problem err when it is not nil: an *Error or *Errors
// keeps its lines, anything else is kept without one.
func (p *Problems) Add(err error) { p.errs = appendError(p.errs, p.spec.File, err) }

// add records err as Problems.Add does.
func (d *decoder) add(err error) { d.errs = appendError(d.errs, d.spec.File, err) }

func appendError(errs Errors, file string, err error) Errors {
	switch e := err.(type) {
	case nil:
	case *Error:
		errs = append(errs, e)
	case *Errors:
		errs = append(errs, *e...)
	default:
		errs = append(errs, &Error{File: file, Msg: e.Error()})
	}
	return errs
}

// Errorf records a problem with key, as [Spec.Errorf] words it.
func (p *Problems) Errorf(key, format string, args ...any) {
	p.errs = append(p.errs, p.spec.Errorf(key, format, args...))
}

// Check records a problem with key unless ok.
func (p *Problems) Check(key string, ok bool, format string, args ...any) {
	if !ok {
		p.Errorf(key, format, args...)
	}
}

// Err returns every recorded problem, sorted by line, or nil.
func (p *Problems) Err() error {
	if len(p.errs) == 0 {
		return nil
	}
	p.errs.sort()
	return &p.errs
}

// Quote writes values as `"a", "b" or "c"` for messages.
func Quote(values []string) string { return quoteAll(values) }
