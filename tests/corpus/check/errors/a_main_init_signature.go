// A main that takes the command-line arguments as a parameter, the way
// C does, and an init that returns an error. Neither may have
// parameters or results.
package main

import (
	"errors"
	"fmt"
	"os"
)

var configPath string

func init() error { // ERROR col=6 "func init must have no arguments and no return values"
	configPath = os.Getenv("APP_CONFIG")
	if configPath == "" {
		return errors.New("APP_CONFIG not set")
	}
	return nil
}

func main(args []string) { // ERROR col=6 "func main must have no arguments and no return values"
	fmt.Println("config:", configPath)
	for i, a := range args {
		fmt.Println(i, a)
	}
}
