package main

import (
	"errors"
	"fmt"
	"strings"
)

var ErrTimeout = errors.New("timeout")
var ErrRefused = errors.New("connection refused")

// Layer 1: network
func dial(host string) error {
	switch host {
	case "slow.example":
		return fmt.Errorf("dial %s: %w", host, ErrTimeout)
	case "down.example":
		return fmt.Errorf("dial %s: %w", host, ErrRefused)
	}
	return nil
}

// Layer 2: client
func fetch(host, path string) (string, error) {
	if err := dial(host); err != nil {
		return "", fmt.Errorf("fetch %s%s: %w", host, path, err)
	}
	if path == "/missing" {
		return "", fmt.Errorf("fetch %s%s: status %d", host, path, 404)
	}
	return "content of " + path, nil
}

// Layer 3: service
func loadProfile(user string) (string, error) {
	host := map[string]string{"ann": "ok.example", "bob": "slow.example", "cy": "down.example", "dee": "ok.example"}[user]
	if host == "" {
		return "", errors.New("unknown user " + user)
	}
	path := "/profile/" + user
	if user == "dee" {
		path = "/missing"
	}
	body, err := fetch(host, path)
	if err != nil {
		return "", fmt.Errorf("load profile %q: %w", user, err)
	}
	return body, nil
}

// Layer 4: handler adds context but deliberately hides the cause with %v for bob.
func handle(user string) error {
	_, err := loadProfile(user)
	if err == nil {
		return nil
	}
	if user == "bob" {
		return fmt.Errorf("handler(opaque): %v", err)
	}
	return fmt.Errorf("handler: %w", err)
}

func chain(err error) []string {
	var out []string
	for e := err; e != nil; e = errors.Unwrap(e) {
		word, _, _ := strings.Cut(e.Error(), " ")
		out = append(out, strings.TrimSuffix(word, ":"))
	}
	return out
}

func main() {
	for _, u := range []string{"ann", "bob", "cy", "dee", "eve"} {
		err := handle(u)
		if err == nil {
			fmt.Printf("%s: ok\n", u)
			continue
		}
		fmt.Printf("%s: %v\n", u, err)
		fmt.Printf("   timeout=%t refused=%t depth=%d chain=%v\n",
			errors.Is(err, ErrTimeout), errors.Is(err, ErrRefused), len(chain(err)), chain(err))
	}

	base := fmt.Errorf("level0: %w", ErrTimeout)
	err := base
	for i := 1; i <= 4; i++ {
		err = fmt.Errorf("level%d: %w", i, err)
	}
	fmt.Println(err)
	for e := err; e != nil; e = errors.Unwrap(e) {
		fmt.Printf("  unwrap -> %q is base: %t\n", e.Error(), e == base)
	}
	double := fmt.Errorf("both %w and %v", ErrRefused, ErrTimeout)
	fmt.Println(double, errors.Is(double, ErrRefused), errors.Is(double, ErrTimeout))
	fmt.Println(errors.Unwrap(errors.Unwrap(double)) == nil)
}
