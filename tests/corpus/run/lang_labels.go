package main

import "fmt"

func findPair(grid [][]int, target int) (int, int, bool) {
	var ri, ci int
	found := false
outer:
	for i, row := range grid {
		for j, v := range row {
			if v == target {
				ri, ci, found = i, j, true
				break outer
			}
		}
	}
	return ri, ci, found
}

func primes(limit int) []int {
	var out []int
next:
	for n := 2; n <= limit; n++ {
		for _, p := range out {
			if p*p > n {
				break
			}
			if n%p == 0 {
				continue next
			}
		}
		out = append(out, n)
	}
	return out
}

func countdown(n int) {
	i := n
loop:
	if i > 0 {
		fmt.Print(i, " ")
		i--
		goto loop
	}
	fmt.Println("liftoff")
}

func retry(attempts int) (tries int) {
	tries = 0
again:
	tries++
	if tries < attempts {
		goto again
	}
	return
}

func main() {
	grid := [][]int{{1, 2, 3}, {4, 5, 6}, {7, 8, 9}}
	fmt.Println(findPair(grid, 6))
	fmt.Println(findPair(grid, 10))
	fmt.Println(primes(50))
	countdown(5)
	fmt.Println(retry(4))

	count := 0
rows:
	for i := 0; i < 5; i++ {
		switch {
		case i == 1:
			continue rows
		case i == 4:
			break rows
		}
		for j := 0; j < 5; j++ {
			if j > i {
				continue rows
			}
			count++
		}
	}
	fmt.Println("count:", count)

	words := []string{"alpha", "beta", "stop", "gamma"}
sw:
	for _, w := range words {
		switch w {
		case "stop":
			break sw
		default:
			fmt.Print(w, ";")
		}
	}
	fmt.Println()

	for i := 0; i < 3; i++ {
		switch i {
		case 1:
			break
		default:
			fmt.Print("i=", i, " ")
		}
	}
	fmt.Println()
}
