// Package runtime holds the types of runtime panics.
//
// errorString must stay the first type declared here: the VM creates values of it
// for runtime errors (index out of range, nil dereference...), holding the whole
// message ("runtime error: ..."). Natives (crates/vm/src/sched.rs): NumCPU,
// GOMAXPROCS, NumGoroutine, Gosched, Goexit.
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

// NumCPU returns the number of logical CPUs usable by the current process.
func NumCPU() int

// GOMAXPROCS sets the maximum number of CPUs executing simultaneously and returns the
// previous setting; n < 1 leaves it unchanged.
func GOMAXPROCS(n int) int

// NumGoroutine returns the number of goroutines that currently exist.
func NumGoroutine() int

// Gosched yields the processor, allowing other goroutines to run.
func Gosched()

// Goexit terminates the goroutine that calls it, after running its deferred calls.
// Calling Goexit from the main goroutine terminates it without func main returning;
// the program continues with the other goroutines and crashes if all of them exit.
func Goexit()
