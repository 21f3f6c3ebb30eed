package main

import "fmt"

type Counter struct {
	N int
}

func incr(p *int) {
	*p = *p + 1
}

func swap(a, b *int) {
	*a, *b = *b, *a
}

func bump(c *Counter) {
	c.N += 10
}

func noBump(c Counter) {
	c.N += 10
}

type Node struct {
	Val  int
	Next *Node
}

func main() {
	x := 5
	p := &x
	incr(p)
	incr(&x)
	fmt.Println(x, *p, p == &x)

	a, b := 1, 2
	swap(&a, &b)
	fmt.Println(a, b)

	n := new(int)
	fmt.Println(*n)
	*n = 99
	fmt.Println(*n)

	c := Counter{}
	bump(&c)
	noBump(c)
	fmt.Println(c.N)

	cp := &Counter{N: 1}
	cp.N++
	fmt.Println(cp.N, (*cp).N)

	var head *Node
	for i := 3; i >= 1; i-- {
		head = &Node{Val: i, Next: head}
	}
	for cur := head; cur != nil; cur = cur.Next {
		fmt.Println("node", cur.Val)
	}

	var np *Node
	fmt.Println(np == nil)

	pp := &p
	**pp = 1000
	fmt.Println(x)

	arr := []int{1, 2, 3}
	ep := &arr[1]
	*ep = 20
	fmt.Println(arr)
}
