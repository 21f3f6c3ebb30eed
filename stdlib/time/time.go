// Package time is gomini's declaration of Go's time package. gocheck
// reads it to learn the package's API; the functions and methods are
// implemented natively by govm, so they are declared here without bodies.
// The Duration constants are Go's own, with Go's exact values.
//
// Sleep and After suspend only the calling task: the VM runs other tasks
// meanwhile.
//
// Not provided: Time's Format, Parse, AppendFormat and the layout
// constants, Location, LoadLocation, UTC, Local, Date, Month, Weekday,
// Time's calendar methods (Year, Month, Day, Hour, Clock, Date, ...),
// Time's Add, AddDate, Truncate, Round, Equal, Before, After, Compare
// methods, Unix(sec, nsec) and UnixMilli, Until, Tick, NewTicker, Ticker,
// NewTimer, Timer, AfterFunc, ParseDuration, and Duration's Hours,
// Minutes, Microseconds, Nanoseconds, Round, Truncate and Abs methods.
package time

type Duration int64

const (
	Nanosecond  Duration = 1
	Microsecond          = 1000 * Nanosecond
	Millisecond          = 1000 * Microsecond
	Second               = 1000 * Millisecond
	Minute               = 60 * Second
	Hour                 = 60 * Minute
)

func (d Duration) String() string
func (d Duration) Seconds() float64
func (d Duration) Milliseconds() int64

type Time struct {
	wall uint64
	ext  int64
}

func (t Time) Sub(u Time) Duration
func (t Time) Unix() int64
func (t Time) UnixNano() int64

func Now() Time
func Since(t Time) Duration
func Sleep(d Duration)
func After(d Duration) <-chan Time
