package store

import "time"

// NoRetries makes s give up on the first deadlock or serialization failure,
// so a test can show that a contention does not deadlock at all.
func NoRetries(s *Store) { s.tries = 1 }

// MergeOneGroupAPart makes each transaction of a rebuild's merge take one
// group, and runs after once each commits, until the test ends.
func MergeOneGroupAPart(t interface{ Cleanup(func()) }, after func()) {
	partTime, afterPart = 0, after
	t.Cleanup(func() { partTime, afterPart = time.Second, nil })
}

// LinkInSteps makes a rebuild link new articles n at a time (and keep at
// most keep articles read from one step to the next), until the test ends.
func LinkInSteps(t interface{ Cleanup(func()) }, n, keep int) {
	old, oldKeep := linkStep, linkKeep
	linkStep, linkKeep = n, keep
	t.Cleanup(func() { linkStep, linkKeep = old, oldKeep })
}
