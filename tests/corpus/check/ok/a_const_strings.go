// Constant strings built by concatenation, len of constant strings as
// constants, typed string constants and string indexing of constants.
package main

import (
	"fmt"
	"strings"
)

type Color string

const (
	Red   Color = "red"
	Green Color = "green"
	Blue  Color = "blue"
)

const (
	appName    = "gomini"
	version    = "1." + minor + ".0"
	minor      = "4"
	fullName   = appName + " v" + version
	nameLen    = len(fullName)
	ruler      = "----------"
	wideRuler  = ruler + ruler + ruler
	greekAlpha = "α"
	alphaBytes = len(greekAlpha)
)

func (c Color) Hex() string {
	switch c {
	case Red:
		return "#ff0000"
	case Green:
		return "#00ff00"
	case Blue:
		return "#0000ff"
	}
	return "#000000"
}

func (c Color) Label() string { return strings.ToUpper(string(c[:1])) + string(c[1:]) }

var firstByte = fullName[0]

var palette = map[Color]int{Red: 3, Green: 1, Blue: 2}

func pad(s string, width int) string {
	if len(s) >= width {
		return s
	}
	return s + strings.Repeat(" ", width-len(s))
}

func main() {
	fmt.Println(fullName, nameLen)
	fmt.Println(wideRuler[:nameLen])
	fmt.Printf("%c %d %T\n", firstByte, firstByte, firstByte)
	fmt.Println(greekAlpha, alphaBytes, len([]rune(greekAlpha)))

	var buf [nameLen]byte
	copy(buf[:], fullName)
	fmt.Println(string(buf[len(appName)+1:]))

	for _, c := range []Color{Red, Green, Blue, "purple"} {
		fmt.Println(pad(c.Label(), 8), c.Hex(), palette[c])
	}

	const greeting = "hello" + ", " + "world"
	const shout = greeting + "!"
	fmt.Println(strings.ToUpper(shout), len(shout))

	var s string = appName
	s += "/" + minor
	fmt.Println(s, s == appName+"/4")

	raw := `C:\path\` + appName
	fmt.Println(raw, strings.Count(raw, `\`))
	fmt.Println(string(Red) + string(Blue))
}
