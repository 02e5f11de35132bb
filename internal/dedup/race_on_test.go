//go:build race

package dedup

// raceEnabled skips tests whose figures the race detector distorts.
const raceEnabled = true
