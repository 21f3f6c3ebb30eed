// A method returning (string, error) with a single value, and a closure
// with no results that returns one. Go continues the messages with
//	have (string)
//	want (string, error)
// and
//	have (bool)
//	want ()
package main

import (
	"errors"
	"fmt"
)

type Store struct {
	data map[string]string
}

func (s *Store) Get(key string) (string, error) {
	v, ok := s.data[key]
	if !ok {
		return "", errors.New("missing " + key)
	}
	return v // ERROR col=9 "not enough return values"
}

func main() {
	s := &Store{data: map[string]string{"a": "1"}}
	check := func(k string) {
		_, err := s.Get(k)
		if err != nil {
			fmt.Println(err)
		}
		return err == nil // ERROR col=10 "too many return values"
	}
	check("a")
	check("b")
}
