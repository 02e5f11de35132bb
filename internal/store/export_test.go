package store

// NoRetries makes s give up on the first deadlock or serialization failure,
// so a test can show that a contention does not deadlock at all.
func NoRetries(s *Store) { s.tries = 1 }
