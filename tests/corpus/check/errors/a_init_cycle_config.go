// Three package-level settings whose initializers depend on each other in
// a ring: defaultTimeout needs retryBudget, which needs maxAttempts, which
// needs defaultTimeout again. Go 1.19 said "initialization loop for
// defaultTimeout"; current Go says "initialization cycle for ...". Go
// continues with one line per step, each at the referring variable:
// "defaultTimeout refers to retryBudget", "retryBudget refers to
// maxAttempts", "maxAttempts refers to defaultTimeout".
package main

import (
	"fmt"
	"time"
)

var defaultTimeout time.Duration = retryBudget / 2 // ERROR col=5 "initialization cycle for defaultTimeout"

var retryBudget time.Duration = time.Duration(maxAttempts) * time.Second

var maxAttempts int = int(defaultTimeout/time.Second) + 1

type Settings struct {
	Timeout  time.Duration
	Attempts int
}

func (s Settings) String() string {
	return fmt.Sprintf("timeout=%v attempts=%d", s.Timeout, s.Attempts)
}

func main() {
	s := Settings{Timeout: defaultTimeout, Attempts: maxAttempts}
	fmt.Println(s, retryBudget)
}
