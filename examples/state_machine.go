// A vending-machine state machine: states and events as iota constants with
// String methods, and a transition function built from switch statements.
package main

import "fmt"

type State int

const (
	Idle State = iota
	HasCoin
	Vending
	OutOfStock
)

func (s State) String() string {
	return [...]string{"Idle", "HasCoin", "Vending", "OutOfStock"}[s]
}

type Event int

const (
	InsertCoin Event = iota + 1 // start at 1 so the zero Event is invalid
	PushButton
	TakeItem
	Refund
)

func (e Event) String() string {
	switch e {
	case InsertCoin:
		return "InsertCoin"
	case PushButton:
		return "PushButton"
	case TakeItem:
		return "TakeItem"
	case Refund:
		return "Refund"
	}
	return fmt.Sprintf("Event(%d)", int(e))
}

type Machine struct {
	state State
	stock int
	coins int
}

func (m *Machine) Handle(e Event) error {
	switch m.state {
	case Idle:
		if e == InsertCoin {
			m.state = HasCoin
			return nil
		}
	case HasCoin:
		switch e {
		case PushButton:
			m.state = Vending
			m.coins++
			m.stock--
			return nil
		case Refund:
			m.state = Idle
			return nil
		}
	case Vending:
		if e == TakeItem {
			if m.stock == 0 {
				m.state = OutOfStock
			} else {
				m.state = Idle
			}
			return nil
		}
	case OutOfStock:
		// every event is rejected
	}
	return fmt.Errorf("event %v not allowed in state %v", e, m.state)
}

func main() {
	m := &Machine{stock: 2}
	events := []Event{InsertCoin, PushButton, TakeItem, PushButton, InsertCoin, Refund,
		InsertCoin, PushButton, TakeItem, InsertCoin, Event(9)}
	for _, e := range events {
		before := m.state
		if err := m.Handle(e); err != nil {
			fmt.Println("  error:", err)
			continue
		}
		fmt.Printf("%-10v --%v--> %v\n", before, e, m.state)
	}
	fmt.Printf("final: state=%v stock=%d coins=%d\n", m.state, m.stock, m.coins)
}
