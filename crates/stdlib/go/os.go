// Package os provides the process's arguments, exit, standard streams and file-system
// operations on paths (ReadFile, WriteFile, Mkdir, MkdirAll, MkdirTemp, Remove,
// RemoveAll, Rename, ReadDir, Stat, Lstat, Getwd, TempDir). Errors are *PathError
// (an alias of io/fs's) or *LinkError wrapping a syscall.Errno, as in Go on Linux, so
// IsNotExist, IsExist and errors.Is(err, ErrNotExist) work on them. The file-system
// functions are ported from Go's os package (BSD license).
//
// Natives: Exit, runtimeArgs (initialises Args from the command line), write and
// writeString (to file descriptor 1 or 2; stdout is buffered, stderr is not), read
// (from file descriptor 0), and one native per system call (readFile, writeFile,
// mkdir, unlink, rmdir, rename, stat, readDir, openCheck, getwd, TempDir, fastrand),
// each returning a raw error number (0 on success) that the Go code wraps as Go does.
package os

import (
	"errors"
	"internal/itoa"
	"io"
	"io/fs"
	"syscall"
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

func write(fd int, b []byte) int

func writeString(fd int, s string) int

// read reads into b from fd 0: the count, 0 at end of input, -1 on error.
func read(fd int, b []byte) int

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
		return 0, &PathError{"write", f.name, syscall.EBADF}
	}
	return write(f.fd, b), nil
}

// WriteString is like Write, but writes the contents of string s.
func (f *File) WriteString(s string) (n int, err error) {
	if f == nil {
		return 0, ErrInvalid
	}
	if f.fd != 1 && f.fd != 2 {
		return 0, &PathError{"write", f.name, syscall.EBADF}
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
		return 0, &PathError{"read", f.name, syscall.EBADF}
	}
	if len(b) == 0 {
		return 0, nil
	}
	n = read(f.fd, b)
	if n < 0 {
		return 0, &PathError{"read", f.name, syscall.EIO}
	}
	if n == 0 {
		return 0, io.EOF
	}
	return n, nil
}

// Portable errors, the same values as io/fs's: test with errors.Is.
var (
	ErrInvalid    = fs.ErrInvalid    // "invalid argument"
	ErrPermission = fs.ErrPermission // "permission denied"
	ErrExist      = fs.ErrExist      // "file already exists"
	ErrNotExist   = fs.ErrNotExist   // "file does not exist"
	ErrClosed     = fs.ErrClosed     // "file already closed"
)

// Types shared with io/fs.
type (
	PathError = fs.PathError
	FileInfo  = fs.FileInfo
	FileMode  = fs.FileMode
	DirEntry  = fs.DirEntry
)

// The defined file mode bits (see io/fs).
const (
	ModeDir        = fs.ModeDir
	ModeAppend     = fs.ModeAppend
	ModeExclusive  = fs.ModeExclusive
	ModeTemporary  = fs.ModeTemporary
	ModeSymlink    = fs.ModeSymlink
	ModeDevice     = fs.ModeDevice
	ModeNamedPipe  = fs.ModeNamedPipe
	ModeSocket     = fs.ModeSocket
	ModeSetuid     = fs.ModeSetuid
	ModeSetgid     = fs.ModeSetgid
	ModeCharDevice = fs.ModeCharDevice
	ModeSticky     = fs.ModeSticky
	ModeIrregular  = fs.ModeIrregular
	ModeType       = fs.ModeType
	ModePerm       = fs.ModePerm
)

const (
	PathSeparator     = '/' // OS-specific path separator
	PathListSeparator = ':' // OS-specific path list separator
)

// IsPathSeparator reports whether c is a directory separator character.
func IsPathSeparator(c uint8) bool {
	return PathSeparator == c
}

// LinkError records an error during a link or symlink or rename system call and the
// paths that caused it.
type LinkError struct {
	Op  string
	Old string
	New string
	Err error
}

func (e *LinkError) Error() string {
	return e.Op + " " + e.Old + " " + e.New + ": " + e.Err.Error()
}

func (e *LinkError) Unwrap() error {
	return e.Err
}

// SyscallError records an error from a specific system call.
type SyscallError struct {
	Syscall string
	Err     error
}

func (e *SyscallError) Error() string { return e.Syscall + ": " + e.Err.Error() }

func (e *SyscallError) Unwrap() error { return e.Err }

// NewSyscallError returns, as an error, a new SyscallError with the given system
// call name and error details. If err is nil, NewSyscallError returns nil.
func NewSyscallError(syscall string, err error) error {
	if err == nil {
		return nil
	}
	return &SyscallError{syscall, err}
}

// IsExist returns a boolean indicating whether the error is known to report that a
// file or directory already exists. It is satisfied by ErrExist as well as some
// syscall errors. This function predates errors.Is: it only supports errors returned
// by the os package.
func IsExist(err error) bool {
	return underlyingErrorIs(err, ErrExist)
}

// IsNotExist returns a boolean indicating whether the error is known to report that a
// file or directory does not exist. It is satisfied by ErrNotExist as well as some
// syscall errors.
func IsNotExist(err error) bool {
	return underlyingErrorIs(err, ErrNotExist)
}

// IsPermission returns a boolean indicating whether the error is known to report that
// permission is denied. It is satisfied by ErrPermission as well as some syscall
// errors.
func IsPermission(err error) bool {
	return underlyingErrorIs(err, ErrPermission)
}

func underlyingErrorIs(err, target error) bool {
	// Note that this function is not errors.Is: underlyingError only unwraps the
	// specific error-wrapping types that it historically did, not all errors
	// implementing Unwrap().
	err = underlyingError(err)
	if err == target {
		return true
	}
	// To preserve prior behavior, only examine syscall errors.
	e, ok := err.(syscall.Errno)
	return ok && e.Is(target)
}

// underlyingError returns the underlying error for known os error types.
func underlyingError(err error) error {
	switch err := err.(type) {
	case *PathError:
		return err.Err
	case *LinkError:
		return err.Err
	case *SyscallError:
		return err.Err
	}
	return err
}

// syscallMode returns the syscall-specific mode bits from Go's portable mode bits.
func syscallMode(i FileMode) (o uint32) {
	o |= uint32(i.Perm())
	if i&ModeSetuid != 0 {
		o |= syscall.S_ISUID
	}
	if i&ModeSetgid != 0 {
		o |= syscall.S_ISGID
	}
	if i&ModeSticky != 0 {
		o |= syscall.S_ISVTX
	}
	return
}

func readFile(name string) (data []byte, op string, errno int)
func writeFile(name string, data []byte, perm uint32) (op string, errno int)
func mkdir(name string, perm uint32) int
func unlink(name string) int
func rmdir(name string) int
func rename(oldname, newname string) int

// stat is stat(2) (lstat(2) when follow is false): the raw st_mode, size, device and
// inode numbers.
func stat(name string, follow bool) (mode uint32, size int64, dev uint64, ino uint64, errno int)

// readDir lists a directory, sorted by name, with the S_IFMT bits of each entry; op
// names the failing step ("open" or "readdirent").
func readDir(name string) (names []string, types []int, op string, errno int)

// openCheck opens name read-only and closes it again, for the error Open would give.
func openCheck(name string) int

func getwd() (dir string, errno int)

// fastrand returns a random number for temporary names.
func fastrand() uint32

// TempDir returns the default directory for temporary files ($TMPDIR or /tmp).
func TempDir() string

// ReadFile reads the named file and returns the contents. A successful call returns
// err == nil, not err == EOF.
func ReadFile(name string) ([]byte, error) {
	data, op, e := readFile(name)
	if e != 0 {
		return nil, &PathError{Op: op, Path: name, Err: syscall.Errno(e)}
	}
	return data, nil
}

// WriteFile writes data to the named file, creating it if necessary. If the file does
// not exist, WriteFile creates it with permissions perm (before umask); otherwise
// WriteFile truncates it before writing, without changing permissions.
func WriteFile(name string, data []byte, perm FileMode) error {
	op, e := writeFile(name, data, syscallMode(perm))
	if e != 0 {
		return &PathError{Op: op, Path: name, Err: syscall.Errno(e)}
	}
	return nil
}

// Mkdir creates a new directory with the specified name and permission bits (before
// umask). If there is an error, it will be of type *PathError.
func Mkdir(name string, perm FileMode) error {
	if e := mkdir(name, syscallMode(perm)); e != 0 {
		return &PathError{Op: "mkdir", Path: name, Err: syscall.Errno(e)}
	}
	return nil
}

// MkdirAll creates a directory named path, along with any necessary parents, and
// returns nil, or else returns an error. The permission bits perm (before umask) are
// used for all directories that MkdirAll creates. If path is already a directory,
// MkdirAll does nothing and returns nil.
func MkdirAll(path string, perm FileMode) error {
	// Fast path: if we can tell whether path is a directory or file, stop with success or error.
	dir, err := Stat(path)
	if err == nil {
		if dir.IsDir() {
			return nil
		}
		return &PathError{Op: "mkdir", Path: path, Err: syscall.ENOTDIR}
	}

	// Slow path: make sure parent exists and then call Mkdir for path.
	i := len(path)
	for i > 0 && IsPathSeparator(path[i-1]) { // Skip trailing path separator.
		i--
	}

	j := i
	for j > 0 && !IsPathSeparator(path[j-1]) { // Scan backward over element.
		j--
	}

	if j > 1 {
		// Create parent.
		err = MkdirAll(path[:j-1], perm)
		if err != nil {
			return err
		}
	}

	// Parent now exists; invoke Mkdir and use its result.
	err = Mkdir(path, perm)
	if err != nil {
		// Handle arguments like "foo/." by
		// double-checking that directory doesn't exist.
		dir, err1 := Lstat(path)
		if err1 == nil && dir.IsDir() {
			return nil
		}
		return err
	}
	return nil
}

// Remove removes the named file or (empty) directory. If there is an error, it will
// be of type *PathError.
func Remove(name string) error {
	// System call interface forces us to know whether name is a file or directory.
	// Try both: it is cheaper on average than doing a Stat plus the right one.
	e := unlink(name)
	if e == 0 {
		return nil
	}
	e1 := rmdir(name)
	if e1 == 0 {
		return nil
	}

	// Both failed: figure out which error to return. OS X and Linux differ on whether
	// unlink(dir) returns EISDIR, so can't use that. However, both agree that rmdir(file)
	// returns ENOTDIR, so we can use that to decide which error is real. Rmdir might
	// also return ENOTDIR if given a bad file path, like /etc/passwd/foo, but in that
	// case, both errors will be ENOTDIR, so it's okay to use the error from unlink.
	if syscall.Errno(e1) != syscall.ENOTDIR {
		e = e1
	}
	return &PathError{Op: "remove", Path: name, Err: syscall.Errno(e)}
}

// RemoveAll removes path and any children it contains. It removes everything it can
// but returns the first error it encounters. If the path does not exist, RemoveAll
// returns nil (no error). If there is an error, it will be of type *PathError.
func RemoveAll(path string) error {
	if path == "" {
		// fail silently to retain compatibility with previous behavior of RemoveAll.
		return nil
	}

	// The rmdir system call does not permit removing ".", so we don't permit it either.
	if endsWithDot(path) {
		return &PathError{Op: "RemoveAll", Path: path, Err: syscall.EINVAL}
	}

	// Simple case: if Remove works, we're done.
	err := Remove(path)
	if err == nil || IsNotExist(err) {
		return nil
	}

	// RemoveAll recurses by deleting the path base from its parent directory.
	parentDir, base := splitPath(path)

	if e := openCheck(parentDir); e != 0 {
		if syscall.Errno(e) == syscall.ENOENT {
			return nil
		}
		return &PathError{Op: "open", Path: parentDir, Err: syscall.Errno(e)}
	}

	if err := removeAllFrom(parentDir, base); err != nil {
		if pathErr, ok := err.(*PathError); ok {
			pathErr.Path = parentDir + string(PathSeparator) + pathErr.Path
			err = pathErr
		}
		return err
	}
	return nil
}

// removeAllFrom removes base inside directory parent, as Go's unlinkat-based version
// does (with paths instead of directory descriptors), reporting the same operations.
func removeAllFrom(parent, base string) error {
	full := parent + string(PathSeparator) + base
	e := syscall.Errno(unlink(full))
	if e == 0 || e == syscall.ENOENT {
		return nil
	}

	// EISDIR means that we have a directory, and we need to remove its contents.
	// EPERM or EACCES means that we don't have write permission on the parent
	// directory, but this entry might still be a directory whose contents need to be
	// removed. Otherwise just return the error.
	if e != syscall.EISDIR && e != syscall.EPERM && e != syscall.EACCES {
		return &PathError{Op: "unlinkat", Path: base, Err: e}
	}

	// Is this a directory we need to recurse into?
	mode, _, _, _, statErr := stat(full, false)
	if statErr != 0 {
		if syscall.Errno(statErr) == syscall.ENOENT {
			return nil
		}
		return &PathError{Op: "fstatat", Path: base, Err: syscall.Errno(statErr)}
	}
	if mode&syscall.S_IFMT != syscall.S_IFDIR {
		// Not a directory; return the error from the unlink.
		return &PathError{Op: "unlinkat", Path: base, Err: e}
	}

	// Remove the directory's entries.
	var recurseErr error
	names, _, op, re := readDir(full)
	if re != 0 {
		if syscall.Errno(re) == syscall.ENOENT {
			return nil
		}
		if op != "open" {
			return &PathError{Op: "readdirnames", Path: base, Err: syscall.Errno(re)}
		}
		recurseErr = &PathError{Op: "openfdat", Path: base, Err: syscall.Errno(re)}
	}
	for _, name := range names {
		err := removeAllFrom(full, name)
		if err != nil {
			if pathErr, ok := err.(*PathError); ok {
				pathErr.Path = base + string(PathSeparator) + pathErr.Path
			}
			if recurseErr == nil {
				recurseErr = err
			}
		}
	}

	// Remove the directory itself.
	unlinkError := syscall.Errno(rmdir(full))
	if unlinkError == 0 || unlinkError == syscall.ENOENT {
		return nil
	}

	if recurseErr != nil {
		return recurseErr
	}
	return &PathError{Op: "unlinkat", Path: base, Err: unlinkError}
}

// endsWithDot reports whether the final component of path is ".".
func endsWithDot(path string) bool {
	if path == "." {
		return true
	}
	if len(path) >= 2 && path[len(path)-1] == '.' && IsPathSeparator(path[len(path)-2]) {
		return true
	}
	return false
}

// splitPath returns the base name and parent directory.
func splitPath(path string) (string, string) {
	// if no better parent is found, the path is relative from "here"
	dirname := "."

	// Remove all but one leading slash.
	for len(path) > 1 && path[0] == '/' && path[1] == '/' {
		path = path[1:]
	}

	i := len(path) - 1

	// Remove trailing slashes.
	for ; i > 0 && path[i] == '/'; i-- {
		path = path[:i]
	}

	// if no slashes in path, base is path
	basename := path

	// Remove leading directory path
	for i--; i >= 0; i-- {
		if path[i] == '/' {
			if i == 0 {
				dirname = path[:1]
			} else {
				dirname = path[:i]
			}
			basename = path[i+1:]
			break
		}
	}

	return dirname, basename
}

// Rename renames (moves) oldpath to newpath. If newpath already exists and is not a
// directory, Rename replaces it. If there is an error, it will be of type *LinkError.
func Rename(oldpath, newpath string) error {
	fi, err := Lstat(newpath)
	if err == nil && fi.IsDir() {
		// There are two independent errors this function can return: one for a bad
		// oldname, and one for a bad newname. At this point we've determined the
		// newname is bad. But just in case oldname is also bad, prioritize returning
		// the oldname error because that's what Go did historically.
		if ofi, err := Lstat(oldpath); err != nil {
			if pe, ok := err.(*PathError); ok {
				err = pe.Err
			}
			return &LinkError{"rename", oldpath, newpath, err}
		} else if newpath == oldpath || !SameFile(fi, ofi) {
			return &LinkError{"rename", oldpath, newpath, syscall.EEXIST}
		}
	}
	if e := rename(oldpath, newpath); e != 0 {
		return &LinkError{"rename", oldpath, newpath, syscall.Errno(e)}
	}
	return nil
}

// A fileStat is the implementation of FileInfo returned by Stat and Lstat.
type fileStat struct {
	name string
	size int64
	mode FileMode
	dev  uint64
	ino  uint64
}

func (fs *fileStat) Name() string   { return fs.name }
func (fs *fileStat) IsDir() bool    { return fs.Mode().IsDir() }
func (fs *fileStat) Size() int64    { return fs.size }
func (fs *fileStat) Mode() FileMode { return fs.mode }
func (fs *fileStat) Sys() any       { return nil }

// SameFile reports whether fi1 and fi2 describe the same file (same device and inode).
// It only applies to results returned by this package's Stat and Lstat.
func SameFile(fi1, fi2 FileInfo) bool {
	fs1, ok1 := fi1.(*fileStat)
	fs2, ok2 := fi2.(*fileStat)
	if !ok1 || !ok2 {
		return false
	}
	return fs1.dev == fs2.dev && fs1.ino == fs2.ino
}

// modeFromSys converts a raw st_mode to a FileMode, as Go's fillFileStatFromSys does.
func modeFromSys(m uint32) FileMode {
	mode := FileMode(m & 0777)
	switch m & syscall.S_IFMT {
	case syscall.S_IFBLK:
		mode |= ModeDevice
	case syscall.S_IFCHR:
		mode |= ModeDevice | ModeCharDevice
	case syscall.S_IFDIR:
		mode |= ModeDir
	case syscall.S_IFIFO:
		mode |= ModeNamedPipe
	case syscall.S_IFLNK:
		mode |= ModeSymlink
	case syscall.S_IFREG:
		// nothing to do
	case syscall.S_IFSOCK:
		mode |= ModeSocket
	}
	if m&syscall.S_ISGID != 0 {
		mode |= ModeSetgid
	}
	if m&syscall.S_ISUID != 0 {
		mode |= ModeSetuid
	}
	if m&syscall.S_ISVTX != 0 {
		mode |= ModeSticky
	}
	return mode
}

func statOp(op, name string, follow bool) (FileInfo, error) {
	mode, size, dev, ino, e := stat(name, follow)
	if e != 0 {
		return nil, &PathError{Op: op, Path: name, Err: syscall.Errno(e)}
	}
	return &fileStat{name: basename(name), size: size, mode: modeFromSys(mode), dev: dev, ino: ino}, nil
}

// Stat returns a FileInfo describing the named file. If there is an error, it will be
// of type *PathError.
func Stat(name string) (FileInfo, error) {
	return statOp("stat", name, true)
}

// Lstat returns a FileInfo describing the named file. If the file is a symbolic link,
// the returned FileInfo describes the symbolic link. Lstat makes no attempt to follow
// the link. If there is an error, it will be of type *PathError.
func Lstat(name string) (FileInfo, error) {
	return statOp("lstat", name, false)
}

// basename removes trailing slashes and the leading directory name from path name.
func basename(name string) string {
	i := len(name) - 1
	// Remove trailing slashes
	for ; i > 0 && name[i] == '/'; i-- {
		name = name[:i]
	}
	// Remove leading directory name
	for i--; i >= 0; i-- {
		if name[i] == '/' {
			name = name[i+1:]
			break
		}
	}
	return name
}

// unixDirent is a DirEntry read from a directory.
type unixDirent struct {
	parent string
	name   string
	typ    FileMode
}

func (d *unixDirent) Name() string   { return d.name }
func (d *unixDirent) IsDir() bool    { return d.typ.IsDir() }
func (d *unixDirent) Type() FileMode { return d.typ }

func (d *unixDirent) Info() (FileInfo, error) {
	return Lstat(d.parent + "/" + d.name)
}

func (d *unixDirent) String() string {
	return fs.FormatDirEntry(d)
}

// ReadDir reads the named directory, returning all its directory entries sorted by
// filename. If an error occurs reading the directory, ReadDir returns the entries it
// was able to read before the error, along with the error.
func ReadDir(name string) ([]DirEntry, error) {
	names, types, op, e := readDir(name)
	if e != 0 {
		err := &PathError{Op: op, Path: name, Err: syscall.Errno(e)}
		if op == "open" {
			return nil, err
		}
		return []DirEntry{}, err
	}
	dirs := make([]DirEntry, len(names))
	for i, n := range names {
		dirs[i] = &unixDirent{parent: name, name: n, typ: modeFromSys(uint32(types[i])).Type()}
	}
	return dirs, nil
}

// MkdirTemp creates a new temporary directory in the directory dir and returns the
// pathname of the new directory. The new directory's name is generated by adding a
// random string to the end of pattern. If pattern includes a "*", the random string
// replaces the last "*" instead. If dir is the empty string, MkdirTemp uses the
// default directory for temporary files, as returned by TempDir. It is the caller's
// responsibility to remove the directory when it is no longer needed.
func MkdirTemp(dir, pattern string) (string, error) {
	if dir == "" {
		dir = TempDir()
	}

	prefix, suffix, err := prefixAndSuffix(pattern)
	if err != nil {
		return "", &PathError{Op: "mkdirtemp", Path: pattern, Err: err}
	}
	prefix = joinPath(dir, prefix)

	try := 0
	for {
		name := prefix + itoa.Uitoa(uint(fastrand())) + suffix
		err := Mkdir(name, 0700)
		if err == nil {
			return name, nil
		}
		if IsExist(err) {
			if try++; try < 10000 {
				continue
			}
			return "", &PathError{Op: "mkdirtemp", Path: dir + string(PathSeparator) + prefix + "*" + suffix, Err: ErrExist}
		}
		if IsNotExist(err) {
			if _, err := Stat(dir); IsNotExist(err) {
				return "", err
			}
		}
		return "", err
	}
}

var errPatternHasSeparator = errors.New("pattern contains path separator")

// prefixAndSuffix splits pattern by the last wildcard "*", if applicable, returning
// prefix as the part before "*" and suffix as the part after "*".
func prefixAndSuffix(pattern string) (prefix, suffix string, err error) {
	for i := 0; i < len(pattern); i++ {
		if IsPathSeparator(pattern[i]) {
			return "", "", errPatternHasSeparator
		}
	}
	if pos := lastIndex(pattern, '*'); pos != -1 {
		prefix, suffix = pattern[:pos], pattern[pos+1:]
	} else {
		prefix = pattern
	}
	return prefix, suffix, nil
}

func joinPath(dir, name string) string {
	if len(dir) > 0 && IsPathSeparator(dir[len(dir)-1]) {
		return dir + name
	}
	return dir + string(PathSeparator) + name
}

// lastIndex is LastIndexByte from the strings package.
func lastIndex(s string, sep byte) int {
	for i := len(s) - 1; i >= 0; i-- {
		if s[i] == sep {
			return i
		}
	}
	return -1
}

// Getwd returns a rooted path name corresponding to the current directory ($PWD when
// it names the current directory, as in Go).
func Getwd() (dir string, err error) {
	dir, e := getwd()
	if e != 0 {
		return "", NewSyscallError("getwd", syscall.Errno(e))
	}
	return dir, nil
}
