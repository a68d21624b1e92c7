package main

import (
	"errors"
	"fmt"
	"os"
	"time"
	"unicode"
	"unicode/utf8"
)

type MyErr struct{ msg string }

func (e MyErr) Error() string { return e.msg }

type Temporary interface{ Temporary() bool }

type tempErr struct{}

func (tempErr) Error() string   { return "temp" }
func (tempErr) Temporary() bool { return true }

func main() {
	for _, r := range []rune{'a', 'Z', '5', ' ', '\n', '!', '+', 'é', '世', '٣', 'Ⅷ', '\u00a0', '\u0301', 0x1F600} {
		fmt.Println(string(r), unicode.IsLetter(r), unicode.IsDigit(r), unicode.IsNumber(r), unicode.IsSpace(r), unicode.IsUpper(r), unicode.IsLower(r), unicode.IsPunct(r), unicode.IsSymbol(r), unicode.IsMark(r), unicode.IsControl(r), unicode.IsPrint(r), unicode.IsGraphic(r), string(unicode.ToUpper(r)), string(unicode.ToLower(r)), unicode.SimpleFold(r))
	}
	s := "héllo, 世界"
	fmt.Println(len(s), utf8.RuneCountInString(s), utf8.RuneCount([]byte(s)), utf8.ValidString(s), utf8.ValidString("a\xffb"), utf8.Valid([]byte("ok")))
	r, size := utf8.DecodeRuneInString(s[1:])
	fmt.Println(string(r), size)
	r, size = utf8.DecodeLastRuneInString(s)
	fmt.Println(string(r), size, utf8.RuneLen('世'), utf8.RuneLen(-1), utf8.UTFMax, utf8.RuneError)
	r, size = utf8.DecodeRune([]byte{0xff})
	fmt.Println(r, size, utf8.FullRune([]byte{0xe4, 0xb8}), utf8.RuneStart(0x80), utf8.ValidRune(0xD800))
	buf := make([]byte, 4)
	n := utf8.EncodeRune(buf, '€')
	fmt.Println(buf[:n], n, utf8.AppendRune(nil, 'x'), string(utf8.AppendRune([]byte("a"), 0x10FFFF+1)))
	for _, d := range []time.Duration{0, 1, 999, 1500, time.Millisecond * 3 / 2, time.Second, 90 * time.Second, time.Hour + 2*time.Minute + 3*time.Second + 4*time.Millisecond, -5 * time.Minute, 1<<63 - 1} {
		fmt.Println(d, d.Seconds(), d.Minutes(), d.Hours(), d.Milliseconds(), d.Microseconds(), d.Nanoseconds(), d.Round(time.Second), d.Truncate(time.Minute))
	}
	fmt.Printf("%v %s %d %T\n", 2*time.Second, time.Minute, time.Millisecond, time.Hour)
	var e error = MyErr{"mine"}
	w := fmt.Errorf("ctx: %w", e)
	var me MyErr
	fmt.Println(errors.As(w, &me), me.msg)
	var te Temporary
	fmt.Println(errors.As(fmt.Errorf("x: %w", tempErr{}), &te), te != nil)
	fmt.Println(errors.As(w, &te))
	fmt.Println(errors.Is(nil, nil), errors.Is(w, nil), errors.Unwrap(e) == nil)
	fmt.Println(len(os.Args) >= 1)
	fmt.Fprintln(os.Stderr, "bye")
	defer fmt.Println("deferred not run")
	os.Exit(3)
}
