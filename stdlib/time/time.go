// Package time is gomini's declaration of Go's time package. gocheck
// reads it to learn the package's API; the functions and methods are
// implemented natively by govm, so they are declared here without bodies.
// The Duration constants are Go's own, with Go's exact values.
//
// Sleep and After suspend only the calling task: the others run
// meanwhile.
//
// Not provided: Parse, ParseDuration, the layout constants, Location,
// LoadLocation, UTC, Local, Date, Month, Weekday, the functions
// Unix(sec, nsec), UnixMilli and UnixMicro, Tick, NewTicker, Ticker,
// NewTimer, Timer, AfterFunc, and Time's methods other than those below
// (Format, AppendFormat, String, IsZero, AddDate, Truncate, Round, the
// calendar methods Year, Month, Day, Hour, Clock, Date, ..., the
// location methods UTC, Local, In, Zone, ..., and the marshaling
// methods).
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
func (d Duration) Hours() float64
func (d Duration) Minutes() float64
func (d Duration) Seconds() float64
func (d Duration) Milliseconds() int64
func (d Duration) Microseconds() int64
func (d Duration) Nanoseconds() int64
func (d Duration) Truncate(m Duration) Duration
func (d Duration) Round(m Duration) Duration
func (d Duration) Abs() Duration

type Time struct {
	wall uint64
	ext  int64
}

func (t Time) Add(d Duration) Time
func (t Time) Sub(u Time) Duration
func (t Time) Before(u Time) bool
func (t Time) After(u Time) bool
func (t Time) Equal(u Time) bool
func (t Time) Compare(u Time) int
func (t Time) Unix() int64
func (t Time) UnixMilli() int64
func (t Time) UnixMicro() int64
func (t Time) UnixNano() int64

func Now() Time
func Since(t Time) Duration
func Until(t Time) Duration
func Sleep(d Duration)
func After(d Duration) <-chan Time
