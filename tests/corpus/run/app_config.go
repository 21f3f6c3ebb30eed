package main

import (
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"
)

const src = `
# server configuration
name = demo-service
[server]
host = 0.0.0.0
port = 8080
debug = true
timeout = 2.5
[database]
url = "postgres://db:5432/app"
pool = 10
replicas = db1, db2 ,db3
[server]
port = 9090
broken line here
[cache
ttl = -1
`

type Config map[string]map[string]string

type SyntaxError struct {
	Line int
	Text string
}

func (e *SyntaxError) Error() string {
	return fmt.Sprintf("syntax error on line %d: %q", e.Line, e.Text)
}

var ErrMissing = errors.New("missing key")

func Parse(s string) (Config, []error) {
	cfg := Config{"": {}}
	section := ""
	var errs []error
	for i, raw := range strings.Split(s, "\n") {
		line := strings.TrimSpace(raw)
		if idx := strings.Index(line, "#"); idx >= 0 {
			line = strings.TrimSpace(line[:idx])
		}
		switch {
		case line == "":
			continue
		case strings.HasPrefix(line, "["):
			if !strings.HasSuffix(line, "]") {
				errs = append(errs, &SyntaxError{i, line})
				continue
			}
			section = strings.TrimSpace(line[1 : len(line)-1])
			if cfg[section] == nil {
				cfg[section] = map[string]string{}
			}
		default:
			k, v, ok := strings.Cut(line, "=")
			if !ok {
				errs = append(errs, &SyntaxError{i, line})
				continue
			}
			v = strings.TrimSpace(v)
			if len(v) >= 2 && strings.HasPrefix(v, `"`) && strings.HasSuffix(v, `"`) {
				v = v[1 : len(v)-1]
			}
			cfg[section][strings.TrimSpace(k)] = v
		}
	}
	return cfg, errs
}

func (c Config) Get(path string) (string, error) {
	sec, key, ok := strings.Cut(path, ".")
	if !ok {
		sec, key = "", path
	}
	v, ok := c[sec][key]
	if !ok {
		return "", fmt.Errorf("%s: %w", path, ErrMissing)
	}
	return v, nil
}

func (c Config) Int(path string, def int) int {
	v, err := c.Get(path)
	if err != nil {
		return def
	}
	n, err := strconv.Atoi(v)
	if err != nil {
		return def
	}
	return n
}

func (c Config) List(path string) []string {
	v, _ := c.Get(path)
	if v == "" {
		return nil
	}
	parts := strings.Split(v, ",")
	for i := range parts {
		parts[i] = strings.TrimSpace(parts[i])
	}
	return parts
}

func main() {
	cfg, errs := Parse(src)
	for _, e := range errs {
		var se *SyntaxError
		if errors.As(e, &se) {
			fmt.Println("warn:", se, "line", se.Line)
		}
	}
	sections := make([]string, 0, len(cfg))
	for s := range cfg {
		sections = append(sections, s)
	}
	sort.Strings(sections)
	for _, s := range sections {
		fmt.Printf("[%s] %v\n", s, cfg[s])
	}
	port := cfg.Int("server.port", 80)
	debug, _ := strconv.ParseBool(cfg["server"]["debug"])
	timeout, _ := strconv.ParseFloat(cfg["server"]["timeout"], 64)
	fmt.Printf("port=%d debug=%t timeout=%.1fs pool=%d missing=%d\n",
		port, debug, timeout, cfg.Int("database.pool", 5), cfg.Int("database.max", 50))
	fmt.Printf("replicas=%q n=%d\n", cfg.List("database.replicas"), len(cfg.List("database.replicas")))
	fmt.Println("none:", cfg.List("x.y") == nil)
	for _, k := range []string{"name", "database.url", "cache.ttl", "server.user"} {
		v, err := cfg.Get(k)
		fmt.Printf("%-14s %-26q err=%v missing=%t\n", k, v, err, errors.Is(err, ErrMissing))
	}
}
