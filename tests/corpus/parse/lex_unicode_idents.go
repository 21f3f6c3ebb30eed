package main

import "fmt"

const π = 3.14159
const Ω = 1.0

type Größe struct {
	breite, höhe float64
}

func (g Größe) fläche() float64 { return g.breite * g.höhe }

// Identifiers may contain Unicode letters and digits, and underscores.
var (
	日本語      = "Japanese"
	café     = "coffee"
	naïve    = true
	ñandú    = "rhea"
	λ        = func(x int) int { return x * 2 }
	x٣       = 3 // ARABIC-INDIC DIGIT THREE is a Unicode digit
	_under   = 1
	__double = 2
	a1b2c3   = 3
	ǅemal    = "titlecase letter"
	Δx, Δy   = 0.5, 0.25
)

func größe(r float64) float64 { return π * r * r }

func main() {
	g := Größe{breite: 2, höhe: 3}
	für := "for"
	var 변수 int = 7
	ünïcödé := g.fläche()
	fmt.Println(größe(1), g.fläche(), 日本語, café, naïve, ñandú, λ(2), x٣, _under, __double, a1b2c3, ǅemal, Δx+Δy, Ω, für, 변수, ünïcödé)
}
