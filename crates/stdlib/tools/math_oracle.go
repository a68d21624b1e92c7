// Generates ../src/math_oracle_cases.rs: results of Go's math functions, bit for
// bit, on special values and on pseudo-random arguments of many magnitudes, for the
// tests of the Rust ports in ../src/gomath.rs.
//
//	go run math_oracle.go
//
// Run it on amd64 with AVX+FMA (the Exp assembly takes its FMA path there; every
// x86-64 CPU since 2013 has it). Not compiled by cargo.
package main

import (
	"fmt"
	"log"
	"math"
	"math/rand"
	"os"
	"runtime"
	"strings"
)

var specials = []float64{0, math.Copysign(0, -1), 1, -1, 0.5, -0.5, 2, -2, 3, -3, 0.1, 10, 100, 1e-10, 1e10,
	math.Pi, -math.Pi, math.Pi / 2, math.Pi / 4, math.E, 1e300, -1e300, 1e-300, 5e-324, -5e-324, 2.2250738585072014e-308,
	math.MaxFloat64, -math.MaxFloat64, math.Inf(1), math.Inf(-1), math.NaN(), 709.78, 710, -745, -746, 1 << 29, 1 << 40, 1e17,
	0.7071067811865476, 1.0000000001, 0.9999999999, 21, 22, 44, -0.625, 0.625}

func main() {
	if runtime.GOARCH != "amd64" {
		log.Fatal("run on amd64")
	}
	r := rand.New(rand.NewSource(1))
	random := func() float64 {
		switch r.Intn(4) {
		case 0:
			return r.Float64()*4 - 2
		case 1:
			return (r.Float64()*2 - 1) * math.Pow(10, float64(r.Intn(40)-20))
		case 2:
			return (r.Float64()*2 - 1) * math.Pow(2, float64(r.Intn(2100)-1074))
		default:
			return float64(r.Intn(2001)-1000) / 8
		}
	}
	one := map[string]func(float64) float64{
		"Exp": math.Exp, "Log": math.Log, "Log2": math.Log2, "Log10": math.Log10, "Log1p": math.Log1p,
		"Expm1": math.Expm1, "Exp2": math.Exp2, "Sin": math.Sin, "Cos": math.Cos, "Tan": math.Tan,
		"Asin": math.Asin, "Acos": math.Acos, "Atan": math.Atan, "Sinh": math.Sinh, "Cosh": math.Cosh,
		"Tanh": math.Tanh, "Cbrt": math.Cbrt, "Sqrt": math.Sqrt, "Floor": math.Floor, "Ceil": math.Ceil,
		"Trunc": math.Trunc, "Round": math.Round, "RoundToEven": math.RoundToEven,
		"Frexp": func(x float64) float64 { f, _ := math.Frexp(x); return f },
		"FrexpExp": func(x float64) float64 { _, e := math.Frexp(x); return float64(e) },
		"Modf": func(x float64) float64 { i, _ := math.Modf(x); return i },
	}
	two := map[string]func(float64, float64) float64{
		"Pow": math.Pow, "Atan2": math.Atan2, "Hypot": math.Hypot, "Mod": math.Mod, "Remainder": math.Remainder,
		"Max": math.Max, "Min": math.Min, "Dim": math.Dim,
		"Ldexp": func(x, y float64) float64 { return math.Ldexp(x, int(y)) },
	}
	var b strings.Builder
	b.WriteString("//! Go's math results (go run tools/math_oracle.go; " + runtime.Version() + ", amd64). Do not edit.\n\n")
	b.WriteString("/// `(function, x bits, y bits, result bits)`; `y` is 0 for one-argument functions.\n")
	b.WriteString("#[rustfmt::skip]\npub static CASES: &[(&str, u64, u64, u64)] = &[\n")
	names := sorted(one)
	for _, name := range names {
		f := one[name]
		args := append([]float64{}, specials...)
		for i := 0; i < 120; i++ {
			args = append(args, random())
		}
		if name == "Sin" || name == "Cos" || name == "Tan" {
			for i := 0; i < 30; i++ {
				args = append(args, r.Float64()*1e20, r.Float64()*1e300, float64(r.Int63()))
			}
		}
		for _, x := range args {
			fmt.Fprintf(&b, "    (%q, %#x, 0, %#x),\n", name, math.Float64bits(x), math.Float64bits(f(x)))
		}
	}
	for _, name := range sorted2(two) {
		f := two[name]
		var pairs [][2]float64
		for _, x := range specials[:30] {
			for _, y := range []float64{0, 1, -1, 0.5, 2, 3, -3, 2.5, math.Inf(1), math.NaN(), 1e-300, 1e300} {
				pairs = append(pairs, [2]float64{x, y})
			}
		}
		for i := 0; i < 200; i++ {
			x, y := random(), random()
			if name == "Pow" && r.Intn(2) == 0 {
				x, y = math.Abs(x), float64(r.Intn(60)-30)/float64(1+r.Intn(4))
			}
			if name == "Ldexp" {
				y = float64(r.Intn(4400) - 2200)
			}
			pairs = append(pairs, [2]float64{x, y})
		}
		for _, p := range pairs {
			fmt.Fprintf(&b, "    (%q, %#x, %#x, %#x),\n", name, math.Float64bits(p[0]), math.Float64bits(p[1]),
				math.Float64bits(f(p[0], p[1])))
		}
	}
	b.WriteString("];\n")
	if err := os.WriteFile("../src/math_oracle_cases.rs", []byte(b.String()), 0o644); err != nil {
		log.Fatal(err)
	}
}

func sorted(m map[string]func(float64) float64) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	sortStrings(out)
	return out
}

func sorted2(m map[string]func(float64, float64) float64) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	sortStrings(out)
	return out
}

func sortStrings(a []string) {
	for i := 1; i < len(a); i++ {
		for j := i; j > 0 && a[j] < a[j-1]; j-- {
			a[j], a[j-1] = a[j-1], a[j]
		}
	}
}
