package main

import (
	"errors"
	"fmt"
	"strings"
)

var (
	ErrNotFound   = errors.New("not found")
	ErrPermission = errors.New("permission denied")
	ErrInvalid    = errors.New("invalid argument")
	ErrExists     = errors.New("already exists")
)

type FS struct {
	files map[string]string
	ro    map[string]bool
}

func (fs *FS) Read(path string) (string, error) {
	if !strings.HasPrefix(path, "/") {
		return "", ErrInvalid
	}
	data, ok := fs.files[path]
	if !ok {
		return "", ErrNotFound
	}
	return data, nil
}

func (fs *FS) Write(path, data string, create bool) error {
	if path == "" || !strings.HasPrefix(path, "/") {
		return ErrInvalid
	}
	if fs.ro[path] {
		return ErrPermission
	}
	_, exists := fs.files[path]
	switch {
	case create && exists:
		return ErrExists
	case !create && !exists:
		return ErrNotFound
	}
	fs.files[path] = data
	return nil
}

func (fs *FS) Rename(from, to string) error {
	data, err := fs.Read(from)
	if err != nil {
		return err
	}
	if err := fs.Write(to, data, true); err != nil {
		return err
	}
	delete(fs.files, from)
	return nil
}

func explain(err error) string {
	switch err {
	case nil:
		return "ok"
	case ErrNotFound:
		return "ENOENT"
	case ErrPermission:
		return "EACCES"
	case ErrInvalid:
		return "EINVAL"
	case ErrExists:
		return "EEXIST"
	}
	return "unknown"
}

func main() {
	fs := &FS{
		files: map[string]string{"/etc/hosts": "127.0.0.1 localhost", "/tmp/a": "A"},
		ro:    map[string]bool{"/etc/hosts": true},
	}
	results := []error{
		fs.Write("/tmp/b", "B", true),
		fs.Write("/tmp/b", "B2", true),
		fs.Write("/tmp/c", "C", false),
		fs.Write("/etc/hosts", "hacked", false),
		fs.Write("relative", "x", true),
		fs.Rename("/tmp/a", "/tmp/b"),
		fs.Rename("/tmp/a", "/tmp/z"),
		fs.Rename("/tmp/missing", "/tmp/y"),
		fs.Write("/tmp/z", "Z!", false),
	}
	for i, err := range results {
		fmt.Printf("%d: %-6s %v\n", i, explain(err), err)
	}
	for _, p := range []string{"/tmp/a", "/tmp/b", "/tmp/z", "/etc/hosts", "x"} {
		data, err := fs.Read(p)
		if errors.Is(err, ErrNotFound) {
			fmt.Printf("%-11s missing\n", p)
			continue
		} else if err != nil {
			fmt.Printf("%-11s error %q\n", p, err.Error())
			continue
		}
		fmt.Printf("%-11s %q\n", p, data)
	}
	fmt.Println(ErrNotFound == errors.New("not found"), errors.Is(ErrNotFound, ErrNotFound))
	fmt.Println(errors.Unwrap(ErrNotFound) == nil, len(fs.files))
}
