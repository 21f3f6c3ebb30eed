// Package fmt is gomini's declaration of Go's fmt package. gocheck reads
// it to learn the package's API; the functions are implemented natively
// by govm, so they are declared here without bodies.
//
// Fprint, Fprintln and Fprintf write to an io.Writer (gomini's io
// declares just Reader, Writer and EOF); os.Stdout, os.Stderr, a
// *bufio.Writer and a *strings.Builder all satisfy it. Fscan, Fscanln
// and Fscanf read from an io.Reader, such as os.Stdin, a *bufio.Reader
// or a *strings.Reader.
//
// Not provided: Append, Appendf, Appendln, the State, Formatter,
// GoStringer, Scanner and ScanState interfaces, and FormatString.
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

// Scan, Scanln and Scanf read os.Stdin, the Sscan forms a string and
// the Fscan forms an io.Reader, as Go's do. The operands are pointers to
// booleans, integers, floats, strings and []byte, or to named types of
// them; a type's own Scan method (fmt.Scanner) is not called.
func Scan(a ...any) (n int, err error)
func Scanln(a ...any) (n int, err error)
func Scanf(format string, a ...any) (n int, err error)

func Sscan(str string, a ...any) (n int, err error)
func Sscanln(str string, a ...any) (n int, err error)
func Sscanf(str string, format string, a ...any) (n int, err error)

func Fscan(r io.Reader, a ...any) (n int, err error)
func Fscanln(r io.Reader, a ...any) (n int, err error)
func Fscanf(r io.Reader, format string, a ...any) (n int, err error)
