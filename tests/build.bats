#!/usr/bin/env bats
# gomini build, -c and -r, gobundle's packages, --embed, commands, --up
# and `$` mode, --host and upx, and vm.Run (SPEC.md §5): each test builds
# what a user would and runs the result as a user would, most often from
# an empty directory with no PATH, where nothing of gomini is installed.

load helpers/common

setup() {
    setup_tools
    ROOT=$BATS_TEST_DIRNAME/..
}

# A program with a local package that reads embedded files: a page
# template and a JSON-ish config, through os.ReadFile, os.Open, os.Stat
# and os.ReadDir, and writes a report to the file system.
write_site() {
    mkdir -p site/render site/templates/partials site/static
    cat >site/main.go <<'EOF'
package main

import (
	"errors"
	"fmt"
	"os"
	"sort"
	"strings"

	"./render"
)

type Page struct {
	Title string
	Tags  []string
}

func load(name string) (string, error) {
	b, err := os.ReadFile(name)
	if err != nil {
		return "", fmt.Errorf("load %s: %w", name, err)
	}
	return string(b), nil
}

func main() {
	tpl, err := load("templates/page.html")
	if err != nil {
		fmt.Println(err)
		os.Exit(1)
	}
	pages := map[string]Page{
		"home":  {"Home", []string{"start"}},
		"about": {"About us", []string{"team", "history"}},
	}
	names := make([]string, 0, len(pages))
	for n := range pages {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		p := pages[n]
		fmt.Println(render.Fill(tpl, map[string]string{"title": p.Title, "tags": strings.Join(p.Tags, ",")}))
	}
	// ./x and x are the same key.
	css, _ := load("./static/site.css")
	fmt.Printf("css %d bytes\n", len(css))
	fi, err := os.Stat("templates")
	fmt.Println(fi.Name(), fi.IsDir(), err)
	entries, _ := os.ReadDir("templates")
	for _, e := range entries {
		fmt.Println("entry", e.Name(), e.IsDir())
	}
	f, _ := os.Open("templates/partials/footer.html")
	buf := make([]byte, 64)
	n, _ := f.Read(buf)
	f.Close()
	fmt.Printf("footer %q\n", buf[:n])
	_, err = load("missing.txt")
	fmt.Println(errors.Is(err, os.ErrNotExist), err)
	// Writes go to the file system; the embedded copy is unchanged.
	if err := os.WriteFile("report.txt", []byte(fmt.Sprint(len(names), " pages\n")), 0644); err != nil {
		fmt.Println(err)
	}
	if len(os.Args) > 1 {
		fmt.Println("args", os.Args[1:])
	}
}
EOF
    cat >site/render/render.go <<'EOF'
package render

import "strings"

// Fill replaces each {{key}} of tpl with its value.
func Fill(tpl string, vals map[string]string) string {
	for k, v := range vals {
		tpl = strings.ReplaceAll(tpl, "{{"+k+"}}", v)
	}
	return strings.TrimSpace(tpl)
}
EOF
    printf '<h1>{{title}}</h1><p>{{tags}}</p>\n' >site/templates/page.html
    printf '<footer>(c) site</footer>\n' >site/templates/partials/footer.html
    printf 'body { margin: 0 }\n' >site/static/site.css
}

SITE_OUT='<h1>About us</h1><p>team,history</p>
<h1>Home</h1><p>start</p>
css 19 bytes
templates true <nil>
entry page.html false
entry partials true
footer "<footer>(c) site</footer>\n"
true load missing.txt: open missing.txt: no such file or directory'

@test "gomini build: the script, its local package and --embed directories in one executable that runs alone, with no PATH" {
    write_site
    cd site
    run "$BIN/gomini" build main.go --embed templates,static -o ../app
    [ "$status" -eq 0 ]
    [[ "$output" =~ ^Built:\ \.\./app\ \([0-9.]+\ MB,\ 2\ packages,\ 3\ embedded\ files\)$ ]]
    cd ..
    mkdir alone
    cp app alone/
    cd alone
    run env -i PATH=/nonexistent ./app x y
    [ "$status" -eq 0 ]
    [ "$output" = "$SITE_OUT
args [x y]" ]
    [ "$(cat report.txt)" = "2 pages" ]
    # Nothing of the site is beside it, and the C library is all it needs.
    [ ! -e templates ]
    run ldd ./app
    [[ "$output" == *libc.so* ]]
    [[ "$output" != *jansson* && "$output" != *cbor* ]]
}

@test "gomini build: without -o the output is the first script's name; packing it again gives the same bytes" {
    write_site
    cd site
    "$BIN/gomini" build main.go --embed templates --embed static
    [ -x main ]
    run ./main
    [ "$output" = "$SITE_OUT" ]
    # The same bundle on the executable as host: gobundle cuts the old one off.
    "$BIN/gomini" -o m.json main.go
    "$BIN/gobundle" -o first --embed templates,static m.json
    "$BIN/gobundle" --host ./first -o second --embed templates,static m.json
    cmp first second
    run ./second
    [ "$status" -eq 0 ]
    [ "$output" = "$SITE_OUT" ]
}

@test "--embed: globs, DIR@ALIAS@, DIR/@.@ and DIR/@.@PATTERN make the keys SPEC gives" {
    mkdir -p web/css web/js
    printf 'a' >web/index.html
    printf 'bb' >web/about.html
    printf 'ccc' >web/css/site.css
    printf 'dddd' >web/js/app.js
    printf 'notes' >notes.txt
    cat >keys.go <<'EOF'
package main

import (
	"fmt"
	"os"
)

func main() {
	for _, k := range os.Args[1:] {
		b, err := os.ReadFile(k)
		if err != nil {
			fmt.Println(k, "-")
			continue
		}
		fmt.Println(k, len(b))
	}
}
EOF
    "$BIN/gomini" -o keys.json keys.go
    "$BIN/gobundle" -o a --embed 'web@assets@' keys.json
    mkdir e && cd e
    run ../a assets/index.html assets/css/site.css web/index.html
    [ "$output" = "assets/index.html 1
assets/css/site.css 3
web/index.html -" ]
    cd ..
    "$BIN/gobundle" -o b --embed 'web/@.@' keys.json
    cd e
    run ../b index.html ./css/site.css js/app.js web/index.html
    [ "$output" = "index.html 1
./css/site.css 3
js/app.js 4
web/index.html -" ]
    cd ..
    "$BIN/gobundle" -o c --embed 'web/@.@*.html' keys.json
    cd e
    run ../c index.html about.html css/site.css
    [ "$output" = "index.html 1
about.html 2
css/site.css -" ]
    cd ..
    "$BIN/gobundle" -o d --embed 'web/*.html,notes.txt' keys.json
    cd e
    run ../d web/index.html web/about.html notes.txt web/css/site.css
    [ "$output" = "web/index.html 1
web/about.html 2
notes.txt 5
web/css/site.css -" ]
}

@test "--embed: an alias on a file is an error; a glob that matches nothing is a warning; a missing path is an error" {
    printf 'package main\n\nfunc main() {}\n' >m.go
    "$BIN/gomini" -o m.json m.go
    printf 'x' >file.txt
    run "$BIN/gobundle" -o out --embed 'file.txt@a@' m.json
    [ "$status" -eq 1 ]
    [ "$output" = "gobundle: --embed file.txt@a@: an alias needs a directory, and file.txt is a file" ]
    refute_output_file out
    run "$BIN/gobundle" -o out --embed '*.nothing' m.json
    [ "$status" -eq 0 ]
    [ "$output" = "gobundle: warning: --embed *.nothing matches no file" ]
    [ -x out ]
    run "$BIN/gobundle" -o out2 --embed nowhere m.json
    [ "$status" -eq 1 ]
    [ "$output" = "gobundle: --embed nowhere: No such file or directory" ]
    refute_output_file out2
}

# Two scripts for a multi-command executable.
write_commands() {
    for c in api worker; do
        cat >$c.go <<EOF
package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Println("$c", len(os.Args), os.Args[1:])
}
EOF
    done
}

@test "multi-command: ./srv CMD runs it, a symlink named CMD runs it, os.Args never holds the name" {
    write_commands
    run "$BIN/gomini" build api.go worker.go -o srv
    [ "$status" -eq 0 ]
    [[ "$output" =~ ^Built:\ srv\ \([0-9.]+\ MB,\ 2\ commands,\ 2\ packages\)$ ]]
    mkdir alone
    cp srv alone/
    cd alone
    run env -i PATH=/nonexistent ./srv api --port 80
    [ "$status" -eq 0 ]
    [ "$output" = "api 3 [--port 80]" ]
    run ./srv worker
    [ "$output" = "worker 1 []" ]
    ln -s srv worker
    run ./worker api
    [ "$status" -eq 0 ]
    [ "$output" = "worker 2 [api]" ]
}

@test "multi-command: an executable named after a command (gomini build's default) still reaches the others by first argument" {
    write_commands
    "$BIN/gomini" build api.go worker.go
    [ -x api ]
    run ./api worker 1
    [ "$output" = "worker 2 [1]" ]
    run ./api x
    [ "$output" = "api 2 [x]" ]
    run ./api
    [ "$output" = "api 1 []" ]
    # A symlink named after a command is that command, whatever follows.
    ln -s api worker
    run ./worker api
    [ "$output" = "worker 2 [api]" ]
}

@test "multi-command: no command, or an unknown one, lists the commands sorted, exit 1" {
    write_commands
    "$BIN/gomini" build worker.go api.go -o srv
    run ./srv
    [ "$status" -eq 1 ]
    [ "$output" = "Usage: srv <command> [args...]

Commands:
  api
  worker" ]
    run ./srv deploy x
    [ "$status" -eq 1 ]
    [ "${lines[0]}" = "Unknown command: deploy" ]
    [ "${lines[1]}" = "Usage: srv <command> [args...]" ]
}

@test "multi-command: two scripts with one name are an error naming both files" {
    write_commands
    mkdir other
    cp api.go other/api.go
    run "$BIN/gomini" build api.go other/api.go -o srv
    [ "$status" -eq 1 ]
    [ "$output" = "gomini: two commands named api: api.go and other/api.go" ]
    refute_output_file srv
    "$BIN/gomini" -o api.json api.go
    cp api.json other/api.json
    run "$BIN/gobundle" -o srv api.json other/api.json
    [ "$status" -eq 1 ]
    [ "$output" = "gobundle: two commands named api: api.json and other/api.json" ]
    refute_output_file srv
}

@test "--up: plain govm by default, a command only when the first argument names it, no symlink dispatch" {
    write_commands
    "$BIN/gomini" build --up api.go worker.go -o tool
    run ./tool api 1
    [ "$status" -eq 0 ]
    [ "$output" = "api 2 [1]" ]
    run ./tool --version
    [ "$status" -eq 0 ]
    [[ "$output" == "govm (gomini) "* ]]
    "$BIN/gomini" -o other.json worker.go
    run ./tool other.json z
    [ "$output" = "worker 2 [z]" ]
    ln -s tool api
    run ./api
    [ "$status" -eq 64 ]
    [[ "$output" == *"no bytecode file given"* ]]
}

@test "\$ mode: ./app \$ acts as the plain tool (bytecode, --help, and .go or -e through gomini beside it or on PATH)" {
    write_commands
    "$BIN/gomini" build api.go -o app
    "$BIN/gomini" -o w.json worker.go
    run ./app '$' w.json k
    [ "$status" -eq 0 ]
    [ "$output" = "worker 2 [k]" ]
    run ./app '$' --help
    [ "$status" -eq 0 ]
    [[ "$output" == "usage: govm "* ]]
    run env PATH="$BIN:/usr/bin:/bin" ./app '$' worker.go q
    [ "$status" -eq 0 ]
    [ "$output" = "worker 2 [q]" ]
    run env PATH="$BIN:/usr/bin:/bin" ./app '$' -e 'fmt.Println(6 * 7)'
    [ "$status" -eq 0 ]
    [ "$output" = "42" ]
    # Beside it, with no PATH at all.
    mkdir inst
    cp "$BIN"/* inst/
    cp app inst/
    cp -r "$BIN/../lib" . 2>/dev/null || true
    run env -i PATH=/nonexistent inst/app '$' worker.go r
    [ "$output" = "worker 2 [r]" ]
    # Nothing to compile with: a clear error.
    mkdir bare && cp app bare/
    run env -i PATH=/nonexistent bare/app '$' worker.go
    [ "$status" -eq 1 ]
    [[ "$output" == *"cannot run worker.go: that needs gomini, which is neither in "*"/bare nor on PATH" ]]
    # Any other first argument is the script's.
    run ./app '$$' x
    [ "$output" = 'api 3 [$$ x]' ]
}

@test "gomini -c writes app.gmb and says so; gomini -r and govm run it, from an empty directory" {
    write_site
    cd site
    run "$BIN/gomini" -c main.go --embed templates,static
    [ "$status" -eq 0 ]
    [[ "$output" =~ ^Wrote:\ main\.gmb\ \([0-9.]+\ kB,\ 2\ packages,\ 3\ embedded\ files\)$ ]]
    [ "$(head -c 5 main.gmb | od -An -c | tr -d ' ')" = 'FXYB002' ]
    mkdir ../e && cd ../e
    run "$BIN/gomini" -r ../site/main.gmb z
    [ "$status" -eq 0 ]
    [ "$output" = "$SITE_OUT
args [z]" ]
    run "$BIN/govm" ../site/main.gmb
    [ "$output" = "$SITE_OUT" ]
}

@test "--host: a bundle on a second govm build runs on that build" {
    cc -std=c11 -D_GNU_SOURCE -O0 -w -I"$ROOT/common" -o govm2 "$ROOT"/govm/*.c "$ROOT"/common/*.c \
        $(pkg-config --cflags --libs jansson libcbor) -lm
    ! cmp -s govm2 "$BIN/govm"
    write_commands
    run "$BIN/gomini" build api.go --host ./govm2 -o app
    [ "$status" -eq 0 ]
    # The executable is that build (its first bytes up to the program
    # headers, which gobundle marks), with the bundle after it.
    cmp -n 64 app govm2
    [ "$(stat -c %s app)" -gt "$(stat -c %s govm2)" ]
    "$BIN/gomini" build api.go -o app1
    ! cmp -s app app1
    run ./app a
    [ "$status" -eq 0 ]
    [ "$output" = "api 2 [a]" ]
}

@test "upx: the executable still runs after upx compression" {
    command -v upx || { echo "upx is not installed (tools/deps.sh installs upx-ucl)"; false; }
    write_site
    cd site
    "$BIN/gomini" build main.go --embed templates,static -o app
    upx -q -o app.upx app
    [ "$(stat -c %s app.upx)" -lt "$(stat -c %s app)" ]
    mkdir ../e && cp app.upx ../e/ && cd ../e
    run env -i PATH=/nonexistent ./app.upx u
    [ "$status" -eq 0 ]
    [ "$output" = "$SITE_OUT
args [u]" ]
}

@test "vm.Run: a bundle file with embedded files runs isolated; its output comes back, its failure is an error" {
    mkdir plug
    printf 'hello from a resource\n' >plug/greeting.txt
    cat >plug/plugin.go <<'EOF'
package main

import (
	"fmt"
	"os"
)

func main() {
	b, err := os.ReadFile("greeting.txt")
	if err != nil {
		panic(err)
	}
	fmt.Print(string(b))
	fmt.Println("args", os.Args[1:])
	if len(os.Args) > 1 && os.Args[1] == "fail" {
		os.Exit(4)
	}
}
EOF
    cat >host.go <<'EOF'
package main

import (
	"fmt"
	"vm"
)

func main() {
	out, err := vm.Run("plugin.gmb", "a", "b")
	fmt.Printf("%q %v\n", out, err)
	out, err = vm.Run("plugin.gmb", "fail")
	fmt.Printf("%q %v\n", out, err)
	_, err = vm.Run("bad.gmb")
	fmt.Println(err)
}
EOF
    (cd plug && "$BIN/gomini" -c plugin.go --embed 'greeting.txt' -o ../plugin.gmb)
    printf 'FXYB\003{}' >bad.gmb
    run "$BIN/gomini" host.go
    [ "$status" -eq 0 ]
    [ "${lines[0]}" = '"hello from a resource\nargs [a b]\n" <nil>' ]
    [ "${lines[1]}" = '"hello from a resource\nargs [fail]\n" exit status 4' ]
    [ "${lines[2]}" = "vm.Run: bad.gmb: unsupported bytecode version: 3 (this binary supports versions 1–2; upgrade gomini to run newer bytecode)" ]
}

@test "gobundle: a missing package, a package given as main, and usage errors" {
    mkdir -p app/lib
    printf 'package lib\n\nfunc F() int { return 1 }\n' >app/lib/lib.go
    printf 'package main\n\nimport (\n\t"fmt"\n\n\t"./lib"\n)\n\nfunc main() { fmt.Println(lib.F()) }\n' >app/main.go
    mkdir out
    "$BIN/gomini" -o out/main.json app/main.go
    rm out/lib.json
    run "$BIN/gobundle" -o x out/main.json
    [ "$status" -eq 1 ]
    [ "$output" = "gobundle: out/main.json: imports ./lib, but there is no ./lib.json beside it" ]
    refute_output_file x
    "$BIN/gomini" -o out/main.json app/main.go
    run "$BIN/gobundle" -o x out/lib.json
    [ "$status" -eq 1 ]
    [[ "$output" == *"a package without func main"* ]]
    run "$BIN/gobundle" -c --host "$BIN/govm" out/main.json
    [ "$status" -eq 64 ]
    run "$BIN/gomini" build
    [ "$status" -eq 64 ]
    run "$BIN/gomini" -c a.go b.go
    [ "$status" -eq 64 ]
}

@test "multi-command: embedded files are shared and read-only; a command's writes go to the file system, where it then reads them, and reach no other" {
    mkdir -p data
    printf 'v1\n' >data/state.txt
    cat >writer.go <<'EOF2'
package main

import (
	"fmt"
	"os"
)

func main() {
	err := os.WriteFile("data/state.txt", []byte("v2\n"), 0644)
	fmt.Println("write:", err)
	b, _ := os.ReadFile("data/state.txt")
	fmt.Printf("writer reads %q\n", b)
}
EOF2
    cat >reader.go <<'EOF2'
package main

import (
	"fmt"
	"os"
)

func main() {
	b, err := os.ReadFile("data/state.txt")
	fmt.Printf("reader reads %q %v\n", b, err)
}
EOF2
    "$BIN/gomini" build writer.go reader.go --embed data -o srv
    mkdir run && cd run
    run ../srv writer
    [ "$status" -eq 0 ]
    [ "$output" = 'write: open data/state.txt: no such file or directory
writer reads "v1\n"' ]
    mkdir data
    run ../srv writer
    [ "$output" = 'write: <nil>
writer reads "v2\n"' ]
    [ "$(cat data/state.txt)" = "v2" ]
    run ../srv reader
    [ "$output" = 'reader reads "v1\n" <nil>' ]
}

@test "embedded files read through bufio.Scanner, bufio.Reader and fmt.Fscan as files on disk are" {
    printf 'alpha\nbeta\ngamma\n' >lines.txt
    printf '12 34\n' >nums.txt
    cat >readers.go <<'EOF2'
package main

import (
	"bufio"
	"fmt"
	"os"
)

func main() {
	f, err := os.Open("lines.txt")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	n := 0
	for sc.Scan() {
		n++
		fmt.Printf("%d %s\n", n, sc.Text())
	}
	fmt.Println("err", sc.Err())
	g, _ := os.Open("nums.txt")
	var a, b int
	k, err := fmt.Fscan(g, &a, &b)
	fmt.Println(k, err, a+b)
	h, _ := os.Open("lines.txt")
	line, err := bufio.NewReader(h).ReadString('\n')
	fmt.Printf("%q %v\n", line, err)
}
EOF2
    want=$("$BIN/gomini" readers.go)
    [ "$want" = '1 alpha
2 beta
3 gamma
err <nil>
2 <nil> 46
"alpha\n" <nil>' ]
    "$BIN/gomini" build readers.go --embed lines.txt,nums.txt -o readers
    mkdir e && cd e
    run ../readers
    [ "$status" -eq 0 ]
    [ "$output" = "$want" ]
}

@test "--embed: FIFOs, names that are not UTF-8 and over-long keys are errors; a link loop is not followed; two links to one directory both count; the output is never its own resource" {
    printf 'package main\n\nfunc main() {}\n' >m.go
    "$BIN/gomini" -o m.json m.go
    mkdir fifo && mkfifo fifo/pipe
    run timeout 10 "$BIN/gobundle" -o out --embed fifo m.json
    [ "$status" -eq 1 ]
    [ "$output" = "gobundle: --embed fifo/pipe: cannot embed irregular file" ]
    refute_output_file out
    mkdir bad && echo a >"$(printf 'bad/x\377y.txt')"
    run "$BIN/gobundle" -o out --embed bad m.json
    [ "$status" -eq 1 ]
    [[ "$output" == *": a file name that is not UTF-8 cannot be a key" ]]
    mkdir long && echo a >long/f
    run "$BIN/gobundle" -o out --embed "long@$(printf 'x%.0s' $(seq 5000))@" m.json
    [ "$status" -eq 1 ]
    [[ "$output" == *"its key is longer than "*" bytes" ]]
    refute_output_file out
    mkdir -p tree/shared && echo s >tree/shared/s.txt
    ln -s ../shared tree/shared/loop
    mkdir links && ln -s ../tree/shared links/x && ln -s ../tree/shared links/y
    run "$BIN/gobundle" -v -c -o t.gmb --embed tree,links m.json
    [ "$status" -eq 0 ]
    [[ "$output" == *"warning: --embed tree/shared/loop: a link back to tree/shared, not followed"* ]]
    [[ "$output" == *"3 embedded files)" ]]
    # A name with one @ is a file's own name.
    echo png >'logo@2x.png'
    run "$BIN/gobundle" -v -c -o l.gmb --embed 'logo@2x.png' m.json
    [ "$status" -eq 0 ]
    [[ "$output" == *"1 embedded file)" ]]
    # Building again with --embed . does not pack the last build.
    mkdir self && cd self && cp ../m.json . && echo r >r.txt
    "$BIN/gobundle" -o app --embed . m.json
    first=$(stat -c %s app)
    run "$BIN/gobundle" -v -o app --embed . m.json
    [[ "$output" == *"2 embedded files)" ]]
    [ "$(stat -c %s app)" -lt $((first + 1000)) ]
}

@test "gobundle: bytecode govm would refuse is refused when packing, with govm's message, and nothing is written" {
    printf 'package main\n\nimport "fmt"\n\nfunc main() { fmt.Println(1) }\n' >m.go
    "$BIN/gomini" -o m.json m.go
    sed 's/"RETURN"/"BOGUS"/' m.json >bad.json
    run "$BIN/gobundle" -o out bad.json
    [ "$status" -eq 1 ]
    [[ "$output" == "gobundle: bad.json: "*"BOGUS"* ]]
    refute_output_file out
    run "$BIN/gobundle" -o out missing.json
    [ "$status" -eq 1 ]
    [ "$output" = "gobundle: cannot open missing.json: No such file or directory" ]
}

@test "embedded files answer as Go's file system does: a directory read, a file used as a directory, and . lists both the bundle's and the disk's" {
    mkdir -p data/sub
    printf 'l1\nl2\n' >data/lines.txt
    echo x >data/sub/x.txt
    echo cfg >config.json
    cat >fs.go <<'EOF2'
package main

import (
	"fmt"
	"os"
)

func show(what string, err error) { fmt.Println(what, err) }

func main() {
	_, err := os.ReadFile("data")
	show("readfile dir:", err)
	f, err := os.Open("data")
	show("open dir:", err)
	if err == nil {
		_, err = f.Read(make([]byte, 4))
		show("read dir:", err)
		f.Close()
	}
	_, err = os.ReadDir("data/lines.txt")
	show("readdir file:", err)
	_, err = os.Stat("data/lines.txt/")
	show("stat file/:", err)
	_, err = os.ReadFile("data/lines.txt/")
	show("readfile file/:", err)
	_, err = os.Stat("data/sub/x.txt/..")
	show("stat file/..:", err)
	fi, err := os.Stat("data/sub/../lines.txt")
	fmt.Println("stat dir/../f:", fi.Name(), fi.Size(), err)
	es, err := os.ReadDir(".")
	for _, e := range es {
		fmt.Print(e.Name(), " ")
	}
	fmt.Println(err)
}
EOF2
    "$BIN/gomini" build fs.go --embed data,config.json -o fsb
    mkdir run && cd run && echo disk >disk.txt
    run ../fsb
    [ "$status" -eq 0 ]
    # The first eight lines are what go run prints beside the same files.
    [ "$output" = "readfile dir: read data: is a directory
open dir: <nil>
read dir: read data: is a directory
readdir file: readdirent data/lines.txt: not a directory
stat file/: stat data/lines.txt/: not a directory
readfile file/: open data/lines.txt/: not a directory
stat file/..: stat data/sub/x.txt/..: not a directory
stat dir/../f: lines.txt 6 <nil>
config.json data disk.txt <nil>" ]
}

@test "gomini build: two scripts whose ../shared are different packages each get their own" {
    for x in A B; do
        mkdir -p $x/shared $x/app
        printf 'package shared\n\nfunc Name() string { return "%s" }\n' $x >$x/shared/s.go
        printf 'package main\n\nimport (\n\t"fmt"\n\n\t"../shared"\n)\n\nfunc main() { fmt.Println(shared.Name()) }\n' >$x/app/$(echo $x | tr AB ab).go
    done
    run "$BIN/gomini" build A/app/a.go B/app/b.go -o both
    [ "$status" -eq 0 ]
    [[ "$output" == *"2 commands, 4 packages)" ]]
    run ./both a
    [ "$output" = "A" ]
    run ./both b
    [ "$output" = "B" ]
    # Built side by side, as make -j would: each its own.
    "$BIN/gomini" build A/app/a.go -o outA & "$BIN/gomini" build B/app/b.go -o outB & wait
    [ "$(./outA)" = "A" ] && [ "$(./outB)" = "B" ]
}

@test "gobundle: a host must be an uncompressed govm; -o DIR writes inside it; the executable's mode follows the umask; a command cannot be named \$" {
    write_commands
    "$BIN/gomini" -o api.json api.go
    "$BIN/gomini" -o worker.json worker.go
    run "$BIN/gobundle" --host api.json -o out api.json
    [ "$status" -eq 1 ]
    [ "$output" = "gobundle: api.json: not an executable to pack onto (govm's, or one of its builds)" ]
    run "$BIN/gobundle" --host /bin/sh -o out api.json
    [ "$status" -eq 1 ]
    [ "$output" = "gobundle: /bin/sh: not a govm (it has no govm version string)" ]
    "$BIN/gobundle" -o app api.json
    upx -q -o app.upx app >/dev/null
    run "$BIN/gobundle" --host=app.upx -o out api.json
    [ "$status" -eq 1 ]
    [[ "$output" == *"compressed with upx; pack onto the uncompressed file (upx -d), then compress the output" ]]
    refute_output_file out
    mkdir dist
    run "$BIN/gobundle" -v -o dist api.json
    [ "$output" = "Built: dist/api ($(awk -v n="$(stat -c %s dist/api)" 'BEGIN { printf "%.1f", n / 1e6 }') MB, 1 package)" ]
    (umask 077 && "$BIN/gobundle" -o private api.json)
    [ "$(stat -c %a private)" = 700 ]
    cp api.json '$.json'
    run "$BIN/gobundle" -o srv '$.json' worker.json
    [ "$status" -eq 1 ]
    [ "$output" = 'gobundle: $.json: cannot make a command named "$" (name the file otherwise)' ]
    # The driver: "." is named after the directory; a | in a name is a name.
    mkdir proj && cp api.go proj/main.go
    (cd proj && "$BIN/gomini" build . >/dev/null && [ -x proj ])
    cp api.go 'x|api.go'
    run "$BIN/gomini" build 'x|api.go' api.go -o two
    [ "$status" -eq 0 ]
}

@test "vm.Run: a bundled plugin host runs plugins embedded in it, and names the commands a plugin bundle has" {
    write_commands
    mkdir plugins
    "$BIN/gomini" -c api.go -o plugins/api.gmb
    "$BIN/gomini" -o plugins/worker.json worker.go
    "$BIN/gomini" -o api.json api.go
    "$BIN/gobundle" -c -o plugins/both.gmb api.json plugins/worker.json
    cat >host.go <<'EOF2'
package main

import (
	"fmt"
	"vm"
)

func main() {
	for _, p := range []string{"plugins/api.gmb", "plugins/worker.json"} {
		out, err := vm.Run(p, "x")
		fmt.Printf("%s: %q %v\n", p, out, err)
	}
	out, err := vm.Run("plugins/both.gmb", "worker", "y")
	fmt.Printf("%q %v\n", out, err)
	_, err = vm.Run("plugins/both.gmb", "nope")
	fmt.Println(err)
}
EOF2
    "$BIN/gomini" build host.go --embed plugins -o host
    mkdir e && cd e
    run ../host
    [ "$status" -eq 0 ]
    [ "$output" = 'plugins/api.gmb: "api 2 [x]\n" <nil>
plugins/worker.json: "worker 2 [x]\n" <nil>
"worker 2 [y]\n" <nil>
vm.Run: plugins/both.gmb: no command "nope" (its commands: api, worker)' ]
}

@test "--embed: names with quotes, backslashes, tabs and non-ASCII letters are keys like any other" {
    mkdir odd
    printf 'q' >'odd/say "hi".txt'
    printf 'b' >'odd/back\slash.txt'
    printf 't' >"$(printf 'odd/tab\there.txt')"
    printf 'e' >'odd/café.txt'
    cat >odd.go <<'EOF2'
package main

import (
	"fmt"
	"os"
)

func main() {
	es, err := os.ReadDir("odd")
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, e := range es {
		b, err := os.ReadFile("odd/" + e.Name())
		fmt.Printf("%q %q %v\n", e.Name(), b, err)
	}
}
EOF2
    want=$("$BIN/gomini" odd.go)
    "$BIN/gomini" build odd.go --embed odd -o oddb
    mkdir e && cd e
    run ../oddb
    [ "$status" -eq 0 ]
    [ "$output" = "$want" ]
    [ "${#lines[@]}" -eq 4 ]
}

@test "a program that removes embedded paths (on disk too) no longer sees them, in Stat or ReadDir" {
    mkdir -p data/sub
    echo c >data/sub/c.txt
    echo k >data/keep.txt
    cat >rm.go <<'EOF2'
package main

import (
	"fmt"
	"os"
)

func list(dir string) {
	es, err := os.ReadDir(dir)
	fmt.Print(dir, ":")
	for _, e := range es {
		fmt.Print(" ", e.Name())
	}
	fmt.Println("", err)
}

func main() {
	list("data")
	fmt.Println(os.Remove("data/sub/c.txt"), os.Remove("data/sub"))
	_, err := os.Stat("data/sub/c.txt")
	fmt.Println(os.IsNotExist(err))
	list("data")
}
EOF2
    "$BIN/gomini" build rm.go --embed data -o rmb
    mkdir run && cp -r data run/ && cd run
    run ../rmb
    [ "$status" -eq 0 ]
    [ "$output" = 'data: keep.txt sub <nil>
<nil> <nil>
true
data: keep.txt <nil>' ]
}

@test "an embedded file is found by its absolute path in the directory the program runs in, as a file on disk would be" {
    mkdir data && echo a >data/a.txt
    cat >abs.go <<'EOF2'
package main

import (
	"fmt"
	"os"
)

func main() {
	b, err := os.ReadFile(os.Args[1] + "/data/a.txt")
	fmt.Printf("%q %v\n", b, err)
	fi, err := os.Stat(os.Args[1] + "/data")
	fmt.Println(fi.IsDir(), err)
}
EOF2
    "$BIN/gomini" build abs.go --embed data -o absb
    mkdir e && cd e
    run ../absb "$PWD"
    [ "$status" -eq 0 ]
    [ "$output" = '"a\n" <nil>
true <nil>' ]
}
