// Package strconv is gomini's declaration of Go's strconv package. gocheck
// reads it to learn the package's API; the functions are implemented
// natively by govm, so they are declared here without bodies.
//
// Not provided: ParseComplex, FormatComplex, AppendUint, AppendFloat,
// AppendBool, AppendQuote, AppendQuoteRune, AppendQuoteToASCII,
// AppendQuoteRuneToASCII, AppendQuoteToGraphic, QuoteToASCII,
// QuoteToGraphic, QuoteRuneToASCII, QuoteRuneToGraphic, QuotedPrefix,
// UnquoteChar, CanBackquote, IsPrint and IsGraphic.
package strconv

const IntSize = 64

var ErrRange error

var ErrSyntax error

type NumError struct {
	Func string
	Num  string
	Err  error
}

func (e *NumError) Error() string
func (e *NumError) Unwrap() error

func Itoa(i int) string
func Atoi(s string) (int, error)

func ParseInt(s string, base int, bitSize int) (i int64, err error)
func ParseUint(s string, base int, bitSize int) (uint64, error)
func ParseFloat(s string, bitSize int) (float64, error)
func ParseBool(str string) (bool, error)

func FormatInt(i int64, base int) string
func FormatUint(i uint64, base int) string
func FormatFloat(f float64, fmt byte, prec, bitSize int) string
func FormatBool(b bool) string

func Quote(s string) string
func QuoteRune(r rune) string
func Unquote(s string) (string, error)

func AppendInt(dst []byte, i int64, base int) []byte
