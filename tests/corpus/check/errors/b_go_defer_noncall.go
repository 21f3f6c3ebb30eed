// go and defer followed by a function value instead of a call: the
// parentheses are missing.
package main

import (
	"fmt"
	"time"
)

type Server struct {
	name    string
	started time.Time
}

func main() {
	srv := &Server{name: "api", started: time.Now()}
	stop := func() {
		fmt.Println("stopping", srv.name, time.Since(srv.started) >= 0)
	}
	heartbeat := func() {
		fmt.Println("alive")
	}
	defer stop // ERROR col=8 "expression in defer must be function call"
	go heartbeat // ERROR col=5 "expression in go must be function call"
	fmt.Println("serving", srv.name)
}
