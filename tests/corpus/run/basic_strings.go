package main

import "fmt"

func reverse(s string) string {
	b := []byte(s)
	for i, j := 0, len(b)-1; i < j; i, j = i+1, j-1 {
		b[i], b[j] = b[j], b[i]
	}
	return string(b)
}

func isPalindrome(s string) bool {
	return s == reverse(s)
}

func countVowels(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case 'a', 'e', 'i', 'o', 'u':
			n++
		}
	}
	return n
}

func main() {
	s := "hello"
	t := s + ", " + "world"
	fmt.Println(t, len(t))
	fmt.Println(s[1], s[1:3], s[:2], s[3:])
	fmt.Println(reverse("gomini"))
	words := []string{"level", "hello", "racecar", "go", "a"}
	for _, w := range words {
		fmt.Println(w, isPalindrome(w), countVowels(w))
	}
	fmt.Println("abc" < "abd", "Z" < "a", "" == "")
	var empty string
	fmt.Println(len(empty), empty == "")
	acc := ""
	for i := 0; i < 5; i++ {
		acc += string(rune('a' + i))
	}
	fmt.Println(acc)
	b := []byte("xyz")
	b[0] = 'X'
	fmt.Println(string(b), b)
	multi := `raw\nstring`
	fmt.Println(multi, len(multi))
	fmt.Println("tab\tsep", "quote\"inside")
}
