// Goroutines write files in a private temporary directory with os.WriteFile,
// then read them back with os.ReadFile; the directory is removed at the end.
package main

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"
)

func main() {
	dir, err := os.MkdirTemp(os.TempDir(), "minigo-conc-")
	if err != nil {
		fmt.Println("mkdirtemp:", err)
		return
	}
	defer os.RemoveAll(dir)

	var wg sync.WaitGroup
	errs := make(chan error, 10)
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			name := filepath.Join(dir, fmt.Sprintf("part%02d.txt", i))
			data := strings.Repeat(strconv.Itoa(i)+"\n", i+1)
			if err := os.WriteFile(name, []byte(data), 0o644); err != nil {
				errs <- err
			}
		}(i)
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		fmt.Println("write error:", e)
	}

	entries, _ := os.ReadDir(dir)
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	sort.Strings(names)
	fmt.Println(len(names), names[0], names[len(names)-1])

	sums := make(chan int)
	for _, n := range names {
		go func(path string) {
			b, err := os.ReadFile(path)
			if err != nil {
				sums <- -1000
				return
			}
			s := 0
			for _, line := range strings.Fields(string(b)) {
				v, _ := strconv.Atoi(line)
				s += v
			}
			sums <- s
		}(filepath.Join(dir, n))
	}
	total := 0
	for range names {
		total += <-sums
	}
	fmt.Println("total", total)

	_, err = os.ReadFile(filepath.Join(dir, "missing.txt"))
	fmt.Println("missing file is ErrNotExist:", os.IsNotExist(err))
	os.RemoveAll(dir)
	_, err = os.Stat(dir)
	fmt.Println("removed:", os.IsNotExist(err))
}
