// Package sync is gomini's declaration of Go's sync package. gocheck reads
// it to learn the package's API; the methods are implemented natively by
// govm, so they are declared here without bodies. The VM runs tasks on
// one OS thread, so these only order tasks at their safe points (a Lock
// that would block suspends the calling task).
//
// Not provided: Cond and NewCond, Map, Pool, the Locker interface,
// RWMutex's TryLock, TryRLock and RLocker methods, OnceFunc, OnceValue
// and OnceValues, and the sync/atomic package.
package sync

// state holds govm's counter or lock and the tasks waiting on it: a
// reference, so that the collector keeps them (made on first use, so
// the zero value is ready to use).
type WaitGroup struct {
	state *byte
}

func (wg *WaitGroup) Add(delta int)
func (wg *WaitGroup) Done()
func (wg *WaitGroup) Wait()

type Mutex struct {
	state *byte
}

func (m *Mutex) Lock()
func (m *Mutex) Unlock()
func (m *Mutex) TryLock() bool

type RWMutex struct {
	state *byte
}

func (rw *RWMutex) Lock()
func (rw *RWMutex) Unlock()
func (rw *RWMutex) RLock()
func (rw *RWMutex) RUnlock()

type Once struct {
	state *byte
}

func (o *Once) Do(f func())
