// An inventory report: struct embedding, promoted methods, a Stringer,
// sorting by several keys and Printf-formatted tables.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type Money int64 // cents

func (m Money) String() string {
	sign := ""
	if m < 0 {
		sign, m = "-", -m
	}
	return fmt.Sprintf("%s$%d.%02d", sign, m/100, m%100)
}

type Item struct {
	SKU   string
	Name  string
	Price Money
}

func (i Item) Label() string { return i.SKU + " " + i.Name }

// StockedItem embeds Item, so it gets SKU, Name, Price and Label for free.
type StockedItem struct {
	Item
	Qty      int
	Category string
}

func (s StockedItem) Value() Money { return s.Price * Money(s.Qty) }

func main() {
	stock := []StockedItem{
		{Item{"A-100", "widget", 250}, 40, "parts"},
		{Item{"B-200", "gadget", 1999}, 3, "tools"},
		{Item{"A-101", "sprocket", 75}, 120, "parts"},
		{Item{"C-300", "manual", 500}, 0, "docs"},
		{Item{"B-201", "wrench", 1250}, 8, "tools"},
	}
	sort.Slice(stock, func(i, j int) bool {
		if stock[i].Category != stock[j].Category {
			return stock[i].Category < stock[j].Category
		}
		return stock[i].Value() > stock[j].Value()
	})
	fmt.Printf("%-16s %-6s %4s %9s\n", "ITEM", "CAT", "QTY", "VALUE")
	fmt.Println(strings.Repeat("-", 38))
	totals := map[string]Money{}
	var grand Money
	for _, s := range stock {
		fmt.Printf("%-16s %-6s %4d %9v\n", s.Label(), s.Category, s.Qty, s.Value())
		totals[s.Category] += s.Value()
		grand += s.Value()
	}
	fmt.Println(strings.Repeat("-", 38))
	fmt.Println("by category:", totals)
	fmt.Println("grand total:", grand)
	var out []string
	for _, s := range stock {
		if s.Qty == 0 {
			out = append(out, s.Name)
		}
	}
	fmt.Println("out of stock:", out, "refund example:", Money(-1234))
}
