// os.WriteFile and os.ReadFile round trip, os.Executable, and error
// handling with an exit code written to stderr.
package main

import (
	"fmt"
	"os"
	"strconv"
	"strings"
)

type Config map[string]string

func (c Config) Encode() []byte {
	var b strings.Builder
	for _, k := range []string{"name", "port", "debug"} {
		if v, ok := c[k]; ok {
			fmt.Fprintf(&b, "%s=%s\n", k, v)
		}
	}
	return []byte(b.String())
}

func decode(data []byte) (Config, error) {
	c := Config{}
	for i, line := range strings.Split(strings.TrimSpace(string(data)), "\n") {
		k, v, ok := strings.Cut(line, "=")
		if !ok {
			return nil, fmt.Errorf("line %d: no '='", i+1)
		}
		c[k] = v
	}
	return c, nil
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "error:", err)
	os.Exit(2)
}

func main() {
	dir := os.Getenv("TMPDIR")
	if dir == "" {
		dir = "/tmp"
	}
	path := dir + "/gomini-config.txt"
	c := Config{"name": "demo", "port": "8080"}
	if err := os.WriteFile(path, c.Encode(), 0o644); err != nil {
		fail(err)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		fail(err)
	}
	back, err := decode(data)
	if err != nil {
		fail(err)
	}
	port, _ := strconv.Atoi(back["port"])
	fmt.Println(back["name"], port+1, len(back))
	if exe, err := os.Executable(); err == nil {
		fmt.Println(len(exe) > 0)
	}
	if _, err := os.ReadFile(path + ".missing"); err != nil {
		fmt.Println("missing file reported")
	}
}
