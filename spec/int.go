package spec

// Int is an integer key; example appears in type errors (`1`).
func Int(dst *int, example string) Kind { return integer{dst, example} }
