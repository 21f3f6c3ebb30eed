package main

import (
	"errors"
	"fmt"
	"strconv"
)

var (
	ErrNotFound   = errors.New("not found")
	ErrPermission = errors.New("permission denied")
)

type Store struct {
	data  map[string]string
	owner map[string]string
}

func (s *Store) Get(user, key string) (string, error) {
	v, ok := s.data[key]
	if !ok {
		return "", fmt.Errorf("get %q: %w", key, ErrNotFound)
	}
	if o := s.owner[key]; o != user {
		return "", fmt.Errorf("get %q as %s: %w", key, user, ErrPermission)
	}
	return v, nil
}

func loadConfig(s *Store, user string) (int, error) {
	raw, err := s.Get(user, "port")
	if err != nil {
		return 0, fmt.Errorf("load config: %w", err)
	}
	port, err := strconv.Atoi(raw)
	if err != nil {
		return 0, fmt.Errorf("load config: bad port: %w", err)
	}
	return port, nil
}

func chain(err error) []string {
	var out []string
	for err != nil {
		out = append(out, err.Error())
		err = errors.Unwrap(err)
	}
	return out
}

func main() {
	s := &Store{
		data:  map[string]string{"port": "8080"},
		owner: map[string]string{"port": "root"},
	}
	port, err := loadConfig(s, "root")
	fmt.Println(port, err, err == nil)

	_, err = loadConfig(s, "guest")
	fmt.Println(err)
	fmt.Println(errors.Is(err, ErrPermission), errors.Is(err, ErrNotFound))
	for i, msg := range chain(err) {
		fmt.Println(i, msg)
	}

	delete(s.data, "port")
	_, err = loadConfig(s, "root")
	fmt.Println(err, errors.Is(err, ErrNotFound))

	s.data["port"] = "80x"
	_, err = loadConfig(s, "root")
	fmt.Println(err)
	fmt.Println("unwrapped:", errors.Unwrap(err))

	plain := errors.New("not found")
	fmt.Println(plain == ErrNotFound, errors.Is(plain, ErrNotFound), plain.Error() == ErrNotFound.Error())

	noWrap := fmt.Errorf("flat: %v", ErrNotFound)
	fmt.Println(noWrap, errors.Is(noWrap, ErrNotFound), errors.Unwrap(noWrap) == nil)
	fmt.Println(errors.Unwrap(ErrNotFound) == nil)

	var nilErr error
	fmt.Println(errors.Is(nilErr, ErrNotFound), errors.Is(nil, nil))
	deep := ErrPermission
	for i := 0; i < 3; i++ {
		deep = fmt.Errorf("level %d: %w", i, deep)
	}
	fmt.Println(deep)
	fmt.Println(errors.Is(deep, ErrPermission), len(chain(deep)))
}
