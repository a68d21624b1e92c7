// A bank account that uses panic for "impossible" states and recovers from
// them at an API boundary, with defer used for an audit log.
package main

import (
	"errors"
	"fmt"
)

type Account struct {
	Owner   string
	balance int // cents
	log     []string
}

var ErrInsufficient = errors.New("insufficient funds")

func (a *Account) Deposit(cents int) {
	if cents <= 0 {
		panic(fmt.Sprintf("deposit of non-positive amount %d", cents))
	}
	a.balance += cents
}

func (a *Account) Withdraw(cents int) error {
	if cents > a.balance {
		return ErrInsufficient
	}
	a.balance -= cents
	return nil
}

// Do runs one operation, turning panics into errors and always logging.
func (a *Account) Do(name string, op func() error) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%s aborted: %v", name, r)
		}
		status := "ok"
		if err != nil {
			status = "FAILED"
		}
		a.log = append(a.log, fmt.Sprintf("%-16s %-6s balance=%s", name, status, money(a.balance)))
	}()
	return op()
}

func money(cents int) string {
	return fmt.Sprintf("$%d.%02d", cents/100, cents%100)
}

func main() {
	acct := &Account{Owner: "Ada"}
	ops := []struct {
		name string
		fn   func() error
	}{
		{"deposit 100.00", func() error { acct.Deposit(10000); return nil }},
		{"withdraw 30.50", func() error { return acct.Withdraw(3050) }},
		{"withdraw 500.00", func() error { return acct.Withdraw(50000) }},
		{"deposit -5", func() error { acct.Deposit(-5); return nil }},
		{"deposit 0.99", func() error { acct.Deposit(99); return nil }},
	}
	for _, op := range ops {
		if err := acct.Do(op.name, op.fn); err != nil {
			fmt.Println("error:", err)
		}
	}
	fmt.Println("--- audit log for", acct.Owner)
	for i, line := range acct.log {
		fmt.Printf("%d. %s\n", i+1, line)
	}
	fmt.Println("final balance:", money(acct.balance))
}
