// Recursive closures declared with var before assignment: memoised
// Fibonacci, a tree walk, mutual recursion and a permutation generator.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type Node struct {
	Name     string
	Size     int
	Children []*Node
}

func main() {
	memo := map[int]uint64{}
	var fib func(int) uint64
	fib = func(n int) uint64 {
		if n < 2 {
			return uint64(n)
		}
		if v, ok := memo[n]; ok {
			return v
		}
		v := fib(n-1) + fib(n-2)
		memo[n] = v
		return v
	}
	fmt.Println(fib(10), fib(50), fib(90), len(memo))

	root := &Node{Name: "/", Children: []*Node{
		{Name: "bin", Size: 120, Children: []*Node{{Name: "sh", Size: 80}}},
		{Name: "etc", Children: []*Node{{Name: "hosts", Size: 2}, {Name: "passwd", Size: 3}}},
		{Name: "tmp"},
	}}
	var walk func(n *Node, depth int) int
	var lines []string
	walk = func(n *Node, depth int) int {
		total := n.Size
		for _, c := range n.Children {
			total += walk(c, depth+1)
		}
		lines = append(lines, fmt.Sprintf("%s%s %d", strings.Repeat("  ", depth), n.Name, total))
		return total
	}
	fmt.Println("total:", walk(root, 0))
	fmt.Println(strings.Join(lines, "\n"))

	var isEven, isOdd func(uint) bool
	isEven = func(n uint) bool {
		if n == 0 {
			return true
		}
		return isOdd(n - 1)
	}
	isOdd = func(n uint) bool {
		if n == 0 {
			return false
		}
		return isEven(n - 1)
	}
	fmt.Println(isEven(10), isOdd(7), isEven(3))

	var perms []string
	var permute func(prefix string, rest []rune)
	permute = func(prefix string, rest []rune) {
		if len(rest) == 0 {
			perms = append(perms, prefix)
			return
		}
		for i, r := range rest {
			next := make([]rune, 0, len(rest)-1)
			next = append(next, rest[:i]...)
			next = append(next, rest[i+1:]...)
			permute(prefix+string(r), next)
		}
	}
	permute("", []rune("cab"))
	sort.Strings(perms)
	fmt.Println(perms)

	var gcd func(a, b int) int
	gcd = func(a, b int) int {
		if b == 0 {
			return a
		}
		return gcd(b, a%b)
	}
	fmt.Println(gcd(1071, 462), gcd(17, 5))
}
