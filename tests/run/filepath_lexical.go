// path/filepath and path: lexical operations, including edge cases of Clean and Join.
package main

import (
	"fmt"
	"path"
	"path/filepath"
)

func main() {
	for _, p := range []string{"", ".", "..", "/", "//", "//x/", "a/../..", "a/b/../../..",
		"/../a", "a//b/./c/", "./a/b", "abc/./../def", "/a/b/c/..", "...", "a/..b/c"} {
		fmt.Printf("Clean(%q) = %q, path.Clean = %q\n", p, filepath.Clean(p), path.Clean(p))
	}
	joins := [][]string{{}, {""}, {"", ""}, {"a", "b"}, {"a", ""}, {"", "b"}, {"/", "a"},
		{"a/", "/b"}, {"a", "../../x"}, {"/", "..", "y"}, {"", "/", ""}, {"dir", "file.txt"}}
	for _, j := range joins {
		fmt.Printf("Join(%q) = %q %q\n", j, filepath.Join(j...), path.Join(j...))
	}
	for _, p := range []string{"", "/", "///", "a", "a/", "/a/b.txt", "a/b/", "x.tar.gz", ".hidden", "a.b/c"} {
		dir, file := filepath.Split(p)
		fmt.Printf("%q: Base=%q Dir=%q Ext=%q Split=(%q, %q) IsAbs=%v\n",
			p, filepath.Base(p), filepath.Dir(p), filepath.Ext(p), dir, file, filepath.IsAbs(p))
		fmt.Printf("  path: Base=%q Dir=%q Ext=%q IsAbs=%v\n", path.Base(p), path.Dir(p), path.Ext(p), path.IsAbs(p))
	}
	rels := [][2]string{{"/a/b", "/a/b/c/d"}, {"/a/b/c", "/a/x"}, {"a", "b"}, {".", "a/b"}, {"/a", "b"}, {"../a", "b"}}
	for _, r := range rels {
		rel, err := filepath.Rel(r[0], r[1])
		fmt.Printf("Rel(%q, %q) = %q %v\n", r[0], r[1], rel, err)
	}
	fmt.Printf("%q %q\n", filepath.SplitList("/bin:/usr/bin::x"), filepath.SplitList(""))
	fmt.Println(filepath.ToSlash("a/b"), filepath.FromSlash("a/b"), filepath.VolumeName("/x") == "")
	fmt.Println(string(filepath.Separator), string(filepath.ListSeparator))
	abs, err := filepath.Abs("/x/../y/")
	fmt.Println(abs, err)
	abs, err = filepath.Abs("rel/p")
	fmt.Println(filepath.IsAbs(abs), filepath.Base(abs), err)
	pats := [][2]string{{"*.go", "main.go"}, {"*.go", "dir/main.go"}, {"a?c", "abc"}, {"[a-c]x", "bx"},
		{"[^a-c]x", "bx"}, {"\\*", "*"}, {"[", "a"}, {"a/*/c", "a/b/c"}, {"*", ""}}
	for _, p := range pats {
		m1, e1 := filepath.Match(p[0], p[1])
		m2, e2 := path.Match(p[0], p[1])
		fmt.Printf("Match(%q, %q) = %v %v; path: %v %v\n", p[0], p[1], m1, e1, m2, e2)
	}
}
