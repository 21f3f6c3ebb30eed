// Every standard library package gomini ships, used together, for
// gocheck.bats: the program must type-check against their export data.
package main

import (
	"bufio"
	"errors"
	"fmt"
	"math"
	"os"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

const big = math.MaxInt64
const tau = 2 * math.Pi

func main() {
	start := time.Now()
	words := strings.Fields("b a c")
	sort.Strings(words)
	n, err := strconv.Atoi("42")
	if err != nil {
		fmt.Println(err)
		os.Exit(1)
	}
	e := errors.New("boom")
	w := bufio.NewWriter(os.Stdout)
	fmt.Fprintf(w, "%v %d %s %d\n", words, n, e, utf8.RuneCountInString("héllo"))
	w.Flush()
	var f float64 = tau * math.Sqrt(2)
	var u uint64 = big
	fmt.Println(unicode.IsUpper('A'), f, u, time.Since(start) < time.Second)
}
