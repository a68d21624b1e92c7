// os: Mkdir, MkdirAll, MkdirTemp, ReadDir, Stat, Rename, Remove, RemoveAll, and their
// errors (*fs.PathError wrapping syscall.Errno; IsNotExist, IsExist, errors.Is).
package main

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

var dir string

// show prints err with the temporary directory replaced by DIR.
func show(what string, err error) {
	if err == nil {
		fmt.Println(what+":", "ok")
		return
	}
	fmt.Printf("%s: %s (%T) notexist=%v exist=%v\n", what, strings.ReplaceAll(err.Error(), dir, "DIR"),
		err, os.IsNotExist(err), os.IsExist(err))
}

func main() {
	var err error
	dir, err = os.MkdirTemp("", "minigo-dirs-*.d")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer os.RemoveAll(dir)
	fmt.Println(strings.HasPrefix(filepath.Base(dir), "minigo-dirs-"), strings.HasSuffix(dir, ".d"))

	show("mkdir sub", os.Mkdir(filepath.Join(dir, "sub"), 0o755))
	show("mkdir sub again", os.Mkdir(filepath.Join(dir, "sub"), 0o755))
	show("mkdirall deep", os.MkdirAll(filepath.Join(dir, "a", "b", "c"), 0o755))
	show("mkdirall existing", os.MkdirAll(filepath.Join(dir, "a", "b"), 0o755))
	show("write", os.WriteFile(filepath.Join(dir, "sub", "f.txt"), []byte("hello"), 0o600))
	show("write z", os.WriteFile(filepath.Join(dir, "z.txt"), []byte("zz"), 0o600))
	show("mkdirall through file", os.MkdirAll(filepath.Join(dir, "z.txt", "x"), 0o755))
	show("mkdir missing parent", os.Mkdir(filepath.Join(dir, "no", "x"), 0o755))

	entries, err := os.ReadDir(dir)
	show("readdir", err)
	for _, e := range entries {
		info, _ := e.Info()
		fmt.Println(" ", e.Name(), e.IsDir(), e.Type().IsDir(), info.Mode().IsRegular())
	}
	_, err = os.ReadDir(filepath.Join(dir, "z.txt"))
	show("readdir file", err)
	_, err = os.ReadDir(filepath.Join(dir, "missing"))
	show("readdir missing", err)

	fi, err := os.Stat(filepath.Join(dir, "sub", "f.txt"))
	show("stat", err)
	fmt.Println(fi.Name(), fi.Size(), fi.IsDir(), fi.Mode(), fi.Mode().Perm())
	fi, _ = os.Stat(filepath.Join(dir, "a") + "/")
	fmt.Println(fi.Name(), fi.IsDir(), fi.Mode().IsDir(), fi.Mode()&os.ModeDir != 0)
	fi, err = os.Stat(filepath.Join(dir, "missing.txt"))
	show("stat missing", err)
	fmt.Println(fi == nil, errors.Is(err, os.ErrNotExist), errors.Is(err, os.ErrExist))
	var pe *os.PathError
	if errors.As(err, &pe) {
		fmt.Println("PathError:", pe.Op, filepath.Base(pe.Path), pe.Err)
	}

	show("remove non-empty", os.Remove(filepath.Join(dir, "sub")))
	show("remove missing", os.Remove(filepath.Join(dir, "missing")))
	show("rename", os.Rename(filepath.Join(dir, "z.txt"), filepath.Join(dir, "sub", "z.txt")))
	show("rename missing", os.Rename(filepath.Join(dir, "z.txt"), filepath.Join(dir, "y.txt")))
	_, err = os.MkdirTemp(filepath.Join(dir, "nope"), "x")
	show("mkdirtemp missing dir", err)
	_, err = os.MkdirTemp(dir, "x/y")
	show("mkdirtemp bad pattern", err)
	show("removeall dot", os.RemoveAll(dir+"/."))
	show("removeall sub", os.RemoveAll(filepath.Join(dir, "sub")))
	show("removeall missing", os.RemoveAll(filepath.Join(dir, "sub")))
	names := []string{}
	entries, _ = os.ReadDir(dir)
	for _, e := range entries {
		names = append(names, e.Name())
	}
	fmt.Println(names)
	show("removeall", os.RemoveAll(dir))
	_, err = os.Stat(dir)
	fmt.Println("gone:", os.IsNotExist(err))
}
