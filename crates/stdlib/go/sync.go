// Package sync provides basic synchronization primitives: Mutex, RWMutex, WaitGroup,
// Once and Cond.
//
// Natives (crates/vm/src/sync.rs): the methods of Mutex and RWMutex, WaitGroup.Add and
// Wait, and the notify list behind Cond. Blocking parks the goroutine, never the OS
// thread. Each primitive's state is the words of its struct, so the zero value is ready
// to use and copying one copies its state, as in Go.
package sync

// A Locker represents an object that can be locked and unlocked.
type Locker interface {
	Lock()
	Unlock()
}

// A Mutex is a mutual exclusion lock. The zero value is an unlocked mutex.
type Mutex struct {
	state int64 // bit 0: locked; bit 1: goroutines are waiting
}

// Lock locks m; if the lock is already in use, the calling goroutine blocks until the
// mutex is available.
func (m *Mutex) Lock()

// TryLock tries to lock m and reports whether it succeeded.
func (m *Mutex) TryLock() bool

// Unlock unlocks m; it is a fatal error if m is not locked on entry to Unlock.
func (m *Mutex) Unlock()

// A RWMutex is a reader/writer mutual exclusion lock.
type RWMutex struct {
	w       int64 // a writer holds the lock
	readers int64 // readers holding the lock
	wwait   int64 // writers waiting
}

// RLock locks rw for reading.
func (rw *RWMutex) RLock()

// TryRLock tries to lock rw for reading and reports whether it succeeded.
func (rw *RWMutex) TryRLock() bool

// RUnlock undoes a single RLock call.
func (rw *RWMutex) RUnlock()

// Lock locks rw for writing.
func (rw *RWMutex) Lock()

// TryLock tries to lock rw for writing and reports whether it succeeded.
func (rw *RWMutex) TryLock() bool

// Unlock unlocks rw for writing.
func (rw *RWMutex) Unlock()

// RLocker returns a Locker interface that implements Lock and Unlock by calling
// rw.RLock and rw.RUnlock.
func (rw *RWMutex) RLocker() Locker {
	return &rlocker{rw}
}

type rlocker struct {
	rw *RWMutex
}

func (r *rlocker) Lock()   { r.rw.RLock() }
func (r *rlocker) Unlock() { r.rw.RUnlock() }

// A WaitGroup waits for a collection of goroutines to finish.
type WaitGroup struct {
	counter int64
}

// Add adds delta, which may be negative, to the WaitGroup counter. If the counter
// becomes zero, all goroutines blocked on Wait are released. If the counter goes
// negative, Add panics.
func (wg *WaitGroup) Add(delta int) {
	if !wg.add(delta) {
		panic("sync: negative WaitGroup counter")
	}
}

// add changes the counter unless it would go negative (then it reports false).
func (wg *WaitGroup) add(delta int) bool

// Done decrements the WaitGroup counter by one.
func (wg *WaitGroup) Done() {
	wg.Add(-1)
}

// Wait blocks until the WaitGroup counter is zero.
func (wg *WaitGroup) Wait()

// Once is an object that will perform exactly one action.
type Once struct {
	done bool
	m    Mutex
}

// Do calls the function f if and only if Do is being called for the first time for
// this instance of Once. No call to Do returns until the one call to f returns; if f
// panics, Do considers it to have returned.
func (o *Once) Do(f func()) {
	if o.done {
		return
	}
	o.doSlow(f)
}

func (o *Once) doSlow(f func()) {
	o.m.Lock()
	defer o.m.Unlock()
	if !o.done {
		defer o.setDone()
		f()
	}
}

func (o *Once) setDone() { o.done = true }

// notifyList is Cond's ticket-based wait list (Go's runtime notifyList).
type notifyList struct {
	wait   int64 // next ticket to hand out
	notify int64 // next ticket to notify
}

func notifyListAdd(l *notifyList) int64
func notifyListWait(l *notifyList, t int64)
func notifyListNotifyOne(l *notifyList)
func notifyListNotifyAll(l *notifyList)

// Cond implements a condition variable, a rendezvous point for goroutines waiting for
// or announcing the occurrence of an event.
type Cond struct {
	// L is held while observing or changing the condition.
	L Locker

	notify notifyList
}

// NewCond returns a new Cond with Locker l.
func NewCond(l Locker) *Cond {
	return &Cond{L: l}
}

// Wait atomically unlocks c.L and suspends execution of the calling goroutine. After
// later resuming execution, Wait locks c.L before returning.
func (c *Cond) Wait() {
	t := notifyListAdd(&c.notify)
	c.L.Unlock()
	notifyListWait(&c.notify, t)
	c.L.Lock()
}

// Signal wakes one goroutine waiting on c, if there is any.
func (c *Cond) Signal() { notifyListNotifyOne(&c.notify) }

// Broadcast wakes all goroutines waiting on c.
func (c *Cond) Broadcast() { notifyListNotifyAll(&c.notify) }
