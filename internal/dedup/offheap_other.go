//go:build !unix

package dedup

// mapMemory is not available here: the index lives on the Go heap.
func mapMemory(n int) ([]byte, bool) { return nil, false }

func unmapMemory(b []byte) {}
