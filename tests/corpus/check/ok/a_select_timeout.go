// select over several channels with a time.After timeout, a quit channel,
// a non-blocking default case, and a ticker-like producer goroutine.
package main

import (
	"errors"
	"fmt"
	"time"
)

type Event struct {
	Seq  int
	Kind string
}

var ErrTimeout = errors.New("timed out")

func producer(n int, every time.Duration, quit <-chan struct{}) <-chan Event {
	ch := make(chan Event)
	go func() {
		defer close(ch)
		for i := 1; i <= n; i++ {
			kind := "tick"
			if i%3 == 0 {
				kind = "tock"
			}
			select {
			case ch <- Event{i, kind}:
			case <-quit:
				return
			}
			time.Sleep(every)
		}
	}()
	return ch
}

func waitFor(ch <-chan Event, limit time.Duration) (Event, error) {
	select {
	case e, ok := <-ch:
		if !ok {
			return Event{}, errors.New("channel closed")
		}
		return e, nil
	case <-time.After(limit):
		return Event{}, ErrTimeout
	}
}

func main() {
	quit := make(chan struct{})
	events := producer(5, time.Millisecond, quit)
	counts := map[string]int{}
	for {
		e, err := waitFor(events, 2*time.Second)
		if err != nil {
			fmt.Println("stop:", err)
			break
		}
		counts[e.Kind]++
		fmt.Println("got", e.Seq, e.Kind)
	}
	close(quit)
	fmt.Println(counts)

	never := make(chan Event)
	_, err := waitFor(never, 10*time.Millisecond)
	fmt.Println(err, errors.Is(err, ErrTimeout))

	mailbox := make(chan string, 1)
	for _, msg := range []string{"first", "second"} {
		select {
		case mailbox <- msg:
			fmt.Println("queued", msg)
		default:
			fmt.Println("mailbox full, dropped", msg)
		}
	}
	select {
	case m := <-mailbox:
		fmt.Println("received", m)
	default:
		fmt.Println("empty")
	}
}
