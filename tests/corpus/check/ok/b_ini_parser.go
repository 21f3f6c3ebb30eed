// An INI configuration parser: sections as nested maps, typed getters
// with strconv, line-numbered syntax errors, and sentinel key errors.
package main

import (
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"time"
)

type Config map[string]map[string]string

type SyntaxError struct {
	Line int
	Text string
	Msg  string
}

func (e *SyntaxError) Error() string { return fmt.Sprintf("line %d: %s: %q", e.Line, e.Msg, e.Text) }

var _ error = (*SyntaxError)(nil)

var ErrMissing = errors.New("missing key")

func commentStart(line string) int {
	for i := 0; i < len(line); i++ {
		if line[i] == ';' || line[i] == '#' {
			return i
		}
	}
	return -1
}

func Parse(src string) (Config, error) {
	cfg := Config{"": {}}
	section := ""
	for i, raw := range strings.Split(src, "\n") {
		line := strings.TrimSpace(raw)
		if j := commentStart(line); j >= 0 {
			line = strings.TrimSpace(line[:j])
		}
		switch {
		case line == "":
			continue
		case strings.HasPrefix(line, "["):
			if !strings.HasSuffix(line, "]") {
				return nil, &SyntaxError{i + 1, raw, "unterminated section"}
			}
			section = strings.ToLower(strings.TrimSpace(line[1 : len(line)-1]))
			if _, ok := cfg[section]; !ok {
				cfg[section] = map[string]string{}
			}
		default:
			k, v, ok := strings.Cut(line, "=")
			if !ok || strings.TrimSpace(k) == "" {
				return nil, &SyntaxError{i + 1, raw, "expected key = value"}
			}
			cfg[section][strings.ToLower(strings.TrimSpace(k))] = strings.Trim(strings.TrimSpace(v), `"`)
		}
	}
	return cfg, nil
}

func (c Config) Get(section, key string) (string, error) {
	v, ok := c[section][key]
	if !ok {
		return "", fmt.Errorf("[%s] %s: %w", section, key, ErrMissing)
	}
	return v, nil
}

func (c Config) Int(section, key string, def int) (int, error) {
	v, err := c.Get(section, key)
	if errors.Is(err, ErrMissing) {
		return def, nil
	}
	n, err := strconv.Atoi(v)
	if err != nil {
		return 0, fmt.Errorf("[%s] %s: %w", section, key, err)
	}
	return n, nil
}

func (c Config) Seconds(section, key string) (time.Duration, error) {
	n, err := c.Int(section, key, 30)
	return time.Duration(n) * time.Second, err
}

const sample = `
name = demo   ; top-level key
[server]
host = "0.0.0.0"
port = 8080
timeout = 15
[Database]
user = admin
pool = lots
`

func main() {
	cfg, err := Parse(sample)
	if err != nil {
		fmt.Println(err)
		return
	}
	sections := make([]string, 0, len(cfg))
	for s := range cfg {
		sections = append(sections, s)
	}
	sort.Strings(sections)
	for _, s := range sections {
		fmt.Printf("[%s] %v\n", s, cfg[s])
	}
	port, _ := cfg.Int("server", "port", 80)
	retries, _ := cfg.Int("server", "retries", 3)
	timeout, _ := cfg.Seconds("server", "timeout")
	idle, _ := cfg.Seconds("server", "idle")
	fmt.Printf("port=%d retries=%d timeout=%v idle=%v\n", port, retries, timeout, idle)
	if _, err := cfg.Int("database", "pool", 4); err != nil {
		var ne *strconv.NumError
		fmt.Println(errors.As(err, &ne), err)
	}
	_, err = cfg.Get("database", "password")
	fmt.Println(err, errors.Is(err, ErrMissing))
	for _, bad := range []string{"[broken", "x=1\njust words"} {
		_, err := Parse(bad)
		var se *SyntaxError
		if errors.As(err, &se) {
			fmt.Printf("syntax error at %d (%s): %v\n", se.Line, se.Msg, err)
		}
	}
}
