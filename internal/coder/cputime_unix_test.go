//go:build unix

package coder

import (
	"syscall"
	"time"
)

// cpuTime is the processor time this process has used, user and system: a
// benchmark on a shared machine reports it besides the wall clock, which
// other processes stretch.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
