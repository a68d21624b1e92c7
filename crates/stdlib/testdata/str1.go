package main

import (
	"fmt"
	"strings"
	"unicode"
)

func main() {
	s := "Hello, World! Hello, Go!"
	fmt.Println(strings.Contains(s, "World"), strings.Contains(s, ""), strings.ContainsAny(s, "xyz!"), strings.ContainsRune(s, 'G'))
	fmt.Println(strings.Count(s, "Hello"), strings.Count("five", ""), strings.Index(s, "Go"), strings.LastIndex(s, "Hello"))
	fmt.Println(strings.IndexByte(s, 'W'), strings.IndexRune("chicken", 'k'), strings.IndexAny("golang", "ng"), strings.LastIndexAny("golang", "go"))
	fmt.Println(strings.HasPrefix(s, "Hell"), strings.HasSuffix(s, "Go!"), strings.Index("", ""), strings.LastIndex("abc", ""))
	fmt.Printf("%q\n", strings.Split("a,b,c", ","))
	fmt.Printf("%q\n", strings.Split("abc", ""))
	fmt.Printf("%q\n", strings.Split("", ","))
	fmt.Printf("%q\n", strings.SplitN("a,b,c,d", ",", 2))
	fmt.Printf("%q\n", strings.SplitN("a,b,c,d", ",", 0))
	fmt.Printf("%q\n", strings.SplitAfter("a,b,c", ","))
	fmt.Printf("%q\n", strings.Fields("  foo bar  baz   "))
	fmt.Printf("%q\n", strings.Fields(""))
	fmt.Printf("%q\n", strings.FieldsFunc("a1b2c3", unicode.IsDigit))
	fmt.Println(strings.Join([]string{"x", "y", "z"}, "-"), strings.Join(nil, ","), strings.Repeat("ab", 3), strings.Repeat("x", 0))
	fmt.Println(strings.Replace("oink oink oink", "k", "ky", 2), strings.Replace("oink oink oink", "oink", "moo", -1), strings.ReplaceAll("aaa", "a", "b"))
	fmt.Println(strings.Replace("abc", "", "-", -1), strings.Replace("abc", "", "-", 2))
	fmt.Println(strings.ToUpper("héllo wörld"), strings.ToLower("HÉLLO"), strings.ToTitle("abc"), strings.Title("hello world"))
	fmt.Println(strings.Trim("  !!hi!!  ", " !"), strings.TrimLeft("xxhixx", "x"), strings.TrimRight("xxhixx", "x"), "["+strings.TrimSpace("\t hi \n")+"]")
	fmt.Println(strings.TrimPrefix("prefix-body", "prefix-"), strings.TrimSuffix("body.go", ".go"), strings.TrimPrefix("abc", "x"))
	fmt.Println(strings.TrimFunc("123abc456", unicode.IsDigit), strings.TrimLeftFunc("123abc", unicode.IsDigit), strings.TrimRightFunc("abc123", unicode.IsDigit))
	fmt.Println(strings.EqualFold("Go", "GO"), strings.EqualFold("σ", "Σ"), strings.EqualFold("a", "b"))
	fmt.Println(strings.Map(func(r rune) rune {
		if r == 'a' {
			return -1
		}
		return unicode.ToUpper(r)
	}, "banana"))
	fmt.Println(strings.IndexFunc("hello1", unicode.IsDigit), strings.LastIndexFunc("1hello", unicode.IsDigit))
	before, after, found := strings.Cut("key=value", "=")
	fmt.Println(before, after, found)
	fmt.Println(strings.Cut("novalue", "="))
	fmt.Println(strings.Compare("a", "b"), strings.Compare("b", "a"), strings.Compare("a", "a"))
	var sb strings.Builder
	for i := 0; i < 3; i++ {
		fmt.Fprintf(&sb, "%d,", i)
	}
	sb.WriteString("end")
	sb.WriteByte('!')
	sb.WriteRune('世')
	fmt.Println(sb.String(), sb.Len())
	sb.Reset()
	fmt.Println(sb.String() == "", sb.Len())
	r := strings.NewReplacer("a", "1", "b", "2", "ab", "X")
	fmt.Println(r.Replace("abcab"))
	r2 := strings.NewReplacer("<", "&lt;", ">", "&gt;")
	fmt.Println(r2.Replace("<a><b>"))
	fmt.Println(strings.ToValidUTF8("a\xffb\xfe\xfdc", "?"), strings.ToUpper("a\xffb"))
	fmt.Println(strings.Count("cheese", "e"), strings.Index("chicken", "dmr"), strings.Fields(" a\u00a0b\u2003c "))
	fmt.Println(strings.EqualFold("straße", "STRASSE"), strings.EqualFold("k", "\u212a"))
}
