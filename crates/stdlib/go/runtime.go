// Package runtime holds the types of runtime panics.
//
// errorString must stay the first type declared here: the VM creates values of it
// for runtime errors (index out of range, nil dereference...), holding the whole
// message ("runtime error: ..."). No natives.
package runtime

type errorString struct {
	s string
}

func (e errorString) Error() string { return e.s }

func (e errorString) RuntimeError() {}

// Error identifies a run time error.
type Error interface {
	error
	RuntimeError()
}

// GOOS and GOARCH describe the platform minigo emulates.
const (
	GOOS   = "linux"
	GOARCH = "amd64"
)
