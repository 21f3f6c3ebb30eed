// Run-length encoding of byte slices: an encoder appending count/byte
// pairs, a decoder with bounds checks and typed errors, and round trips.
package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

type Codec interface {
	Encode(src []byte) []byte
	Decode(src []byte) ([]byte, error)
}

type binaryRLE struct{ maxRun int }
type textRLE struct{}

type CorruptError struct {
	Offset int
	Reason string
}

func (e *CorruptError) Error() string {
	return "corrupt input at " + strconv.Itoa(e.Offset) + ": " + e.Reason
}

func (c binaryRLE) Encode(src []byte) []byte {
	out := make([]byte, 0, len(src))
	for i := 0; i < len(src); {
		j := i
		for j < len(src) && src[j] == src[i] && j-i < c.maxRun {
			j++
		}
		out = append(out, byte(j-i), src[i])
		i = j
	}
	return out
}

func (binaryRLE) Decode(src []byte) ([]byte, error) {
	if len(src)%2 != 0 {
		return nil, &CorruptError{len(src) - 1, "odd length"}
	}
	var out []byte
	for i := 0; i < len(src); i += 2 {
		if src[i] == 0 {
			return nil, &CorruptError{i, "zero run"}
		}
		run := make([]byte, src[i])
		for k := range run {
			run[k] = src[i+1]
		}
		out = append(out, run...)
	}
	return out, nil
}

func (textRLE) Encode(src []byte) []byte {
	var b strings.Builder
	for i := 0; i < len(src); {
		j := i
		for j < len(src) && src[j] == src[i] {
			j++
		}
		b.WriteString(strconv.Itoa(j - i))
		b.WriteByte(src[i])
		i = j
	}
	return []byte(b.String())
}

func (textRLE) Decode(src []byte) ([]byte, error) {
	var out []byte
	n := 0
	for i, c := range src {
		if c >= '0' && c <= '9' {
			n = n*10 + int(c-'0')
			continue
		}
		if n == 0 {
			return nil, &CorruptError{i, "missing count"}
		}
		out = append(out, strings.Repeat(string(c), n)...)
		n = 0
	}
	return out, nil
}

func main() {
	codecs := map[string]Codec{"binary": binaryRLE{maxRun: 255}, "text": textRLE{}}
	inputs := []string{"aaabccddddd", "", "abc", strings.Repeat("z", 300) + "y"}
	for _, name := range []string{"binary", "text"} {
		c := codecs[name]
		for _, in := range inputs {
			enc := c.Encode([]byte(in))
			dec, err := c.Decode(enc)
			fmt.Printf("%-6s in=%3d enc=%3d ok=%t err=%v\n", name, len(in), len(enc), string(dec) == in, err)
		}
	}
	fmt.Printf("%q\n", textRLE{}.Encode([]byte("wwwwbbbw")))
	for _, bad := range [][]byte{{3, 'a', 0, 'b'}, {1}, []byte("x3y")} {
		_, err1 := binaryRLE{}.Decode(bad)
		_, err2 := textRLE{}.Decode(bad)
		var ce *CorruptError
		fmt.Println(err1, "|", err2, "|", errors.As(err1, &ce) && ce.Offset >= 0)
	}
}
