package main

import (
	"os"
	"runtime/debug"
)

// defaultMemoryLimit is the Go runtime's soft memory limit when
// GOMEMLIMIT is not set. The collector lets the heap grow to twice what is
// live (GOGC=100) before it collects, so a command holding a few hundred
// megabytes would reach twice that; near the limit it collects more often
// instead. It bounds the Go heap only: SQLite's page caches and the
// duplicate index's large arrays live outside it. It is a help beside
// keeping what is live small (BENCHMARKS.md, "Tenth pass"), not a cap: a
// heap that needs more than the limit still gets it, at the cost of more
// collections (at most about half the CPU). Set GOMEMLIMIT (e.g.
// GOMEMLIMIT=4GiB, or off) to choose another.
const defaultMemoryLimit = 768 << 20

// setMemoryLimit applies defaultMemoryLimit unless GOMEMLIMIT is set.
func setMemoryLimit() {
	if _, set := os.LookupEnv("GOMEMLIMIT"); !set {
		debug.SetMemoryLimit(defaultMemoryLimit)
	}
}
