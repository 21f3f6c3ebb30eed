// Package-level names declared twice: a constant later redeclared as a
// variable, and a type whose name is reused for a constructor function.
// After each message Go prints "\tFILE:LINE:COL: other declaration of
// NAME", pointing at the first declaration.
package main

import "fmt"

const maxRetries = 3

type Config struct {
	Host    string
	Retries int
}

var maxRetries = 5 // ERROR col=5 "maxRetries redeclared in this block"

func Config(host string) *Config { // ERROR col=6 "Config redeclared in this block"
	return nil
}

func describe(c Config) string {
	return fmt.Sprintf("%s (retries: %d)", c.Host, c.Retries)
}

func main() {
	c := Config{Host: "db.local", Retries: maxRetries}
	fmt.Println(describe(c))
}
