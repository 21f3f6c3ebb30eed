// An in-memory key-value store with nested transactions: BEGIN, ROLLBACK
// and COMMIT over a stack of change logs, driven by a command script.
package main

import (
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"
)

var (
	ErrNoTx     = errors.New("no transaction")
	ErrNotFound = errors.New("key not found")
)

type change struct {
	key     string
	old     string
	existed bool
}

type Store struct {
	data map[string]string
	txs  [][]change
}

func NewStore() *Store { return &Store{data: map[string]string{}} }

func (s *Store) record(key string) {
	if len(s.txs) == 0 {
		return
	}
	old, ok := s.data[key]
	top := len(s.txs) - 1
	s.txs[top] = append(s.txs[top], change{key, old, ok})
}

func (s *Store) Set(k, v string) { s.record(k); s.data[k] = v }

func (s *Store) Delete(k string) error {
	if _, ok := s.data[k]; !ok {
		return fmt.Errorf("delete %q: %w", k, ErrNotFound)
	}
	s.record(k)
	delete(s.data, k)
	return nil
}

func (s *Store) Get(k string) (string, error) {
	v, ok := s.data[k]
	if !ok {
		return "", fmt.Errorf("get %q: %w", k, ErrNotFound)
	}
	return v, nil
}

func (s *Store) Begin() { s.txs = append(s.txs, nil) }

func (s *Store) Rollback() error {
	if len(s.txs) == 0 {
		return ErrNoTx
	}
	log := s.txs[len(s.txs)-1]
	for i := len(log) - 1; i >= 0; i-- {
		c := log[i]
		if c.existed {
			s.data[c.key] = c.old
		} else {
			delete(s.data, c.key)
		}
	}
	s.txs = s.txs[:len(s.txs)-1]
	return nil
}

func (s *Store) Commit() error {
	if len(s.txs) == 0 {
		return ErrNoTx
	}
	s.txs = nil
	return nil
}

func (s *Store) Count(value string) int {
	n := 0
	for _, v := range s.data {
		if v == value {
			n++
		}
	}
	return n
}

func (s *Store) Exec(line string) (out string, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("malformed %q: %v", line, r)
		}
	}()
	f := strings.Fields(line)
	switch strings.ToUpper(f[0]) {
	case "SET":
		s.Set(f[1], f[2])
	case "GET":
		return s.Get(f[1])
	case "DEL":
		return "", s.Delete(f[1])
	case "COUNT":
		return strconv.Itoa(s.Count(f[1])), nil
	case "BEGIN":
		s.Begin()
	case "ROLLBACK":
		return "", s.Rollback()
	case "COMMIT":
		return "", s.Commit()
	default:
		return "", fmt.Errorf("unknown command %q", f[0])
	}
	return "", nil
}

func main() {
	s := NewStore()
	script := `SET a 10; SET b 10; COUNT 10; BEGIN; SET a 20; GET a; BEGIN; DEL b; GET b; COUNT 10;
		ROLLBACK; GET b; ROLLBACK; GET a; ROLLBACK; BEGIN; SET c 30; COMMIT; GET c; DEL zz; SET q; FLY`
	for _, cmd := range strings.Split(script, ";") {
		cmd = strings.TrimSpace(cmd)
		out, err := s.Exec(cmd)
		switch {
		case errors.Is(err, ErrNotFound):
			out = "NULL"
		case err == ErrNoTx:
			out = "NO TRANSACTION"
		case err != nil:
			out = "ERR " + err.Error()
		}
		if out != "" {
			fmt.Printf("%-10s -> %s\n", cmd, out)
		}
	}
	keys := make([]string, 0, len(s.data))
	for k := range s.data {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	fmt.Printf("final %v depth=%d %v\n", keys, len(s.txs), s.data)
}
