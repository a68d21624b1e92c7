// Package os provides the process's arguments, exit and standard streams.
//
// Natives: Exit, runtimeArgs (initialises Args from the command line), write and
// writeString (to file descriptor 1 or 2; stdout is buffered, stderr is not) and
// read (from file descriptor 0).
package os

import (
	"errors"
	"io"
)

// Args hold the command-line arguments, starting with the program name.
var Args []string = runtimeArgs()

func runtimeArgs() []string

// Exit causes the current program to exit with the given status code. Deferred
// functions are not run.
func Exit(code int)

// File represents an open file descriptor (only the standard streams).
type File struct {
	fd   int
	name string
}

var (
	Stdin  = &File{0, "/dev/stdin"}
	Stdout = &File{1, "/dev/stdout"}
	Stderr = &File{2, "/dev/stderr"}
)

// ErrInvalid indicates an invalid argument.
var ErrInvalid = errors.New("invalid argument")

func write(fd int, b []byte) int

func writeString(fd int, s string) int

// read reads into b from fd 0: the count, 0 at end of input, -1 on error.
func read(fd int, b []byte) int

// PathError records an error and the operation and file path that caused it.
type PathError struct {
	Op   string
	Path string
	Err  error
}

func (e *PathError) Error() string { return e.Op + " " + e.Path + ": " + e.Err.Error() }

func (e *PathError) Unwrap() error { return e.Err }

// Name returns the name of the file as presented to Open.
func (f *File) Name() string { return f.name }

// Fd returns the integer Unix file descriptor referencing the open file.
func (f *File) Fd() uintptr { return uintptr(f.fd) }

// Write writes len(b) bytes from b to the File.
func (f *File) Write(b []byte) (n int, err error) {
	if f == nil {
		return 0, ErrInvalid
	}
	if f.fd != 1 && f.fd != 2 {
		return 0, &PathError{"write", f.name, errors.New("bad file descriptor")}
	}
	return write(f.fd, b), nil
}

// WriteString is like Write, but writes the contents of string s.
func (f *File) WriteString(s string) (n int, err error) {
	if f == nil {
		return 0, ErrInvalid
	}
	if f.fd != 1 && f.fd != 2 {
		return 0, &PathError{"write", f.name, errors.New("bad file descriptor")}
	}
	return writeString(f.fd, s), nil
}

// Read reads up to len(b) bytes from the File (standard input only). At end of
// file, Read returns 0, io.EOF.
func (f *File) Read(b []byte) (n int, err error) {
	if f == nil {
		return 0, ErrInvalid
	}
	if f.fd != 0 {
		return 0, &PathError{"read", f.name, errors.New("bad file descriptor")}
	}
	if len(b) == 0 {
		return 0, nil
	}
	n = read(f.fd, b)
	if n < 0 {
		return 0, &PathError{"read", f.name, errors.New("input/output error")}
	}
	if n == 0 {
		return 0, io.EOF
	}
	return n, nil
}

// FileMode is a file's permission bits (only the permission bits are used).
type FileMode uint32

// Errors that errors.Is matches against OS errors, as io/fs's do.
var (
	ErrNotExist   = errors.New("file does not exist")
	ErrExist      = errors.New("file already exists")
	ErrPermission = errors.New("permission denied")
)

// errno is an operating-system error: Error() is Go's syscall text, and Is matches the
// portable errors above.
type errno struct {
	msg   string
	class int
}

func (e *errno) Error() string { return e.msg }

func (e *errno) Is(target error) bool {
	switch e.class {
	case 1:
		return target == ErrNotExist
	case 2:
		return target == ErrExist
	case 3:
		return target == ErrPermission
	}
	return false
}

func readFile(name string) (data []byte, op string, class int, msg string)
func writeFile(name string, data []byte, perm uint32) (class int, msg string)
func removeFile(name string) (class int, msg string)

// TempDir returns the default directory for temporary files ($TMPDIR or /tmp).
func TempDir() string

// ReadFile reads the whole named file.
func ReadFile(name string) ([]byte, error) {
	data, op, class, msg := readFile(name)
	if msg != "" {
		return nil, &PathError{Op: op, Path: name, Err: &errno{msg, class}}
	}
	return data, nil
}

// WriteFile writes data to the named file, creating it with permissions perm if needed
// and truncating it otherwise.
func WriteFile(name string, data []byte, perm FileMode) error {
	class, msg := writeFile(name, data, uint32(perm))
	if msg != "" {
		return &PathError{Op: "open", Path: name, Err: &errno{msg, class}}
	}
	return nil
}

// Remove removes the named file or empty directory.
func Remove(name string) error {
	class, msg := removeFile(name)
	if msg != "" {
		return &PathError{Op: "remove", Path: name, Err: &errno{msg, class}}
	}
	return nil
}
