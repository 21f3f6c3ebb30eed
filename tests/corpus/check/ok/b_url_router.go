// A tiny HTTP-style router: path patterns with :params, handler function
// types, middleware closures wrapping handlers, and typed status errors.
package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
	"time"
)

type Request struct {
	Method, Path string
	Params       map[string]string
}

type Response struct {
	Status int
	Body   string
}

type Handler func(*Request) (Response, error)
type Middleware func(Handler) Handler

type HTTPError struct {
	Status int
	Msg    string
}

func (e *HTTPError) Error() string { return fmt.Sprintf("%d %s", e.Status, e.Msg) }

var ErrNotFound = &HTTPError{404, "not found"}

var _ error = (*HTTPError)(nil)

type route struct {
	method string
	parts  []string
	h      Handler
}

type Router struct {
	routes []route
	mw     []Middleware
}

func (r *Router) Handle(method, pattern string, h Handler) {
	r.routes = append(r.routes, route{method, strings.Split(strings.Trim(pattern, "/"), "/"), h})
}

func (r *Router) Use(m Middleware) { r.mw = append(r.mw, m) }

func match(parts []string, path string) (map[string]string, bool) {
	segs := strings.Split(strings.Trim(path, "/"), "/")
	if len(segs) != len(parts) {
		return nil, false
	}
	params := map[string]string{}
	for i, p := range parts {
		if strings.HasPrefix(p, ":") {
			params[p[1:]] = segs[i]
		} else if p != segs[i] {
			return nil, false
		}
	}
	return params, true
}

func (r *Router) Serve(req *Request) Response {
	var h Handler = func(*Request) (Response, error) { return Response{}, ErrNotFound }
	for _, rt := range r.routes {
		if params, ok := match(rt.parts, req.Path); ok && rt.method == req.Method {
			req.Params, h = params, rt.h
			break
		}
	}
	for i := len(r.mw) - 1; i >= 0; i-- {
		h = r.mw[i](h)
	}
	resp, err := h(req)
	var he *HTTPError
	if errors.As(err, &he) {
		return Response{he.Status, he.Msg}
	} else if err != nil {
		return Response{500, "internal error: " + err.Error()}
	}
	return resp
}

func main() {
	users := map[string]string{"1": "ada", "2": "linus"}
	var log []string
	r := &Router{}
	r.Use(func(next Handler) Handler {
		return func(req *Request) (Response, error) {
			start := time.Now()
			resp, err := next(req)
			_ = time.Since(start)
			log = append(log, fmt.Sprintf("%s %s -> %d err=%v", req.Method, req.Path, resp.Status, err))
			return resp, err
		}
	})
	r.Use(func(next Handler) Handler {
		return func(req *Request) (Response, error) {
			if strings.HasPrefix(req.Path, "/admin") {
				return Response{}, &HTTPError{403, "forbidden"}
			}
			return next(req)
		}
	})
	r.Handle("GET", "/users/:id", func(req *Request) (Response, error) {
		name, ok := users[req.Params["id"]]
		if !ok {
			return Response{}, fmt.Errorf("user %s: %w", req.Params["id"], ErrNotFound)
		}
		return Response{200, "hello " + name}, nil
	})
	r.Handle("GET", "/users", func(*Request) (Response, error) {
		ids := make([]string, 0, len(users))
		for id := range users {
			ids = append(ids, id)
		}
		sort.Strings(ids)
		return Response{200, strings.Join(ids, ",")}, nil
	})
	r.Handle("POST", "/crash/:why", func(req *Request) (Response, error) {
		return Response{}, errors.New("boom: " + req.Params["why"])
	})
	for _, q := range [][2]string{{"GET", "/users/1"}, {"GET", "/users/9"}, {"GET", "/users"}, {"DELETE", "/users/1"}, {"GET", "/admin/stats"}, {"POST", "/crash/disk"}} {
		resp := r.Serve(&Request{Method: q[0], Path: q[1]})
		fmt.Printf("%-6s %-13s %d %q\n", q[0], q[1], resp.Status, resp.Body)
	}
	fmt.Println(strings.Join(log, "\n"))
}
