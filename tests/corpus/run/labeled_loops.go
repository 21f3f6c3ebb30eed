package main

import "fmt"

func findPair(nums []int, target int) (int, int, bool) {
	for i := 0; i < len(nums); i++ {
		for j := i + 1; j < len(nums); j++ {
			if nums[i]+nums[j] == target {
				return i, j, true
			}
		}
	}
	return -1, -1, false
}

func primes(limit int) []int {
	var out []int
outer:
	for n := 2; n <= limit; n++ {
		for _, p := range out {
			if p*p > n {
				break
			}
			if n%p == 0 {
				continue outer
			}
		}
		out = append(out, n)
	}
	return out
}

func searchGrid(grid [][]int, want int) (r, c int) {
	r, c = -1, -1
search:
	for i, row := range grid {
		for j, v := range row {
			if v == want {
				r, c = i, j
				break search
			}
		}
	}
	return
}

func countdown(n int) {
loop:
	if n > 0 {
		fmt.Print(n, " ")
		n--
		goto loop
	}
	fmt.Println("liftoff")
}

func main() {
	fmt.Println(findPair([]int{3, 8, 1, 9, 4}, 13))
	fmt.Println(findPair([]int{1, 2}, 10))
	fmt.Println(primes(60))

	grid := [][]int{{1, 2, 3}, {4, 5, 6}, {7, 5, 9}}
	fmt.Println(searchGrid(grid, 5))
	fmt.Println(searchGrid(grid, 10))

	countdown(5)

	count := 0
rows:
	for i := 0; i < 5; i++ {
		for j := 0; j < 5; j++ {
			switch {
			case j > i:
				continue rows
			case i == 4:
				break rows
			}
			count++
		}
	}
	fmt.Println("count", count)

	matrix := [][]string{{"a", "b", "STOP", "c"}, {"d", "SKIP", "e"}, {"f"}}
	var seen []string
lines:
	for _, line := range matrix {
		for _, tok := range line {
			switch tok {
			case "SKIP":
				continue lines
			case "STOP":
				break
			default:
				seen = append(seen, tok)
			}
		}
	}
	fmt.Println(seen)

	i := 0
	for {
		i++
		if i%2 == 0 {
			continue
		}
		if i > 9 {
			break
		}
		fmt.Print(i, ",")
	}
	fmt.Println()
}
