// Keyed struct literals that set a field twice. The error is reported at
// the colon of the repeated key:value pair.
package main

import (
	"fmt"
	"time"
)

type Retry struct {
	Attempts int
	Delay    time.Duration
	Reason   string
}

type Job struct {
	Name  string
	Retry Retry
}

func main() {
	j := Job{
		Name: "backup",
		Retry: Retry{
			Attempts: 3,
			Delay:    2 * time.Second,
			Attempts: 5, // ERROR col=4 "duplicate field name Attempts in struct literal"
		},
		Name: "nightly", // ERROR col=3 "duplicate field name Name in struct literal"
	}
	fmt.Println(j.Name, j.Retry.Attempts, j.Retry.Delay)
}
