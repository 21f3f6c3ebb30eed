// nil returned for results that cannot be nil: a string, an int and a
// struct value.
package main

import (
	"fmt"
	"strings"
)

type Config struct {
	Host string
	Port int
}

func field(line, key string) string {
	if !strings.HasPrefix(line, key+"=") {
		return nil // ERROR col=10 "cannot use nil as string value in return statement"
	}
	return strings.TrimPrefix(line, key+"=")
}

func port(c *Config) int {
	if c == nil {
		return nil // ERROR col=10 "cannot use nil as int value in return statement"
	}
	return c.Port
}

func load(src string) (Config, error) {
	if src == "" {
		return nil, fmt.Errorf("empty config") // ERROR col=10 "cannot use nil as Config value in return statement"
	}
	return Config{Host: field(src, "host"), Port: 80}, nil
}

func main() {
	c, err := load("host=example.org")
	fmt.Println(c, err, port(&c))
}
