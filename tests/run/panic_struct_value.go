// stderr-prefix-only
package main

type Info struct {
	Code int
	Msg  string
}

func main() {
	// Go prints non-basic, non-error, non-Stringer values as (TYPE) ADDRESS.
	panic(Info{1, "x"})
}
