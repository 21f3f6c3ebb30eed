// Package unicode is gomini's declaration of Go's unicode package. gocheck
// reads it to learn the package's API; the functions are implemented
// natively by govm (over common/unicode.h's Unicode 15.0.0 tables), so
// they are declared here without bodies. The constants are Go's own,
// with Go's exact values.
//
// Not provided: the range tables (RangeTable, Range16, Range32, Latin,
// Greek, Han, Letter, Digit, ... and the Categories, Scripts and
// Properties maps), Is, In, IsOneOf, CaseRange, SpecialCase, TurkishCase,
// To, UpperCase, LowerCase, TitleCase, MaxCase and Version.
package unicode

const (
	MaxRune         = '\U0010FFFF'
	ReplacementChar = '\uFFFD'
	MaxASCII        = '\u007F'
	MaxLatin1       = '\u00FF'
)

func IsLetter(r rune) bool
func IsDigit(r rune) bool
func IsNumber(r rune) bool
func IsSpace(r rune) bool
func IsUpper(r rune) bool
func IsLower(r rune) bool
func IsTitle(r rune) bool
func IsPunct(r rune) bool
func IsSymbol(r rune) bool
func IsMark(r rune) bool
func IsControl(r rune) bool
func IsPrint(r rune) bool
func IsGraphic(r rune) bool
func ToUpper(r rune) rune
func ToLower(r rune) rune
func ToTitle(r rune) rune
func SimpleFold(r rune) rune
