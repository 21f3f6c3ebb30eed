// Package math is gomini's declaration of Go's math package. gocheck
// reads it to learn the package's API; the functions are implemented
// natively by govm, so they are declared here without bodies. The
// constants are Go's own, with Go's exact values.
//
// Not provided: Acos, Acosh, Asin, Asinh, Atanh, Cosh, Sinh, Tanh,
// Copysign, Signbit, Dim, Erf, Erfc, Erfinv, Erfcinv, Exp2, Expm1, Log1p,
// Logb, Ilogb, FMA, Frexp, Ldexp, Gamma, Lgamma, J0, J1, Jn, Y0, Y1, Yn,
// Modf, Nextafter, Nextafter32, Pow10, Remainder, RoundToEven and Sincos.
package math

// The constants have Go's values: exact untyped constants, with the
// float limits written as hexadecimal floats and the integer limits for
// gomini's 64-bit int and uint.
const (
	E       = 2.71828182845904523536028747135266249775724709369995957496696763
	Pi      = 3.14159265358979323846264338327950288419716939937510582097494459
	Phi     = 1.61803398874989484820458683436563811772030917980576286213544862
	Sqrt2   = 1.41421356237309504880168872420969807856967187537694807317667974
	SqrtE   = 1.64872127070012814684865078781416357165377610071014801157507931
	SqrtPi  = 1.77245385090551602729816748334114518279754945612238712821380779
	SqrtPhi = 1.27201964951406896425242246173749149171560804184009624861664038
	Ln2     = 0.693147180559945309417232121458176568075500134360255254120680009
	Ln10    = 2.30258509299404568401799145468436420760110148862877297603332790
	Log2E   = 1 / Ln2
	Log10E  = 1 / Ln10
)

const (
	MaxFloat32             = 0x1.fffffep127
	SmallestNonzeroFloat32 = 0x1p-149
	MaxFloat64             = 0x1.fffffffffffffp1023
	SmallestNonzeroFloat64 = 0x1p-1074
)

const (
	MaxInt    = 1<<63 - 1
	MinInt    = -1 << 63
	MaxInt8   = 1<<7 - 1
	MinInt8   = -1 << 7
	MaxInt16  = 1<<15 - 1
	MinInt16  = -1 << 15
	MaxInt32  = 1<<31 - 1
	MinInt32  = -1 << 31
	MaxInt64  = 1<<63 - 1
	MinInt64  = -1 << 63
	MaxUint   = 1<<64 - 1
	MaxUint8  = 1<<8 - 1
	MaxUint16 = 1<<16 - 1
	MaxUint32 = 1<<32 - 1
	MaxUint64 = 1<<64 - 1
)

func Abs(x float64) float64
func Sqrt(x float64) float64
func Cbrt(x float64) float64
func Pow(x, y float64) float64
func Exp(x float64) float64
func Log(x float64) float64
func Log2(x float64) float64
func Log10(x float64) float64
func Floor(x float64) float64
func Ceil(x float64) float64
func Trunc(x float64) float64
func Round(x float64) float64
func Mod(x, y float64) float64
func Max(x, y float64) float64
func Min(x, y float64) float64
func Hypot(p, q float64) float64

func Inf(sign int) float64
func Float64bits(f float64) uint64
func Float64frombits(b uint64) float64
func Float32bits(f float32) uint32
func Float32frombits(b uint32) float32
func IsInf(f float64, sign int) bool
func IsNaN(f float64) (is bool)
func NaN() float64

func Sin(x float64) float64
func Cos(x float64) float64
func Tan(x float64) float64
func Atan(x float64) float64
func Atan2(y, x float64) float64
