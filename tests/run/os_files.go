package main

import (
	"errors"
	"fmt"
	"os"
	"strings"
)

func main() {
	dir := os.TempDir()
	path := dir + "/minigo_io_test.txt"
	err := os.WriteFile(path, []byte("hello\nworld\n"), 0644)
	fmt.Println(err)
	data, err := os.ReadFile(path)
	fmt.Println(strings.Fields(string(data)), len(data), err)
	fmt.Println(os.Remove(path))
	_, err = os.ReadFile(path)
	fmt.Println(err != nil, errors.Is(err, os.ErrNotExist), strings.Replace(err.Error(), dir, "DIR", 1))
	var pe *os.PathError
	fmt.Println(errors.As(err, &pe), pe.Op, pe.Err)
	_, err = os.ReadFile(dir)
	fmt.Println(strings.Replace(err.Error(), dir, "DIR", 1))
	err = os.WriteFile(dir, nil, 0644)
	fmt.Println(strings.Replace(err.Error(), dir, "DIR", 1), errors.Is(err, os.ErrExist))
	fmt.Println(strings.Replace(os.Remove(path).Error(), dir, "DIR", 1))
}
