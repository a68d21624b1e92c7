// Package time provides Duration, Time (UTC only), Sleep, and timers: Timer, Ticker,
// After, Tick, AfterFunc. Duration's methods are Go's, ported from the time package
// (BSD license).
//
// Natives: now (crates/stdlib/src/time.rs); Sleep, startTimer, stopTimer
// (crates/vm/src/sched.rs). A timer lives in the scheduler's timer heap; when it fires,
// its function runs in a new goroutine (for Timer and Ticker, a non-blocking send of the
// time on C, as Go's sendTime does), so a sleeping goroutine or pending timer holds no
// thread.
package time

import (
	"errors"
	"sync"
)

// A Duration represents the elapsed time between two instants as an int64
// nanosecond count.
type Duration int64

const (
	minDuration Duration = -1 << 63
	maxDuration Duration = 1<<63 - 1
)

// Common durations.
const (
	Nanosecond  Duration = 1
	Microsecond          = 1000 * Nanosecond
	Millisecond          = 1000 * Microsecond
	Second               = 1000 * Millisecond
	Minute               = 60 * Second
	Hour                 = 60 * Minute
)

// String returns a string representing the duration in the form "72h3m0.5s".
// Leading zero units are omitted. Durations less than one second use a smaller
// unit (milli-, micro-, or nanoseconds). The zero duration formats as 0s.
func (d Duration) String() string {
	buf := make([]byte, 32)
	w := len(buf)
	u := uint64(d)
	neg := d < 0
	if neg {
		u = -u
	}
	if u < uint64(Second) {
		var prec int
		w--
		buf[w] = 's'
		w--
		switch {
		case u == 0:
			buf[w] = '0'
			return string(buf[w:])
		case u < uint64(Microsecond):
			prec = 0
			buf[w] = 'n'
		case u < uint64(Millisecond):
			prec = 3
			// U+00B5 'µ' micro sign == 0xC2 0xB5
			w--
			copy(buf[w:], "µ")
		default:
			prec = 6
			buf[w] = 'm'
		}
		w, u = fmtFrac(buf[:w], u, prec)
		w = fmtInt(buf[:w], u)
	} else {
		w--
		buf[w] = 's'
		w, u = fmtFrac(buf[:w], u, 9)
		w = fmtInt(buf[:w], u%60)
		u /= 60
		if u > 0 {
			w--
			buf[w] = 'm'
			w = fmtInt(buf[:w], u%60)
			u /= 60
			if u > 0 {
				w--
				buf[w] = 'h'
				w = fmtInt(buf[:w], u)
			}
		}
	}
	if neg {
		w--
		buf[w] = '-'
	}
	return string(buf[w:])
}

// fmtFrac formats the fraction of v/10**prec (e.g., ".12345") into the tail of
// buf, omitting trailing zeros. It omits the decimal point too when the fraction
// is 0. It returns the index where the output bytes begin and the value v/10**prec.
func fmtFrac(buf []byte, v uint64, prec int) (nw int, nv uint64) {
	w := len(buf)
	print := false
	for i := 0; i < prec; i++ {
		digit := v % 10
		print = print || digit != 0
		if print {
			w--
			buf[w] = byte(digit) + '0'
		}
		v /= 10
	}
	if print {
		w--
		buf[w] = '.'
	}
	return w, v
}

// fmtInt formats v into the tail of buf. It returns the index where the output
// begins.
func fmtInt(buf []byte, v uint64) int {
	w := len(buf)
	if v == 0 {
		w--
		buf[w] = '0'
	} else {
		for v > 0 {
			w--
			buf[w] = byte(v%10) + '0'
			v /= 10
		}
	}
	return w
}

// Nanoseconds returns the duration as an integer nanosecond count.
func (d Duration) Nanoseconds() int64 { return int64(d) }

// Microseconds returns the duration as an integer microsecond count.
func (d Duration) Microseconds() int64 { return int64(d) / 1e3 }

// Milliseconds returns the duration as an integer millisecond count.
func (d Duration) Milliseconds() int64 { return int64(d) / 1e6 }

// Seconds returns the duration as a floating point number of seconds.
func (d Duration) Seconds() float64 {
	sec := d / Second
	nsec := d % Second
	return float64(sec) + float64(nsec)/1e9
}

// Minutes returns the duration as a floating point number of minutes.
func (d Duration) Minutes() float64 {
	min := d / Minute
	nsec := d % Minute
	return float64(min) + float64(nsec)/(60*1e9)
}

// Hours returns the duration as a floating point number of hours.
func (d Duration) Hours() float64 {
	hour := d / Hour
	nsec := d % Hour
	return float64(hour) + float64(nsec)/(60*60*1e9)
}

// Truncate returns the result of rounding d toward zero to a multiple of m. If
// m <= 0, Truncate returns d unchanged.
func (d Duration) Truncate(m Duration) Duration {
	if m <= 0 {
		return d
	}
	return d - d%m
}

// lessThanHalf reports whether x+x < y but avoids overflow, assuming x and y are
// both positive (Duration is signed).
func lessThanHalf(x, y Duration) bool {
	return uint64(x)+uint64(x) < uint64(y)
}

// Round returns the result of rounding d to the nearest multiple of m. The
// rounding behavior for halfway values is to round away from zero. If the result
// exceeds the maximum (or minimum) value that can be stored in a Duration, Round
// returns the maximum (or minimum) duration. If m <= 0, Round returns d unchanged.
func (d Duration) Round(m Duration) Duration {
	if m <= 0 {
		return d
	}
	r := d % m
	if d < 0 {
		r = -r
		if lessThanHalf(r, m) {
			return d + r
		}
		if d1 := d - m + r; d1 < d {
			return d1
		}
		return minDuration
	}
	if lessThanHalf(r, m) {
		return d - r
	}
	if d1 := d + m - r; d1 > d {
		return d1
	}
	return maxDuration
}

// Abs returns the absolute value of d. As a special case, math.MinInt64 is
// converted to math.MaxInt64.
func (d Duration) Abs() Duration {
	switch {
	case d >= 0:
		return d
	case d == minDuration:
		return maxDuration
	default:
		return -d
	}
}

// Time is an instant: a wall-clock reading (nanoseconds since the Unix epoch, shown in
// UTC) and, for values from Now, a monotonic reading that Sub, Since and Until use, as
// Go's do. Time zones and Format layouts are not supported yet.
type Time struct {
	wall int64 // nanoseconds since 1970-01-01 00:00:00 UTC
	mono int64 // monotonic nanoseconds since program start; 0 = none
}

// now returns the wall and monotonic clocks (native).
func now() (wall int64, mono int64)

// Now returns the current time.
func Now() Time {
	w, m := now()
	return Time{wall: w, mono: m}
}

// Since returns the time elapsed since t.
func Since(t Time) Duration { return Now().Sub(t) }

// Until returns the duration until t.
func Until(t Time) Duration { return t.Sub(Now()) }

// Unix returns the local Time corresponding to the given Unix time.
func Unix(sec int64, nsec int64) Time { return Time{wall: sec*1e9 + nsec} }

// Sub returns the duration t-u, using the monotonic readings when both have one.
func (t Time) Sub(u Time) Duration {
	if t.mono != 0 && u.mono != 0 {
		return Duration(t.mono - u.mono)
	}
	return Duration(t.wall - u.wall)
}

// Add returns the time t+d.
func (t Time) Add(d Duration) Time {
	r := Time{wall: t.wall + int64(d)}
	if t.mono != 0 {
		r.mono = t.mono + int64(d)
	}
	return r
}

func (t Time) Before(u Time) bool { return t.Sub(u) < 0 }
func (t Time) After(u Time) bool  { return t.Sub(u) > 0 }
func (t Time) Equal(u Time) bool  { return t.Sub(u) == 0 }

// IsZero reports whether t is the zero time (January 1, year 1 in Go; here the zero value).
func (t Time) IsZero() bool { return t.wall == 0 && t.mono == 0 }

func (t Time) Unix() int64      { return floorDiv(t.wall, 1e9) }
func (t Time) UnixMilli() int64 { return floorDiv(t.wall, 1e6) }
func (t Time) UnixNano() int64  { return t.wall }

// Round returns t stripped of its monotonic reading when d <= 0 (Go's idiom t.Round(0)).
func (t Time) Round(d Duration) Time { return Time{wall: t.wall} }

func floorDiv(a, b int64) int64 {
	q := a / b
	if a%b != 0 && (a < 0) != (b < 0) {
		q--
	}
	return q
}

// String formats t as Go does for the UTC zone:
// "2006-01-02 15:04:05.999999999 +0000 UTC", plus " m=±s.nnnnnnnnn" when t carries a
// monotonic reading.
func (t Time) String() string {
	secs := floorDiv(t.wall, 1e9)
	nanos := t.wall - secs*1e9
	days := floorDiv(secs, 86400)
	rem := secs - days*86400
	y, m, d := civil(days)
	buf := make([]byte, 0, 64)
	buf = appendInt(buf, y, 4)
	buf = append(buf, '-')
	buf = appendInt(buf, m, 2)
	buf = append(buf, '-')
	buf = appendInt(buf, d, 2)
	buf = append(buf, ' ')
	buf = appendInt(buf, rem/3600, 2)
	buf = append(buf, ':')
	buf = appendInt(buf, rem%3600/60, 2)
	buf = append(buf, ':')
	buf = appendInt(buf, rem%60, 2)
	if nanos != 0 {
		frac := appendInt(nil, nanos, 9)
		for len(frac) > 0 && frac[len(frac)-1] == '0' {
			frac = frac[:len(frac)-1]
		}
		buf = append(buf, '.')
		buf = append(buf, frac...)
	}
	buf = append(buf, " +0000 UTC"...)
	if t.mono != 0 {
		buf = append(buf, " m="...)
		mono := t.mono
		if mono < 0 {
			buf = append(buf, '-')
			mono = -mono
		} else {
			buf = append(buf, '+')
		}
		buf = appendInt(buf, mono/1e9, 1)
		buf = append(buf, '.')
		buf = appendInt(buf, mono%1e9, 9)
	}
	return string(buf)
}

// civil converts days since 1970-01-01 to a (year, month, day) date (proleptic
// Gregorian; Howard Hinnant's days_from_civil inverse).
func civil(z int64) (int64, int64, int64) {
	z += 719468
	era := floorDiv(z, 146097)
	doe := z - era*146097
	yoe := (doe - doe/1460 + doe/36524 - doe/146096) / 365
	y := yoe + era*400
	doy := doe - (365*yoe + yoe/4 - yoe/100)
	mp := (5*doy + 2) / 153
	d := doy - (153*mp+2)/5 + 1
	m := mp + 3
	if m > 12 {
		m -= 12
	}
	if m <= 2 {
		y++
	}
	return y, m, d
}

// appendInt appends v (>= 0) with at least width digits, zero-padded.
func appendInt(buf []byte, v int64, width int) []byte {
	var tmp [20]byte
	i := len(tmp)
	for v >= 10 || width > 1 {
		i--
		tmp[i] = byte('0' + v%10)
		v /= 10
		width--
	}
	i--
	tmp[i] = byte('0' + v)
	return append(buf, tmp[i:]...)
}

// UTC returns t in UTC (minigo shows every time in UTC).
func (t Time) UTC() Time { return t }

// Local returns t in the local zone; minigo treats the local zone as UTC.
func (t Time) Local() Time { return t }

// Sleep pauses the current goroutine for at least the duration d. A negative or zero
// duration causes Sleep to return immediately.
func Sleep(d Duration)

// startTimer arranges for f to run in its own goroutine after d nanoseconds and
// returns a key for stopTimer.
func startTimer(d int64, f func()) int64

// stopTimer prevents the timer from firing; false if it already fired or was stopped.
func stopTimer(key int64) bool

// The Timer type represents a single event. When the Timer expires, the current time
// will be sent on C, unless the Timer was created by AfterFunc.
type Timer struct {
	C   <-chan Time
	key int64
	f   func()
}

func sendTime(c chan Time) {
	select {
	case c <- Now():
	default:
	}
}

// NewTimer creates a new Timer that will send the current time on its channel after
// at least duration d.
func NewTimer(d Duration) *Timer {
	c := make(chan Time, 1)
	t := &Timer{C: c}
	t.f = func() { sendTime(c) }
	t.key = startTimer(int64(d), t.f)
	return t
}

// Stop prevents the Timer from firing. It returns true if the call stops the timer,
// false if the timer has already expired or been stopped.
func (t *Timer) Stop() bool {
	if t.f == nil {
		panic("time: Stop called on uninitialized Timer")
	}
	return stopTimer(t.key)
}

// Reset changes the timer to expire after duration d. It returns true if the timer had
// been active, false if the timer had expired or been stopped.
func (t *Timer) Reset(d Duration) bool {
	if t.f == nil {
		panic("time: Reset called on uninitialized Timer")
	}
	active := stopTimer(t.key)
	t.key = startTimer(int64(d), t.f)
	return active
}

// After waits for the duration to elapse and then sends the current time on the
// returned channel. It is equivalent to NewTimer(d).C.
func After(d Duration) <-chan Time {
	return NewTimer(d).C
}

// AfterFunc waits for the duration to elapse and then calls f in its own goroutine.
// It returns a Timer that can be used to cancel the call using its Stop method.
func AfterFunc(d Duration, f func()) *Timer {
	t := &Timer{f: f}
	t.key = startTimer(int64(d), f)
	return t
}

// A Ticker holds a channel that delivers "ticks" of a clock at intervals.
type Ticker struct {
	C   <-chan Time
	c   chan Time
	mu  sync.Mutex
	d   Duration
	key int64
	gen int64 // bumped by Stop and Reset: ticks of an older generation are dropped
}

// NewTicker returns a new Ticker containing a channel that will send the current time
// on the channel after each tick. The period of the ticks is specified by the duration
// argument. The duration d must be greater than zero; if not, NewTicker will panic.
func NewTicker(d Duration) *Ticker {
	if d <= 0 {
		panic("non-positive interval for NewTicker")
	}
	c := make(chan Time, 1)
	t := &Ticker{C: c, c: c, d: d}
	t.arm()
	return t
}

// arm starts the timer for the next tick (t.mu held, or t not shared yet).
func (t *Ticker) arm() {
	gen := t.gen
	t.key = startTimer(int64(t.d), func() { t.tick(gen) })
}

func (t *Ticker) tick(gen int64) {
	t.mu.Lock()
	defer t.mu.Unlock()
	if gen != t.gen {
		return
	}
	sendTime(t.c)
	t.arm()
}

// Stop turns off a ticker. After Stop, no more ticks will be sent.
func (t *Ticker) Stop() {
	t.mu.Lock()
	t.gen++
	stopTimer(t.key)
	t.mu.Unlock()
}

// Reset stops a ticker and resets its period to the specified duration.
func (t *Ticker) Reset(d Duration) {
	if d <= 0 {
		panic("non-positive interval for Ticker.Reset")
	}
	t.mu.Lock()
	t.gen++
	stopTimer(t.key)
	t.d = d
	t.arm()
	t.mu.Unlock()
}

// Tick is a convenience wrapper for NewTicker providing access to the ticking channel
// only. It returns nil if d <= 0.
func Tick(d Duration) <-chan Time {
	if d <= 0 {
		return nil
	}
	return NewTicker(d).C
}

var errLeadingInt = errors.New("time: bad [0-9]*") // never printed

// leadingInt consumes the leading [0-9]* from s.
func leadingInt(s string) (x uint64, rem string, err error) {
	i := 0
	for ; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			break
		}
		if x > 1<<63/10 {
			// overflow
			return 0, "", errLeadingInt
		}
		x = x*10 + uint64(c) - '0'
		if x > 1<<63 {
			// overflow
			return 0, "", errLeadingInt
		}
	}
	return x, s[i:], nil
}

// leadingFraction consumes the leading [0-9]* from s. It is used only for fractions,
// so does not return an error on overflow, it just stops accumulating precision.
func leadingFraction(s string) (x uint64, scale float64, rem string) {
	i := 0
	scale = 1
	overflow := false
	for ; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			break
		}
		if overflow {
			continue
		}
		if x > (1<<63-1)/10 {
			// It's possible for overflow to give a positive number, so take care.
			overflow = true
			continue
		}
		y := x*10 + uint64(c) - '0'
		if y > 1<<63 {
			overflow = true
			continue
		}
		x = y
		scale *= 10
	}
	return x, scale, s[i:]
}

var unitMap = map[string]uint64{
	"ns": uint64(Nanosecond),
	"us": uint64(Microsecond),
	"µs": uint64(Microsecond), // U+00B5 = micro symbol
	"μs": uint64(Microsecond), // U+03BC = Greek letter mu
	"ms": uint64(Millisecond),
	"s":  uint64(Second),
	"m":  uint64(Minute),
	"h":  uint64(Hour),
}

const lowerhex = "0123456789abcdef"

// quote is strconv.Quote without the dependency (as in Go's time package).
func quote(s string) string {
	buf := make([]byte, 1, len(s)+2)
	buf[0] = '"'
	for i, c := range s {
		if c >= 0x80 || c < ' ' {
			var width int
			if c == 0xFFFD {
				width = 1
				if i+2 < len(s) && s[i:i+3] == string(rune(0xFFFD)) {
					width = 3
				}
			} else {
				width = len(string(c))
			}
			for j := 0; j < width; j++ {
				buf = append(buf, `\x`...)
				buf = append(buf, lowerhex[s[i+j]>>4])
				buf = append(buf, lowerhex[s[i+j]&0xF])
			}
		} else {
			if c == '"' || c == '\\' {
				buf = append(buf, '\\')
			}
			buf = append(buf, string(c)...)
		}
	}
	buf = append(buf, '"')
	return string(buf)
}

// ParseDuration parses a duration string. A duration string is a possibly signed
// sequence of decimal numbers, each with optional fraction and a unit suffix, such as
// "300ms", "-1.5h" or "2h45m". Valid time units are "ns", "us" (or "µs"), "ms", "s",
// "m", "h".
func ParseDuration(s string) (Duration, error) {
	// [-+]?([0-9]*(\.[0-9]*)?[a-z]+)+
	orig := s
	var d uint64
	neg := false

	// Consume [-+]?
	if s != "" {
		c := s[0]
		if c == '-' || c == '+' {
			neg = c == '-'
			s = s[1:]
		}
	}
	// Special case: if all that is left is "0", this is zero.
	if s == "0" {
		return 0, nil
	}
	if s == "" {
		return 0, errors.New("time: invalid duration " + quote(orig))
	}
	for s != "" {
		var (
			v, f  uint64      // integers before, after decimal point
			scale float64 = 1 // value = v + f/scale
		)

		var err error

		// The next character must be [0-9.]
		if !(s[0] == '.' || '0' <= s[0] && s[0] <= '9') {
			return 0, errors.New("time: invalid duration " + quote(orig))
		}
		// Consume [0-9]*
		pl := len(s)
		v, s, err = leadingInt(s)
		if err != nil {
			return 0, errors.New("time: invalid duration " + quote(orig))
		}
		pre := pl != len(s) // whether we consumed anything before a period

		// Consume (\.[0-9]*)?
		post := false
		if s != "" && s[0] == '.' {
			s = s[1:]
			pl := len(s)
			f, scale, s = leadingFraction(s)
			post = pl != len(s)
		}
		if !pre && !post {
			// no digits (e.g. ".s" or "-.s")
			return 0, errors.New("time: invalid duration " + quote(orig))
		}

		// Consume unit.
		i := 0
		for ; i < len(s); i++ {
			c := s[i]
			if c == '.' || '0' <= c && c <= '9' {
				break
			}
		}
		if i == 0 {
			return 0, errors.New("time: missing unit in duration " + quote(orig))
		}
		u := s[:i]
		s = s[i:]
		unit, ok := unitMap[u]
		if !ok {
			return 0, errors.New("time: unknown unit " + quote(u) + " in duration " + quote(orig))
		}
		if v > 1<<63/unit {
			// overflow
			return 0, errors.New("time: invalid duration " + quote(orig))
		}
		v *= unit
		if f > 0 {
			// float64 is needed to be nanosecond accurate for fractions of hours.
			// v >= 0 && (f*unit/scale) <= 3.6e+12 (ns/h, h is the largest unit)
			v += uint64(float64(f) * (float64(unit) / scale))
			if v > 1<<63 {
				// overflow
				return 0, errors.New("time: invalid duration " + quote(orig))
			}
		}
		d += v
		if d > 1<<63 {
			return 0, errors.New("time: invalid duration " + quote(orig))
		}
	}
	if neg {
		return -Duration(d), nil
	}
	if d > 1<<63-1 {
		return 0, errors.New("time: invalid duration " + quote(orig))
	}
	return Duration(d), nil
}
