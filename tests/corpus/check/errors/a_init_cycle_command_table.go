// The classic command table: the "help" entry lists the table it is part
// of, so the table's initializer depends on itself through showHelp. Go
// continues with "commands refers to showHelp" and "showHelp refers to
// commands". Go 1.19 worded the first line "initialization loop for".
package main

import (
	"fmt"
	"os"
	"sort"
)

var commands = map[string]func(args []string){ // ERROR col=5 "initialization cycle for commands"
	"help": showHelp,
	"version": func(args []string) {
		fmt.Println("tool v1.2")
	},
}

func showHelp(args []string) {
	names := []string{}
	for name := range commands {
		names = append(names, name)
	}
	sort.Strings(names)
	fmt.Println("commands:", names)
}

func main() {
	name := "help"
	if len(os.Args) > 1 {
		name = os.Args[1]
	}
	if cmd, ok := commands[name]; ok {
		cmd(os.Args)
	}
}
