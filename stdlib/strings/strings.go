// Package strings is gomini's declaration of Go's strings package. gocheck
// reads it to learn the package's API; the functions and methods are
// implemented natively by govm, so they are declared here without bodies.
//
// Not provided: Reader and NewReader, Replacer and NewReplacer, Title,
// ToTitle, the *Special and *Func variants other than Map (IndexFunc,
// LastIndexFunc, FieldsFunc, TrimFunc, TrimLeftFunc, TrimRightFunc,
// ToUpperSpecial, ...), SplitAfter, SplitAfterN, LastIndexAny,
// LastIndexByte, IndexAny, ContainsFunc, CutPrefix, CutSuffix, Clone,
// Compare, ToValidUTF8, and Builder's Cap method.
package strings

type Builder struct {
	impl int
}

func (b *Builder) String() string
func (b *Builder) Len() int
func (b *Builder) Reset()
func (b *Builder) Grow(n int)
func (b *Builder) Write(p []byte) (int, error)
func (b *Builder) WriteByte(c byte) error
func (b *Builder) WriteRune(r rune) (int, error)
func (b *Builder) WriteString(s string) (int, error)

func Contains(s, substr string) bool
func ContainsRune(s string, r rune) bool
func ContainsAny(s, chars string) bool
func HasPrefix(s, prefix string) bool
func HasSuffix(s, suffix string) bool
func Index(s, substr string) int
func IndexByte(s string, c byte) int
func IndexRune(s string, r rune) int
func LastIndex(s, substr string) int
func Count(s, substr string) int
func EqualFold(s, t string) bool

func Split(s, sep string) []string
func SplitN(s, sep string, n int) []string
func Fields(s string) []string
func Join(elems []string, sep string) string
func Cut(s, sep string) (before, after string, found bool)

func Repeat(s string, count int) string
func Replace(s, old, new string, n int) string
func ReplaceAll(s, old, new string) string
func Map(mapping func(rune) rune, s string) string
func ToUpper(s string) string
func ToLower(s string) string

func TrimSpace(s string) string
func Trim(s, cutset string) string
func TrimLeft(s, cutset string) string
func TrimRight(s, cutset string) string
func TrimPrefix(s, prefix string) string
func TrimSuffix(s, suffix string) string
