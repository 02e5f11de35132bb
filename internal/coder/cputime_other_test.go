//go:build !unix

package coder

import "time"

// cpuTime is not measured on this system; the benchmark then reports the
// wall clock only.
func cpuTime() time.Duration { return 0 }
