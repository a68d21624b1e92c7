// Package errors implements functions to manipulate errors.
//
// Written in Go except the natives comparable (whether an error's dynamic type
// supports ==), asTarget (the assignability check and store of errors.As) and
// targetKind (validates As's target).
package errors

type errorString struct {
	s string
}

func (e *errorString) Error() string { return e.s }

// New returns an error that formats as the given text. Each call to New returns a
// distinct error value even if the text is identical.
func New(text string) error {
	return &errorString{text}
}

// ErrUnsupported indicates that a requested operation cannot be performed.
var ErrUnsupported = New("unsupported operation")

type unwrapper interface {
	Unwrap() error
}

type multiUnwrapper interface {
	Unwrap() []error
}

type iser interface {
	Is(error) bool
}

type aser interface {
	As(any) bool
}

// Unwrap returns the result of calling the Unwrap method on err, if err's type
// contains an Unwrap method returning error. Otherwise, Unwrap returns nil.
func Unwrap(err error) error {
	u, ok := err.(unwrapper)
	if !ok {
		return nil
	}
	return u.Unwrap()
}

// comparable reports whether the dynamic type of v supports ==.
func comparable(v any) bool

// Is reports whether any error in err's tree matches target.
func Is(err, target error) bool {
	if err == nil || target == nil {
		return err == target
	}
	return is(err, target, comparable(target))
}

func is(err, target error, targetComparable bool) bool {
	for {
		if targetComparable && err == target {
			return true
		}
		if x, ok := err.(iser); ok && x.Is(target) {
			return true
		}
		if x, ok := err.(unwrapper); ok {
			err = x.Unwrap()
			if err == nil {
				return false
			}
		} else if x, ok := err.(multiUnwrapper); ok {
			for _, err := range x.Unwrap() {
				if is(err, target, targetComparable) {
					return true
				}
			}
			return false
		} else {
			return false
		}
	}
}

// targetKind classifies As's target: 0 valid, 1 not a non-nil pointer, 2 the
// pointee is neither an interface nor implements error.
func targetKind(target any) int

// asTarget stores err in *target and reports true if err's dynamic type is
// assignable to target's element type.
func asTarget(err error, target any) bool

// As finds the first error in err's tree that matches target, and if one is found,
// sets target to that error value and returns true. Otherwise, it returns false.
func As(err error, target any) bool {
	if err == nil {
		return false
	}
	if target == nil {
		panic("errors: target cannot be nil")
	}
	switch targetKind(target) {
	case 1:
		panic("errors: target must be a non-nil pointer")
	case 2:
		panic("errors: *target must be interface or implement error")
	}
	return as(err, target)
}

func as(err error, target any) bool {
	for {
		if asTarget(err, target) {
			return true
		}
		if x, ok := err.(aser); ok && x.As(target) {
			return true
		}
		if x, ok := err.(unwrapper); ok {
			err = x.Unwrap()
			if err == nil {
				return false
			}
		} else if x, ok := err.(multiUnwrapper); ok {
			for _, err := range x.Unwrap() {
				if err == nil {
					continue
				}
				if as(err, target) {
					return true
				}
			}
			return false
		} else {
			return false
		}
	}
}

// Join returns an error that wraps the given errors, discarding nil ones; nil if
// every one is nil. Its text is the texts of the errors separated by newlines.
func Join(errs ...error) error {
	n := 0
	for _, err := range errs {
		if err != nil {
			n++
		}
	}
	if n == 0 {
		return nil
	}
	e := &joinError{errs: make([]error, 0, n)}
	for _, err := range errs {
		if err != nil {
			e.errs = append(e.errs, err)
		}
	}
	return e
}

type joinError struct {
	errs []error
}

func (e *joinError) Error() string {
	if len(e.errs) == 1 {
		return e.errs[0].Error()
	}
	b := []byte(e.errs[0].Error())
	for _, err := range e.errs[1:] {
		b = append(b, '\n')
		b = append(b, err.Error()...)
	}
	return string(b)
}

func (e *joinError) Unwrap() []error {
	return e.errs
}
