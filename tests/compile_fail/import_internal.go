// Packages under internal/ belong to the standard library.
package main

import (
	"fmt"
	"internal/oserror"
)

func main() { fmt.Println(oserror.ErrNotExist) }
