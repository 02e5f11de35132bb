//go:build unix

package dedup

import "syscall"

// mapMemory maps n zeroed bytes of anonymous memory; the kernel gives them
// pages as they are first written.
func mapMemory(n int) ([]byte, bool) {
	b, err := syscall.Mmap(-1, 0, n, syscall.PROT_READ|syscall.PROT_WRITE, syscall.MAP_ANON|syscall.MAP_PRIVATE)
	if err != nil {
		return nil, false
	}
	return b, true
}

func unmapMemory(b []byte) { _ = syscall.Munmap(b) }
