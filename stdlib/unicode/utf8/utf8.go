// Package utf8 is gomini's declaration of Go's unicode/utf8 package.
// gocheck reads it to learn the package's API; the functions are
// implemented natively by govm, so they are declared here without bodies.
// The constants are Go's own, with Go's exact values.
//
// Everything of Go's package is provided.
package utf8

const (
	RuneError = '\uFFFD'
	RuneSelf  = 0x80
	MaxRune   = '\U0010FFFF'
	UTFMax    = 4
)

func RuneLen(r rune) int
func RuneCount(p []byte) int
func RuneCountInString(s string) (n int)
func RuneStart(b byte) bool
func FullRune(p []byte) bool
func FullRuneInString(s string) bool
func DecodeRune(p []byte) (r rune, size int)
func DecodeRuneInString(s string) (r rune, size int)
func DecodeLastRune(p []byte) (r rune, size int)
func DecodeLastRuneInString(s string) (r rune, size int)
func EncodeRune(p []byte, r rune) int
func AppendRune(p []byte, r rune) []byte
func Valid(p []byte) bool
func ValidString(s string) bool
func ValidRune(r rune) bool
