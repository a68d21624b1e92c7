package main

import "fmt"

func split(sum int) (x, y int) {
	x = sum * 4 / 9
	y = sum - x
	return
}

func zeroes() (i int, s string, b bool, p *int, sl []int) { return }

func shadow() (n int) {
	n = 1
	{
		n := 2 // shadows the result
		_ = n
	}
	return
}

func override() (n int) {
	n = 10
	return 20 // explicit values win
}

func counter() (count int, err error) {
	for i := 0; i < 5; i++ {
		count += i
	}
	return count, err
}

func main() {
	fmt.Println(split(17))
	i, s, b, p, sl := zeroes()
	fmt.Println(i, s == "", b, p == nil, sl == nil)
	fmt.Println(shadow(), override())
	fmt.Println(counter())
}
