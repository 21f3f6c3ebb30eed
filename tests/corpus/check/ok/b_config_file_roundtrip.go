// Settings saved to and loaded from a file: os.WriteFile/ReadFile, a
// bufio.Writer over a strings.Builder, deferred cleanup, os.ErrNotExist.
package main

import (
	"bufio"
	"errors"
	"fmt"
	"os"
	"sort"
	"strconv"
	"strings"
	"time"
)

type Settings struct {
	Name    string
	Workers int
	Verbose bool
	Timeout time.Duration
	Tags    []string
}

func (s Settings) Encode() (string, error) {
	var sb strings.Builder
	w := bufio.NewWriter(&sb)
	lines := []string{
		"name=" + strconv.Quote(s.Name),
		"workers=" + strconv.Itoa(s.Workers),
		"verbose=" + strconv.FormatBool(s.Verbose),
		"timeout_ms=" + strconv.FormatInt(s.Timeout.Milliseconds(), 10),
		"tags=" + strings.Join(s.Tags, ","),
	}
	for _, l := range lines {
		if _, err := w.WriteString(l + "\n"); err != nil {
			return "", err
		}
	}
	if err := w.Flush(); err != nil {
		return "", err
	}
	return sb.String(), nil
}

func Decode(text string) (Settings, error) {
	var s Settings
	for n, line := range strings.Split(strings.TrimSpace(text), "\n") {
		k, v, ok := strings.Cut(line, "=")
		if !ok {
			return s, fmt.Errorf("line %d: missing '='", n+1)
		}
		var err error
		switch k {
		case "name":
			s.Name, err = strconv.Unquote(v)
		case "workers":
			s.Workers, err = strconv.Atoi(v)
		case "verbose":
			s.Verbose, err = strconv.ParseBool(v)
		case "timeout_ms":
			var ms int64
			ms, err = strconv.ParseInt(v, 10, 64)
			s.Timeout = time.Duration(ms) * time.Millisecond
		case "tags":
			if v != "" {
				s.Tags = strings.Split(v, ",")
			}
		}
		if err != nil {
			return s, fmt.Errorf("line %d (%s): %w", n+1, k, err)
		}
	}
	return s, nil
}

func save(path string, s Settings) error {
	text, err := s.Encode()
	if err != nil {
		return err
	}
	return os.WriteFile(path, []byte(text), 0o644)
}

func load(path string) (Settings, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return Settings{}, fmt.Errorf("load settings: %w", err)
	}
	return Decode(string(data))
}

func main() {
	path := "b_settings_roundtrip.tmp"
	defer func() {
		if err := os.Remove(path); err != nil {
			fmt.Fprintln(os.Stderr, "cleanup:", err)
		}
	}()
	orig := Settings{Name: `build "nightly"`, Workers: 8, Verbose: true, Timeout: 90 * time.Second, Tags: []string{"ci", "linux"}}
	if err := save(path, orig); err != nil {
		fmt.Println("save:", err)
		return
	}
	got, err := load(path)
	fmt.Printf("%+v err=%v\n", got, err)
	sort.Strings(got.Tags)
	fmt.Println("same:", got.Name == orig.Name && got.Timeout == orig.Timeout && len(got.Tags) == 2)
	if _, err := load("definitely-missing.cfg"); errors.Is(err, os.ErrNotExist) {
		fmt.Println("missing file reported as ErrNotExist")
	}
	_, err = Decode("name=\"x\"\nworkers=many")
	var ne *strconv.NumError
	fmt.Println(errors.As(err, &ne), err)
}
