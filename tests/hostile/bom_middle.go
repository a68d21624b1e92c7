package main

import "fmt"

func main() {
	﻿fmt.Println("BOM in the middle")
}
