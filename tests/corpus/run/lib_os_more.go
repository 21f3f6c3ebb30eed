// Files and directories with package os: a scratch directory made with
// MkdirAll, files made with Create and WriteFile, read back with Open,
// Read and ReadFile, listed with ReadDir and Stat, then removed; and the
// errors os returns, checked with os.IsNotExist and errors.Is/As.
package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"time"
)

type tree struct {
	root string
}

// show prints an error with the scratch directory's name hidden.
func (t tree) show(what string, err error) {
	msg := "<nil>"
	if err != nil {
		msg = strings.ReplaceAll(err.Error(), t.root, "$DIR")
	}
	fmt.Printf("%s: %s\n", what, msg)
}

func (t tree) path(parts ...string) string {
	return t.root + "/" + strings.Join(parts, "/")
}

func writeNotes(t tree) error {
	f, err := os.Create(t.path("notes", "todo.txt"))
	if err != nil {
		return err
	}
	defer f.Close()
	for i, item := range []string{"buy milk", "write tests", "call home"} {
		if _, err := fmt.Fprintf(f, "%d. %s\n", i+1, item); err != nil {
			return err
		}
	}
	if _, err := f.Write([]byte("-- end --\n")); err != nil {
		return err
	}
	_, err = f.WriteString("")
	return err
}

func readInChunks(name string) (int, []int, error) {
	f, err := os.Open(name)
	if err != nil {
		return 0, nil, err
	}
	defer f.Close()
	buf := make([]byte, 16)
	total := 0
	var sizes []int
	for {
		n, err := f.Read(buf)
		total += n
		if n > 0 {
			sizes = append(sizes, n)
		}
		if err == io.EOF {
			return total, sizes, nil
		}
		if err != nil {
			return total, sizes, err
		}
	}
}

func main() {
	t := tree{fmt.Sprintf("/tmp/gomini-lib-os-%d", time.Now().UnixNano())}
	t.show("mkdir", os.MkdirAll(t.path("notes", "old"), 0755))
	t.show("mkdir again", os.MkdirAll(t.path("notes"), 0755))
	t.show("write notes", writeNotes(t))
	t.show("write config", os.WriteFile(t.path("config.ini"), []byte("[main]\nname = demo\n"), 0644))
	t.show("write empty", os.WriteFile(t.path("notes", "old", "empty"), nil, 0600))

	data, err := os.ReadFile(t.path("config.ini"))
	fmt.Printf("config: %q %v\n", data, err)
	total, sizes, err := readInChunks(t.path("notes", "todo.txt"))
	fmt.Println("todo:", total, sizes, err)

	f, _ := os.Open(t.path("notes", "todo.txt"))
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if strings.HasPrefix(sc.Text(), "2.") {
			fmt.Println("second item:", sc.Text())
		}
	}
	fmt.Println("name:", strings.TrimPrefix(f.Name(), t.root), f.Close() == nil)
	t.show("close again", f.Close())
	_, err = f.Read(make([]byte, 4))
	t.show("read closed", err)
	_, err = f.Write([]byte("x"))
	t.show("write closed", err)

	entries, err := os.ReadDir(t.root)
	fmt.Println("entries:", len(entries), err)
	for _, e := range entries {
		info, err := e.Info()
		kind := "file"
		if e.IsDir() {
			kind = "dir"
		}
		fmt.Printf("  %-10s %-4s %v regular=%v", e.Name(), kind, e.Type().IsDir(), info.Mode().IsRegular())
		if !e.IsDir() {
			fmt.Printf(" %d bytes", info.Size())
		}
		fmt.Println(err)
	}
	sub, _ := os.ReadDir(t.path("notes"))
	for _, e := range sub {
		fmt.Print(e.Name(), " ")
	}
	fmt.Println()

	fi, err := os.Stat(t.path("notes", "todo.txt"))
	fmt.Println("stat:", fi.Name(), fi.Size(), fi.IsDir(), fi.Mode().IsRegular(), fi.Mode()&os.ModeType == 0, err)
	fi, _ = os.Stat(t.path("notes") + "/")
	fmt.Println("stat dir:", fi.Name(), fi.IsDir(), fi.Mode().IsDir(), fi.Mode().String()[0] == 'd')

	// The errors.
	_, err = os.Stat(t.path("missing.txt"))
	t.show("stat missing", err)
	fmt.Println(os.IsNotExist(err), errors.Is(err, os.ErrNotExist), os.IsExist(err), errors.Is(err, os.ErrExist))
	var pe *os.PathError
	if errors.As(err, &pe) {
		fmt.Println("op:", pe.Op, "path:", strings.TrimPrefix(pe.Path, t.root), "err:", pe.Err)
	}
	wrapped := fmt.Errorf("loading: %w", err)
	fmt.Println(errors.Is(wrapped, os.ErrNotExist), os.IsNotExist(wrapped), errors.Unwrap(err) != nil)
	_, err = os.Open(t.path("nope", "file"))
	t.show("open", err)
	_, err = os.ReadFile(t.root)
	t.show("read dir", err)
	_, err = os.ReadDir(t.path("config.ini"))
	t.show("readdir file", err)
	t.show("mkdir over file", os.MkdirAll(t.path("config.ini", "sub"), 0755))
	err = os.Remove(t.path("notes"))
	t.show("remove full dir", err)
	fmt.Println(os.IsExist(err), errors.Is(err, os.ErrExist), errors.Is(err, os.ErrNotExist))
	t.show("remove missing", os.Remove(t.path("missing.txt")))
	_, err = os.Create(t.path("no", "such", "dir.txt"))
	t.show("create", err)

	// FileMode.
	for _, m := range []os.FileMode{0644, 0755 | os.ModeDir, os.ModePerm, 0, 0600 | os.ModeSymlink, 04755, os.ModeNamedPipe | 0640} {
		fmt.Println(m, m.IsDir(), m.IsRegular(), m.Perm())
	}

	// The environment and the process.
	v, ok := os.LookupEnv("GOMINI_SURELY_UNSET_VARIABLE")
	fmt.Printf("lookup: %q %v, getenv: %q\n", v, ok, os.Getenv("GOMINI_SURELY_UNSET_VARIABLE"))
	exe, err := os.Executable()
	fmt.Println("executable:", exe != "", err)
	fmt.Println("args:", len(os.Args) > 0, os.Stdout.Name(), os.Stderr.Name())

	// Cleaning up, deepest first.
	for _, p := range []string{t.path("notes", "old", "empty"), t.path("notes", "old"), t.path("notes", "todo.txt"),
		t.path("notes"), t.path("config.ini"), t.root} {
		if err := os.Remove(p); err != nil {
			t.show("remove", err)
		}
	}
	_, err = os.Stat(t.root)
	fmt.Println("gone:", os.IsNotExist(err))
}
