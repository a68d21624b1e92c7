// stderr-prefix-only
package main

import "fmt"

func main() {
	var p *int
	defer fmt.Println("deferred still runs")
	fmt.Println(*p)
}
