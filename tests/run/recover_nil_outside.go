package main

import "fmt"

func helper() interface{} {
	return recover() // not called directly by a deferred function
}

func main() {
	fmt.Println(recover())
	func() {
		defer func() {
			fmt.Println("direct:", recover())
		}()
		fmt.Println("no panic here")
	}()
	func() {
		defer func() {
			r := helper()
			fmt.Println("via helper:", r)
			fmt.Println("direct after helper:", recover())
		}()
		panic("p")
	}()
	func() {
		defer func() {
			func() {
				fmt.Println("nested closure:", recover())
			}()
			fmt.Println("then direct:", recover())
		}()
		panic("q")
	}()
	fmt.Println("done")
}
