package main

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

// Records parsed with Sscan and Sscanf into struct fields.
type Employee struct {
	Name   string
	Age    int
	Salary float64
	Active bool
}

type Celsius float64
type Tag string
type Level uint8

type Point struct{ X, Y int }

// A reader of the program's own: fmt reads it a byte at a time.
type slowReader struct {
	data  string
	pos   int
	calls int
}

func (r *slowReader) Read(p []byte) (int, error) {
	r.calls++
	if r.pos >= len(r.data) {
		return 0, fmt.Errorf("slowReader: no more data")
	}
	n := copy(p, r.data[r.pos:])
	r.pos += n
	return n, nil
}

// A reader that hands out its data in chunks and returns io.EOF with
// the last one, as io.Reader allows.
type chunkReader struct {
	chunks []string
}

func (r *chunkReader) Read(p []byte) (int, error) {
	if len(r.chunks) == 0 {
		return 0, io.EOF
	}
	n := copy(p, r.chunks[0])
	r.chunks[0] = r.chunks[0][n:]
	if r.chunks[0] == "" {
		r.chunks = r.chunks[1:]
	}
	if len(r.chunks) == 0 {
		return n, io.EOF
	}
	return n, nil
}

// An io.RuneScanner of the program's own: fmt reads it by ReadRune and
// gives back the rune it read ahead with UnreadRune.
type runeSource struct {
	runes   []rune
	pos     int
	unreads int
}

func (r *runeSource) Read(p []byte) (int, error) {
	return 0, fmt.Errorf("Read should not be called")
}

func (r *runeSource) ReadRune() (rune, int, error) {
	if r.pos >= len(r.runes) {
		return 0, 0, io.EOF
	}
	c := r.runes[r.pos]
	r.pos++
	return c, len(string(c)), nil
}

func (r *runeSource) UnreadRune() error {
	r.pos--
	r.unreads++
	return nil
}

func parseEmployees() {
	fmt.Println("== employees ==")
	lines := []string{
		"alice 34 5200.50 true",
		"bob 41 4100 false",
		"carol x 3900 true",
		"dave 29",
	}
	for _, line := range lines {
		var e Employee
		n, err := fmt.Sscan(line, &e.Name, &e.Age, &e.Salary, &e.Active)
		if err != nil {
			fmt.Printf("%-24q n=%d err=%v\n", line, n, err)
			continue
		}
		fmt.Printf("%-24q %+v\n", line, e)
	}
	var p Point
	n, err := fmt.Sscanf("(3, -4)", "(%d, %d)", &p.X, &p.Y)
	fmt.Println("point:", n, err, p)
	var day, month, year int
	n, err = fmt.Sscanf("2023-07-15", "%4d-%2d-%2d", &year, &month, &day)
	fmt.Println("date:", n, err, year, month, day)
	var key string
	var val int
	n, err = fmt.Sscanf("width=640", "width=%d", &val)
	fmt.Println("kv:", n, err, val)
	n, err = fmt.Sscanf("height:480", "width=%d", &val)
	fmt.Println("kv mismatch:", n, err)
	n, err = fmt.Sscanf("name: gopher", "name: %s", &key)
	fmt.Println("name:", n, err, key)
}

func tokenize() {
	fmt.Println("== tokenizer ==")
	input := "sum 3 4.5 -2 0x1F 010 1_000 words\tand\nlines"
	r := strings.NewReader(input)
	var words []string
	for {
		var w string
		if _, err := fmt.Fscan(r, &w); err != nil {
			fmt.Println("stop:", err)
			break
		}
		words = append(words, w)
	}
	fmt.Printf("%d words: %q\n", len(words), words)
	total := 0.0
	for _, w := range words[1:] {
		var f float64
		if _, err := fmt.Sscan(w, &f); err == nil {
			total += f
		} else {
			fmt.Printf("  %q: %v\n", w, err)
		}
	}
	fmt.Println("float total:", total)
	itotal := 0
	for _, w := range words[1:] {
		var i int
		if _, err := fmt.Sscan(w, &i); err == nil {
			itotal += i
		} else {
			fmt.Printf("  %q: %v\n", w, err)
		}
	}
	fmt.Println("int total:", itotal)
}

func sizedAndNamed() {
	fmt.Println("== sized and named ==")
	var i8 int8
	var u8 uint8
	var i16 int16
	var u32 uint32
	var i64 int64
	var u uint
	var r rune
	var f32 float32
	show := func(what string, n int, err error) {
		fmt.Printf("%-16s n=%d err=%v\n", what, n, err)
	}
	n, err := fmt.Sscan("-128 255 -32768 4294967295", &i8, &u8, &i16, &u32)
	show("limits", n, err)
	fmt.Println(i8, u8, i16, u32)
	n, err = fmt.Sscan("300", &i8)
	show("int8 300", n, err)
	n, err = fmt.Sscan("256", &u8)
	show("uint8 256", n, err)
	n, err = fmt.Sscan("99999999999999999999", &i64)
	show("int64 huge", n, err)
	n, err = fmt.Sscan("18446744073709551616", &u)
	show("uint huge", n, err)
	n, err = fmt.Sscan("-1", &u)
	show("uint -1", n, err)
	n, err = fmt.Sscan("65 3.14159274", &r, &f32)
	show("rune float32", n, err)
	fmt.Println(r, f32)
	n, err = fmt.Sscan("1e39", &f32)
	show("float32 1e39", n, err)
	var c Celsius
	var t Tag
	var lv Level
	n, err = fmt.Sscan("36.6 urgent 7", &c, &t, &lv)
	show("named", n, err)
	fmt.Println(c, t, lv)
	n, err = fmt.Sscanf("21.5", "%d", &c)
	show("named %d", n, err)
	fmt.Println(c)
	var f float64
	n, err = fmt.Sscanf("21.5", "%d", &f)
	show("float64 %d", n, err)
	var bs []byte
	n, err = fmt.Sscan("bytes!", &bs)
	show("[]byte", n, err)
	fmt.Println(string(bs), len(bs))
	var b bool
	n, err = fmt.Sscan("T", &b)
	show("bool T", n, err)
	fmt.Println(b)
	n, err = fmt.Sscan("tru", &b)
	show("bool tru", n, err)
}

func errorCases() {
	fmt.Println("== errors ==")
	var i, j int
	var s string
	var f float64
	show := func(what string, n int, err error) {
		fmt.Printf("%-22s n=%d err=%v\n", what, n, err)
	}
	n, err := fmt.Sscan("", &i)
	show("empty", n, err)
	n, err = fmt.Sscan("   \n\t ", &i)
	show("only space", n, err)
	n, err = fmt.Sscan("7", &i, &j)
	show("second missing", n, err)
	n, err = fmt.Sscan("abc", &i)
	show("not a number", n, err)
	n, err = fmt.Sscan("abc", &f)
	show("float abc", n, err)
	n, err = fmt.Sscan("1e400", &f)
	show("float range", n, err)
	n, err = fmt.Sscan("0x", &i)
	show("0x", n, err)
	n, err = fmt.Sscan("5", i)
	show("not a pointer", n, err)
	var p Point
	n, err = fmt.Sscan("5", &p)
	show("pointer to struct", n, err)
	var m map[string]int
	n, err = fmt.Sscan("5", &m)
	show("pointer to map", n, err)
	n, err = fmt.Sscanf("1 2", "%d", &i, &j)
	show("too many operands", n, err)
	n, err = fmt.Sscanf("1 2", "%d %d", &i)
	show("too few operands", n, err)
	n, err = fmt.Sscanf("x", "%s", &i)
	show("bad verb", n, err)
	n, err = fmt.Sscanf("5", "%d%", &i)
	show("trailing %", n, err)
	n, err = fmt.Sscanf(`"open`, "%q", &s)
	show("unterminated %q", n, err)
	n, err = fmt.Sscanf(`"bad \z"`, "%q", &s)
	show("bad escape", n, err)
	n, err = fmt.Sscanf("plain", "%q", &s)
	show("unquoted", n, err)
	n, err = fmt.Sscanf("zz", "%x", &s)
	show("no hex", n, err)
	n, err = fmt.Sscanf("1\n2", "%d %d", &i, &j)
	show("newline in input", n, err)
	n, err = fmt.Sscanf("1 2", "%d\n%d", &i, &j)
	show("newline in format", n, err)
	n, err = fmt.Sscanf("50", "%d%%", &i)
	show("missing %", n, err)
	n, err = fmt.Sscanf("é", "%c", new(int8))
	show("%c overflow", n, err)
}

func scanlnCases() {
	fmt.Println("== Sscanln ==")
	var a, b int
	show := func(what string, n int, err error) {
		fmt.Printf("%-18s n=%d err=%v a=%d b=%d\n", what, n, err, a, b)
	}
	n, err := fmt.Sscanln("1 2\n3", &a, &b)
	show("two on a line", n, err)
	n, err = fmt.Sscanln("4\n5", &a, &b)
	show("split lines", n, err)
	n, err = fmt.Sscanln("6 7 8", &a, &b)
	show("one too many", n, err)
	n, err = fmt.Sscanln("\n", &a)
	show("blank line", n, err)
	n, err = fmt.Sscanln("", &a)
	show("empty", n, err)
	n, err = fmt.Sscanln("9 10  \r\n", &a, &b)
	show("crlf", n, err)
	n, err = fmt.Sscanln("11", &a, &b)
	show("short", n, err)
}

func verbs() {
	fmt.Println("== verbs ==")
	var i, j, k int
	var u8 uint8
	var s, t string
	var r1, r2 rune
	var f, g float64
	var b1, b2 bool
	n, err := fmt.Sscanf("ff 0x1f 17 101", "%x %v %o %b", &i, &j, &u8, &k)
	fmt.Println(n, err, i, j, u8, k)
	n, err = fmt.Sscanf(`"tab\tquote\"" 676f`, "%q %x", &s, &t)
	fmt.Printf("%d %v %q %q\n", n, err, s, t)
	n, err = fmt.Sscanf("`raw \\n`", "%q", &s)
	fmt.Printf("%d %v %q\n", n, err, s)
	n, err = fmt.Sscanf("abcdef", "%3s%s", &s, &t)
	fmt.Println(n, err, s, t)
	n, err = fmt.Sscanf("12345", "%2d%d", &i, &j)
	fmt.Println(n, err, i, j)
	n, err = fmt.Sscanf("x→", "%c%c", &r1, &r2)
	fmt.Println(n, err, r1, string(r2))
	n, err = fmt.Sscanf("2.5e3 -0.125", "%e %g", &f, &g)
	fmt.Println(n, err, f, g)
	n, err = fmt.Sscanf("1.5p3 0x1p-2", "%f %f", &f, &g)
	fmt.Println(n, err, f, g)
	n, err = fmt.Sscanf("true F", "%t %v", &b1, &b2)
	fmt.Println(n, err, b1, b2)
	n, err = fmt.Sscanf("U+263A", "%U", &r1)
	fmt.Println(n, err, string(r1))
	n, err = fmt.Sscanf("100% done", "%d%% %s", &i, &s)
	fmt.Println(n, err, i, s)
	n, err = fmt.Sscanf("a,b , c", "%1s,%1s , %s", &s, &t, &i)
	fmt.Println(n, err, s, t)
}

func readers() {
	fmt.Println("== readers ==")
	sr := strings.NewReader("10 20\n30 forty\n50")
	var a, b, c int
	n, err := fmt.Fscan(sr, &a, &b, &c)
	fmt.Println("fscan:", n, err, a, b, c)
	n, err = fmt.Fscan(sr, &a)
	fmt.Println("fscan word:", n, err)
	var w string
	n, err = fmt.Fscan(sr, &w)
	fmt.Println("fscan rest:", n, err, w, sr.Len())
	n, err = fmt.Fscan(sr, &a)
	fmt.Println("fscan end:", n, err, a)

	br := bufio.NewReader(strings.NewReader("3\n1 2 3\nname: go\ntail line\n"))
	var count int
	fmt.Fscan(br, &count)
	sum := 0
	for i := 0; i < count; i++ {
		var x int
		fmt.Fscan(br, &x)
		sum += x
	}
	var name string
	n, err = fmt.Fscanf(br, "\nname: %s\n", &name)
	fmt.Println("bufio:", count, sum, n, err, name)
	rest, err := br.ReadString('\n')
	fmt.Printf("rest %q %v\n", rest, err)

	lr := strings.NewReader("1 2\n3\n\n4 5 6\n")
	for {
		var x, y int
		n, err := fmt.Fscanln(lr, &x, &y)
		if n == 0 && err != nil && err.Error() == "EOF" {
			fmt.Println("fscanln done")
			break
		}
		fmt.Println("fscanln:", n, err, x, y)
	}

	slow := &slowReader{data: "42 hello\n7"}
	var num int
	var word string
	n, err = fmt.Fscan(slow, &num, &word)
	fmt.Println("slow:", n, err, num, word, slow.calls)
	n, err = fmt.Fscan(slow, &num)
	fmt.Println("slow again:", n, err, num)
	n, err = fmt.Fscan(slow, &num)
	fmt.Println("slow end:", n, err)

	cr := &chunkReader{chunks: []string{"3.5 ", "ki", "wi 1", "2"}}
	var fl float64
	var fruit string
	var qty int
	n, err = fmt.Fscan(cr, &fl, &fruit, &qty)
	fmt.Println("chunks:", n, err, fl, fruit, qty)
	n, err = fmt.Fscan(cr, &qty)
	fmt.Println("chunks end:", n, err == io.EOF)
	n, err = fmt.Fscanf(&chunkReader{chunks: []string{"id=", "7;"}}, "id=%d;", &qty)
	fmt.Println("chunks fscanf:", n, err, qty)

	rs := &runeSource{runes: []rune("π 3.14 ok\n€5")}
	var word1, word2 string
	n, err = fmt.Fscan(rs, &word1, &fl, &word2)
	fmt.Println("runes:", n, err, word1, fl, word2, rs.pos, rs.unreads)
	var euro rune
	n, err = fmt.Fscanf(rs, "\n%c%d", &euro, &qty)
	fmt.Println("runes fscanf:", n, err, string(euro), qty, rs.pos)
}

func main() {
	parseEmployees()
	tokenize()
	sizedAndNamed()
	errorCases()
	scanlnCases()
	verbs()
	readers()
}
