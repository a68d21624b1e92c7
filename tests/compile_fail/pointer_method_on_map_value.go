package main

type C struct{ n int }

func (c *C) Inc() { c.n++ }

func main() {
	m := map[string]C{}
	m["a"].Inc()
}
