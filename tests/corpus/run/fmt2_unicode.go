package main

import (
	"fmt"
	"unicode/utf8"
)

func main() {
	for _, r := range []rune{'A', 'z', '0', ' ', 'é', 'ß', 'Ω', '€', '日', '😀', 0xFFFD} {
		fmt.Printf("%U | %#U | %c | %d | %x | len=%d\n", r, r, r, r, r, utf8.RuneLen(r))
	}
	fmt.Printf("[%10U] [%-10U] [%#12U]\n", 'x', 'x', '世')
	fmt.Printf("%U %#U\n", 0x1F468, 0x1F469)
	fmt.Printf("%U\n", []rune("añ"))
	fmt.Printf("%c|%c|%c\n", 65, 0x263A, 0x1F30D)
	fmt.Printf("%5c|%-5c|\n", 'é', 'é')
	word := "naïve café"
	for i, r := range word {
		if r > 127 {
			fmt.Printf("byte %d: %#U takes %d bytes\n", i, r, utf8.RuneLen(r))
		}
	}
	var total int
	for _, r := range "¡Hola, señor! ¿Qué tal?" {
		if r > 127 {
			total++
			fmt.Printf("%U ", r)
		}
	}
	fmt.Println("non-ascii:", total)
	fmt.Printf("%d %d %d\n", len("€"), utf8.RuneCountInString("€€€"), len([]rune("€€€")))
	fmt.Printf("%v %s %q\n", '€', string('€'), '€')
	fmt.Printf("%08U|%-8U|\n", 'a', 'b')
	fmt.Printf("%#U %#U %#U %#U\n", '\n', 0, 0x7f, 0x10FFFF)
	box := []string{"┌──┐", "│日│", "└──┘"}
	for _, line := range box {
		fmt.Printf("%s bytes=%d runes=%d first=%U\n", line, len(line), utf8.RuneCountInString(line), []rune(line)[0])
	}
	names := []string{"Zoë", "Åsa", "Jürgen", "Ólafur"}
	for _, n := range names {
		r, size := utf8.DecodeRuneInString(n)
		fmt.Printf("%-8s initial %c (%U, %d bytes), padded [%-8s]\n", n, r, r, size, n)
	}
}
