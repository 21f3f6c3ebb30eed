// vm.Run as a plugin host: the program runs its own bytecode file again
// (os.Args[0]) in isolated VMs, one per "plugin", and collects what each
// printed and how it ended.  The expected output was worked out by hand:
// Go has no vm package.
package main

import (
	"errors"
	"fmt"
	"os"
	"sort"
	"strings"
	"vm"
)

type Report struct {
	Name  string
	Lines []string
	Err   error
}

// counter shows that a plugin's globals are its own.
var counter int

func child(mode string, args []string) {
	counter += 100
	switch mode {
	case "upper":
		fmt.Println(strings.ToUpper(strings.Join(args, " ")))
	case "count":
		counts := map[string]int{}
		for _, a := range args {
			counts[a]++
		}
		keys := make([]string, 0, len(counts))
		for k := range counts {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			fmt.Printf("%s=%d\n", k, counts[k])
		}
	case "fail":
		fmt.Println("partial output")
		panic(errors.New("plugin failed"))
	case "exit":
		fmt.Print("bye")
		os.Exit(3)
	}
}

func runPlugin(self, name string, args ...string) Report {
	out, err := vm.Run(self, append([]string{name}, args...)...)
	r := Report{Name: name, Err: err}
	for _, l := range strings.Split(strings.TrimRight(out, "\n"), "\n") {
		if l != "" {
			r.Lines = append(r.Lines, l)
		}
	}
	return r
}

func main() {
	if len(os.Args) > 1 {
		child(os.Args[1], os.Args[2:])
		return
	}
	self := os.Args[0]
	reports := []Report{
		runPlugin(self, "upper", "hello", "plugin"),
		runPlugin(self, "count", "b", "a", "b", "c", "b"),
		runPlugin(self, "fail"),
		runPlugin(self, "exit"),
	}
	counter++
	for _, r := range reports {
		status := "ok"
		if r.Err != nil {
			status = "error: " + r.Err.Error()
		}
		fmt.Printf("%-6s %d lines, %s\n", r.Name, len(r.Lines), status)
		for _, l := range r.Lines {
			fmt.Println("  |", l)
		}
	}
	_, err := vm.Run("no/such/plugin.json")
	fmt.Println(err != nil, strings.HasPrefix(err.Error(), "vm.Run: "))
	fmt.Println("globals are not shared:", counter)
}
