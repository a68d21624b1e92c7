// A JSON-like pretty printer for nested values built from maps, slices and
// scalars, using a type switch. Map keys are sorted for stable output.
package main

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
)

func render(v any, indent int, sb *strings.Builder) {
	pad := strings.Repeat("  ", indent)
	switch x := v.(type) {
	case nil:
		sb.WriteString("null")
	case bool:
		sb.WriteString(strconv.FormatBool(x))
	case int:
		sb.WriteString(strconv.Itoa(x))
	case float64:
		sb.WriteString(strconv.FormatFloat(x, 'g', -1, 64))
	case string:
		sb.WriteString(strconv.Quote(x))
	case []any:
		if len(x) == 0 {
			sb.WriteString("[]")
			return
		}
		sb.WriteString("[\n")
		for i, e := range x {
			sb.WriteString(pad + "  ")
			render(e, indent+1, sb)
			if i < len(x)-1 {
				sb.WriteString(",")
			}
			sb.WriteString("\n")
		}
		sb.WriteString(pad + "]")
	case map[string]any:
		keys := make([]string, 0, len(x))
		for k := range x {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		sb.WriteString("{\n")
		for i, k := range keys {
			sb.WriteString(pad + "  " + strconv.Quote(k) + ": ")
			render(x[k], indent+1, sb)
			if i < len(keys)-1 {
				sb.WriteString(",")
			}
			sb.WriteString("\n")
		}
		sb.WriteString(pad + "}")
	default:
		sb.WriteString(fmt.Sprintf("\"<unsupported %T>\"", x))
	}
}

func main() {
	doc := map[string]any{
		"name":    "minigo",
		"version": 0.1,
		"stable":  false,
		"stars":   42,
		"tags":    []any{"go", "interpreter", "rust"},
		"owner":   map[string]any{"login": "gopher", "id": 7, "email": nil},
		"empty":   []any{},
		"matrix":  []any{[]any{1, 2}, []any{3, 4}},
		"weird":   struct{}{},
		"quote":   "say \"hi\"\n",
	}
	var sb strings.Builder
	render(doc, 0, &sb)
	fmt.Println(sb.String())
}
