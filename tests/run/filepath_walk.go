// filepath.WalkDir, Walk and Glob over a small tree in a temporary directory.
package main

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

func main() {
	root, err := os.MkdirTemp("", "walk")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer os.RemoveAll(root)
	for _, d := range []string{"b/x", "a", "c/skip/deep"} {
		os.MkdirAll(filepath.Join(root, d), 0o755)
	}
	for _, f := range []string{"a/1.txt", "a/2.go", "b/x/3.txt", "c/skip/deep/4.txt", "top.go"} {
		os.WriteFile(filepath.Join(root, f), []byte(f), 0o644)
	}
	rel := func(p string) string {
		r, _ := filepath.Rel(root, p)
		return r
	}

	err = filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && d.Name() == "skip" {
			return filepath.SkipDir
		}
		fmt.Println("walkdir", rel(p), d.IsDir(), d.Type())
		return nil
	})
	fmt.Println("walkdir err:", err)

	total := int64(0)
	err = filepath.Walk(root, func(p string, info fs.FileInfo, err error) error {
		if err != nil {
			return err
		}
		if !info.IsDir() {
			total += info.Size()
		}
		if strings.HasSuffix(p, "3.txt") {
			return filepath.SkipDir // skips the rest of b/x
		}
		return nil
	})
	fmt.Println("walk total:", total, err)

	err = filepath.WalkDir(filepath.Join(root, "missing"), func(p string, d fs.DirEntry, err error) error {
		fmt.Println("visit", rel(p), d == nil, strings.ReplaceAll(err.Error(), root, "ROOT"))
		return err
	})
	fmt.Println(os.IsNotExist(err))

	for _, pat := range []string{"*.go", "*/*.txt", "[ab]/*", "nomatch*", "[", "top.go"} {
		m, err := filepath.Glob(filepath.Join(root, pat))
		for i := range m {
			m[i] = rel(m[i])
		}
		fmt.Println("glob", pat, m, err)
	}
}
