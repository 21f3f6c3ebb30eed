// Package errors is gomini's declaration of Go's errors package. gocheck
// reads it to learn the package's API; the functions are implemented
// natively by govm, so they are declared here without bodies.
//
// Everything of Go's package (as of Go 1.20: New, Is, As, Unwrap, Join)
// is provided; ErrUnsupported (Go 1.21) is not.
package errors

func New(text string) error
func Is(err, target error) bool
func As(err error, target any) bool
func Unwrap(err error) error
func Join(errs ...error) error
