package main

func f() int { return 1 }

const C = f()

func main() {}
