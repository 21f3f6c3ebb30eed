package main

// Every unicode function, and the strings functions built on them, over
// runes from many scripts and classes. The expected output is Go 1.19's
// (Unicode 13), so every rune here is in Unicode 13 or is unassigned in
// Unicode 15 too.

import (
	"fmt"
	"strings"
	"unicode"
)

type class struct {
	name string
	is   func(rune) bool
}

var classes = []class{
	{"L", unicode.IsLetter},
	{"Lu", unicode.IsUpper},
	{"Ll", unicode.IsLower},
	{"Lt", unicode.IsTitle},
	{"Nd", unicode.IsDigit},
	{"N", unicode.IsNumber},
	{"M", unicode.IsMark},
	{"P", unicode.IsPunct},
	{"S", unicode.IsSymbol},
	{"Cc", unicode.IsControl},
	{"Sp", unicode.IsSpace},
	{"Pr", unicode.IsPrint},
	{"Gr", unicode.IsGraphic},
}

var runes = []rune{
	// ASCII
	0, '\t', '\n', '\v', '\f', '\r', 0x1F, ' ', '!', '"', '#', '$', '%', '\'',
	'(', '+', ',', '-', '.', '/', '0', '9', ':', '<', '=', '?', '@', 'A', 'K',
	'S', 'Z', '[', '\\', '^', '_', '`', 'a', 'k', 's', 'z', '{', '|', '~', 0x7F,
	// Latin-1
	0x80, 0x85, 0x9F, 0xA0, '¡', '¢', '§', '¨', '©', 'ª', '«', '¬', 0xAD, '®',
	'¯', '°', '±', '²', '´', 'µ', '¶', '·', '¸', '¹', 'º', '»', '¼', '¿', 'À',
	'Å', 'Æ', 'Ð', '×', 'Ø', 'Þ', 'ß', 'à', 'å', 'æ', '÷', 'ø', 'þ', 'ÿ',
	// Latin Extended, IPA
	'Ā', 'ā', 'İ', 'ı', 'Ĳ', 'ĸ', 'Ŀ', 'ŉ', 'Ÿ', 'ſ', 'ƀ', 'Ɓ', 'ǅ', 'Ǆ', 'ǆ',
	'ǈ', 'ǋ', 'ǲ', 'Ȣ', 'ȿ', 'ɐ', 'ʰ', 'ˆ', 'ẞ', 'ẛ', 'ᾈ', 'ᾳ', 'ῼ',
	// Greek
	'Α', 'α', 'Σ', 'σ', 'ς', 'Ω', 'ω', 'Ϊ', 'ΐ', 'ϐ', 'ϑ', 'ϕ', 'ϖ', 'ϰ', 'ϱ',
	'ϴ', 'ϵ', '\u0345', 'ι', 'ͅ',
	// Cyrillic
	'Ѐ', 'Я', 'а', 'я', 'ѐ', 'ѣ', 'Ѣ', 'ᲀ', 'ᲈ', 'ꙋ', 'Ӏ', 'ӏ',
	// Armenian, Georgian, Cherokee
	'Ա', 'ա', 'և', 'Ⴀ', 'ა', 'Ა', 'ჼ', 'Ꭰ', 'ꭰ', 'ᏸ', 'Ᏸ',
	// Deseret and other astral letters
	'𐐀', '𐐨', '𐓀', '𐲀', '𑢠', '𖹀', '𞤀', '𞤢',
	// Kelvin, Angstrom, Ohm, Roman numerals, circled letters
	'\u212A', '\u212B', '\u2126', 'Ⅰ', 'ⅰ', 'Ⓐ', 'ⓐ', 'ℓ', '℘',
	// full-width
	'Ａ', 'ａ', '０', '！', '￥',
	// digits and marks of other scripts
	'٠', '٩', '۵', '०', '९', 'क', 'ि', '्', 'ं', '\u0301', '\u20DD', '\u0488',
	'๑', '༣', '၀', '᠐', '𝟎', '𝟿', 'Ⅻ', 'ↂ', '〇', '½', '⅓', '①', '❶',
	// CJK, Hangul, kana
	'一', '中', '龥', '가', '힣', 'ア', 'ｱ', 'ー', '〆', '々', '𠀀',
	// punctuation and symbols
	'‐', '–', '—', '‘', '’', '“', '”', '„', '†', '•', '…', '‰', '‹', '※', '⁂',
	'、', '。', '「', '」', '﹏', '€', '£', '¥', '₹', '₿', '+', '−', '∑', '√',
	'∞', '≠', '⊕', '←', '↔', '■', '☃', '★', '♥', '✓', '⌘', '😀', '🙂', '🚀',
	'🇺', '\U0001F3FB', '\uFFFD', '\uFFFC',
	// spaces, separators and format characters
	'\u1680', '\u2000', '\u200A', '\u200B', '\u200C', '\u200D', '\u200E',
	'\u2028', '\u2029', '\u202F', '\u205F', '\u2060', '\u3000', '\uFEFF',
	'\u180E', '\u061C', '\u00AD', '\U000E0001', '\U000E0041',
	// private use, unassigned, noncharacters, surrogate code points
	'\uE000', '\uF8FF', '\U000F0000', '\U0010FFFD', '\u0378', '\u0530',
	'\uFFFF', '\U0001FFFF', '\U0010FFFF', 0xD800, 0xDFFF,
	// not runes at all
	-1, -2, 0x110000, 0x7FFFFFFF,
}

func describe(r rune) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%U", r)
	for _, c := range classes {
		if c.is(r) {
			b.WriteString(" ")
			b.WriteString(c.name)
		}
	}
	up, lo, ti, fo := unicode.ToUpper(r), unicode.ToLower(r), unicode.ToTitle(r), unicode.SimpleFold(r)
	if up != r || lo != r || ti != r {
		fmt.Fprintf(&b, " up=%U lo=%U ti=%U", up, lo, ti)
	}
	if fo != r {
		fmt.Fprintf(&b, " fold=%U", fo)
	}
	return b.String()
}

// The whole orbit of r under SimpleFold.
func orbit(r rune) string {
	s := fmt.Sprintf("%U", r)
	for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
		s += fmt.Sprintf(" %U", f)
	}
	return s
}

func main() {
	for _, r := range runes {
		fmt.Println(describe(r))
	}

	fmt.Println("-- orbits")
	for _, r := range []rune{'A', 'a', 'K', 'k', '\u212A', 'S', 's', 'ſ', 'ß', 'ẞ', 'Σ', 'ς', 'θ', 'ι', 'μ',
		'Ǆ', 'ǅ', 'İ', 'ı', 'в', 'Ꭰ', '𐐀', '1', -2, 0x110000} {
		fmt.Println(orbit(r))
	}

	// Blocks where Unicode 14 and 15 added nothing.
	fmt.Println("-- counts")
	blocks := [][2]rune{{0, 0x061D}, {0x1E00, 0x20C0}, {0x3000, 0x9FFD}}
	for _, c := range classes {
		n := 0
		for _, bl := range blocks {
			for r := bl[0]; r < bl[1]; r++ {
				if c.is(r) {
					n++
				}
			}
		}
		fmt.Println(c.name, n)
	}
	changed := 0
	for _, bl := range blocks {
		for r := bl[0]; r < bl[1]; r++ {
			if unicode.ToUpper(r) != r || unicode.ToLower(r) != r || unicode.SimpleFold(r) != r {
				changed++
			}
		}
	}
	fmt.Println("cased", changed)

	fmt.Println("-- strings")
	texts := []string{
		"hello, world",
		"Straße ǆungla ǉubljana ﬁne",
		"ÿ µ ß ı İ ŉ",
		"ΌΣΟΣ σοφός ΣΊΣΥΦΟΣ",
		"Привет, мир! ѣ",
		"Հայաստան ქართული ᏣᎳᎩ 𐐨𐐯𐑅",
		"ＡＢＣ ａｂｃ ①②",
		"o'neil mcdonald-smith x_y 3d-printer über-cool",
		"a\u00a0b\u2003c\u3000d\te",
		"bad \xff\xfe utf8",
		"",
	}
	for _, s := range texts {
		fmt.Printf("%q\n", s)
		fmt.Printf("  upper %q\n", strings.ToUpper(s))
		fmt.Printf("  lower %q\n", strings.ToLower(s))
		fmt.Printf("  title %q\n", strings.ToTitle(s))
		fmt.Printf("  Title %q\n", strings.Title(s))
		fmt.Printf("  fields %q\n", strings.Fields(s))
		fmt.Printf("  +q %+q\n", s)
	}

	fmt.Println("-- fold")
	pairs := [][2]string{
		{"Go", "GO"}, {"go", "gO"}, {"kelvin", "\u212Aelvin"}, {"KELVIN", "\u212Aelvin"},
		{"straße", "STRASSE"}, {"straße", "STRAẞE"}, {"ſ", "S"}, {"ſ", "s"},
		{"σ", "ς"}, {"Σ", "ς"}, {"ΣΊΣΥΦΟΣ", "σίσυφος"}, {"θ", "ϑ"}, {"ϴ", "θ"},
		{"µ", "Μ"}, {"µ", "μ"}, {"ı", "I"}, {"İ", "i"}, {"ǆ", "Ǆ"}, {"ǅ", "ǆ"},
		{"Ꭰ", "ꭰ"}, {"𐐀", "𐐨"}, {"Ａ", "ａ"}, {"å", "\u212B"}, {"Ω", "\u2126"},
		{"a", "ab"}, {"", ""}, {"\xff", "\xfe"}, {"\uFFFD", "\xff"}, {"@", "`"},
		{"[", "{"}, {"ß", "ss"}, {"ᲀ", "В"}, {"ᲀ", "в"},
	}
	for _, p := range pairs {
		fmt.Printf("%q %q %t\n", p[0], p[1], strings.EqualFold(p[0], p[1]))
	}

	fmt.Println("-- quote")
	for _, r := range []rune{'a', 'é', 'ß', '\u00a0', '\u00ad', '\u2028', '\u200b', '\uFEFF', '\uE000',
		'\u0378', '😀', '\U000E0001', '\U0010FFFF'} {
		fmt.Printf("%q %+q %#U %v\n", r, r, r, unicode.IsPrint(r))
	}
}
