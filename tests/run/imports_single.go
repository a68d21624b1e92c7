package main

import "fmt"
import "strings"
import "os"

func main() {
	fmt.Println(strings.ToUpper("single imports"))
	fmt.Fprintln(os.Stdout, "to stdout")
}
