// A struct field and a method of the same type may not share a name:
// methods added later reuse the names of fields. The error is at the method
// name; Go adds "\tFILE:LINE:COL: other declaration of NAME" at the field.
package main

import (
	"fmt"
	"strings"
)

type User struct {
	Name  string
	Email string
}

func (u User) Name() string { // ERROR col=15 "field and method with the same name Name"
	first, _, _ := strings.Cut(u.Email, "@")
	return first
}

type Server struct {
	Addr string
	Port int
}

func (s *Server) Addr() string { // ERROR col=18 "field and method with the same name Addr"
	return fmt.Sprintf("localhost:%d", s.Port)
}

func (s *Server) Listen() string {
	return fmt.Sprint("listening on port ", s.Port)
}

func main() {
	u := User{Name: "ana", Email: "ana@example.com"}
	s := &Server{Addr: "localhost", Port: 80}
	fmt.Println(u.Email, s.Listen())
}
