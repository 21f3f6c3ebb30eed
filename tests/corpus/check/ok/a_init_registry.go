// Several init functions filling a registry of function-typed values;
// package-level map initialised from a later-declared helper.
package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type Handler func(args []string) (string, error)

var registry = newRegistry()

func newRegistry() map[string]Handler { return make(map[string]Handler, initialSize) }

const initialSize = 8

var errUsage = errors.New("usage error")

func register(name string, h Handler) {
	if _, dup := registry[name]; dup {
		panic("duplicate handler " + name)
	}
	registry[name] = h
}

func init() {
	register("upper", func(args []string) (string, error) {
		return strings.ToUpper(strings.Join(args, " ")), nil
	})
}

func init() {
	register("count", func(args []string) (string, error) {
		return fmt.Sprint(len(args)), nil
	})
	register("first", func(args []string) (string, error) {
		if len(args) == 0 {
			return "", fmt.Errorf("first: %w", errUsage)
		}
		return args[0], nil
	})
}

func init() {
	register("rev", reverseWords)
}

func reverseWords(args []string) (string, error) {
	out := make([]string, len(args))
	for i, a := range args {
		out[len(args)-1-i] = a
	}
	return strings.Join(out, " "), nil
}

func run(line string) (string, error) {
	parts := strings.Fields(line)
	if len(parts) == 0 {
		return "", errUsage
	}
	h, ok := registry[parts[0]]
	if !ok {
		return "", fmt.Errorf("unknown command %q", parts[0])
	}
	return h(parts[1:])
}

func main() {
	names := make([]string, 0, len(registry))
	for n := range registry {
		names = append(names, n)
	}
	sort.Strings(names)
	fmt.Println("commands:", strings.Join(names, ","))
	for _, line := range []string{"upper hello world", "count a b c", "first", "rev one two three", "nope x", ""} {
		out, err := run(line)
		switch {
		case errors.Is(err, errUsage):
			fmt.Printf("%-20q usage problem: %v\n", line, err)
		case err != nil:
			fmt.Printf("%-20q error: %v\n", line, err)
		default:
			fmt.Printf("%-20q => %s\n", line, out)
		}
	}
}
