// os errors: *fs.PathError wrapping syscall.Errno, matched with errors.Is, os.IsNotExist
// and friends; the portable errors of io/fs are those of os.
package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"syscall"
)

func main() {
	dir, err := os.MkdirTemp("", "")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer os.RemoveAll(dir)
	name := filepath.Join(dir, "missing.txt")

	_, err = os.ReadFile(name)
	var pe *fs.PathError
	fmt.Println(errors.As(err, &pe), pe.Op, pe.Path == name)
	fmt.Printf("%T %v %d\n", pe.Err, pe.Err, pe.Err)
	fmt.Println(pe.Err == syscall.ENOENT, errors.Is(err, syscall.ENOENT), errors.Is(err, fs.ErrNotExist))
	fmt.Println(os.IsNotExist(err), os.IsExist(err), os.IsPermission(err))
	fmt.Println(os.IsNotExist(fmt.Errorf("wrapped: %w", err)), errors.Is(fmt.Errorf("wrapped: %w", err), os.ErrNotExist))
	fmt.Println(os.IsNotExist(os.ErrNotExist), os.IsExist(os.ErrExist), os.ErrNotExist == fs.ErrNotExist)
	fmt.Println(os.ErrNotExist, "|", os.ErrExist, "|", os.ErrPermission, "|", os.ErrInvalid, "|", os.ErrClosed)

	_, err = os.ReadFile(dir)
	fmt.Println(err != nil, errors.Is(err, syscall.EISDIR), os.IsNotExist(err))
	err = os.WriteFile(filepath.Join(dir, "no", "f"), nil, 0o644)
	fmt.Println(err != nil, os.IsNotExist(err), errors.Unwrap(err) == syscall.ENOENT)

	for _, e := range []syscall.Errno{syscall.EPERM, syscall.EACCES, syscall.EEXIST, syscall.ENOTEMPTY, syscall.EINVAL, 200} {
		fmt.Printf("%d %q exist=%v perm=%v notexist=%v timeout=%v\n", uintptr(e), e.Error(),
			errors.Is(e, os.ErrExist), errors.Is(e, os.ErrPermission), errors.Is(e, os.ErrNotExist), e.Timeout())
	}

	wd, err := os.Getwd()
	fmt.Println(filepath.IsAbs(wd), err)
	fmt.Println(os.PathSeparator, os.PathListSeparator, os.IsPathSeparator('/'), os.IsPathSeparator('\\'))
	fmt.Println(os.ModeDir, os.ModePerm, os.ModeDir|0o755, os.FileMode(0o644), os.ModeSymlink|os.ModeSetuid|0o4755)
	fmt.Println((os.ModeDir | 0o755).IsDir(), os.FileMode(0o644).IsRegular(), (os.ModeDir | 0o700).Perm(), os.ModeType.Type() == os.ModeType)

	le := &os.LinkError{Op: "rename", Old: "a", New: "b", Err: syscall.EXDEV}
	se := os.NewSyscallError("getwd", syscall.ENOENT)
	fmt.Println(le, "|", se, os.IsNotExist(se), os.NewSyscallError("x", nil) == nil)
}
