// Comparisons between distinct named types: an order's customer ID (a
// named int64) against a plain int64, and two named string types. Each
// side must be converted explicitly.
package main

import "fmt"

type UserID int64
type OrderID int64

type Status string
type Label string

type Order struct {
	ID       OrderID
	Customer UserID
	State    Status
}

func ordersFor(orders []Order, who int64) []OrderID {
	var ids []OrderID
	for _, o := range orders {
		if o.Customer == who { // ERROR col=20 "invalid operation: o.Customer == who (mismatched types UserID and int64)"
			ids = append(ids, o.ID)
		}
	}
	return ids
}

func main() {
	orders := []Order{{1, 7, "open"}, {2, 8, "done"}}
	var shown Label = "done"
	for _, o := range orders {
		if o.State != shown { // ERROR col=17 "invalid operation: o.State != shown (mismatched types Status and Label)"
			fmt.Println("pending:", o.ID)
		}
		if UserID(o.ID) == o.Customer {
			fmt.Println("odd order", o.ID)
		}
	}
	fmt.Println(ordersFor(orders, 7))
}
