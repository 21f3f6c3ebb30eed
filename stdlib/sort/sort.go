// Package sort is gomini's declaration of Go's sort package. gocheck
// reads it to learn the package's API; the functions are implemented
// natively by govm, so they are declared here without bodies.
//
// Not provided: Reverse, Find, SliceIsSorted, Float64sAreSorted,
// StringsAreSorted, SearchFloat64s, and the IntSlice, Float64Slice and
// StringSlice types.
package sort

type Interface interface {
	Len() int
	Less(i, j int) bool
	Swap(i, j int)
}

func Sort(data Interface)
func Stable(data Interface)
func IsSorted(data Interface) bool

func Ints(x []int)
func Strings(x []string)
func Float64s(x []float64)
func IntsAreSorted(x []int) bool

func Slice(x any, less func(i, j int) bool)
func SliceStable(x any, less func(i, j int) bool)

func Search(n int, f func(int) bool) int
func SearchInts(a []int, x int) int
func SearchStrings(a []string, x string) int
