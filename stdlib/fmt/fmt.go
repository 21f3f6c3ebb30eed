// Package fmt is gomini's declaration of Go's fmt package. gocheck reads
// it to learn the package's API; the functions are implemented natively
// by govm, so they are declared here without bodies.
//
// Fprint, Fprintln and Fprintf write to an io.Writer (gomini's io
// declares just Reader, Writer and EOF); os.Stdout, os.Stderr, a
// *bufio.Writer and a *strings.Builder all satisfy it.
//
// Not provided: Scan, Scanln, Scanf, Fscan, Fscanln, Fscanf, Sscanln,
// Append, Appendf, Appendln, the State, Formatter, GoStringer, Scanner
// and ScanState interfaces, and FormatString.
package fmt

import "io"

type Stringer interface {
	String() string
}

func Print(a ...any) (n int, err error)
func Println(a ...any) (n int, err error)
func Printf(format string, a ...any) (n int, err error)

func Sprint(a ...any) string
func Sprintln(a ...any) string
func Sprintf(format string, a ...any) string

func Fprint(w io.Writer, a ...any) (n int, err error)
func Fprintln(w io.Writer, a ...any) (n int, err error)
func Fprintf(w io.Writer, format string, a ...any) (n int, err error)

func Errorf(format string, a ...any) error

func Sscan(str string, a ...any) (n int, err error)
func Sscanf(str string, format string, a ...any) (n int, err error)
