// defer and go with calls that cannot be deferred: a conversion to a
// function type (the converted function was never called), and the
// built-in append, whose result would be thrown away.
package main

import "fmt"

type Hook func()

type Session struct {
	user string
	log  []string
}

func (s *Session) close() {
	fmt.Println("closed", s.user)
}

func main() {
	s := &Session{user: "ana"}
	defer Hook(s.close) // ERROR col=8 "defer requires function call, not conversion Hook(s.close) (value of func type Hook)"
	defer append(s.log, "done") // ERROR col=8 "defer discards result of append(s.log, \"done\") (value of type []string)"
	go len(s.log) // ERROR col=5 "go discards result of len(s.log) (value of type int)"
	s.log = append(s.log, "start")
	fmt.Println(s.log)
}
