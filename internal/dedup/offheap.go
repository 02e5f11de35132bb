package dedup

import (
	"runtime"
	"sync"
	"unsafe"
)

// offHeap hands out the index's large arrays (band table shards, full
// article chunks) outside the Go heap, where the platform allows it
// (mapMemory). They hold no pointers, so the collector has nothing to scan
// in them; kept on the heap they would still count towards its goal, and
// with the default GOGC the heap of a process holding an index of a million
// articles grows to about twice the index before a collection
// (BENCHMARKS.md, "Tenth pass"). Outside it, the heap goal follows the rest
// of the program and the index costs what it holds.
//
// The memory of a block is given back when the block is replaced (a grown
// shard, a chunk's dropped sketches) and, for what is left, when the Index
// is no longer reachable (a cleanup attached to it).
type offHeap struct {
	mu     sync.Mutex
	blocks map[*byte][]byte // live mapped blocks by their first byte
	mapped int              // bytes in blocks
}

// minMapped is the smallest block mapped outside the heap: smaller ones
// (the shards and chunks of the many small indexes tests and short runs
// make) come from the heap, where they are cheaper.
const minMapped = 64 << 10

// bytes returns n zeroed bytes.
func (m *offHeap) bytes(n int) []byte {
	if m == nil || n < minMapped {
		return make([]byte, n)
	}
	b, ok := mapMemory(n)
	if !ok {
		return make([]byte, n)
	}
	m.mu.Lock()
	if m.blocks == nil {
		m.blocks = map[*byte][]byte{}
	}
	m.blocks[&b[0]] = b
	m.mapped += len(b)
	m.mu.Unlock()
	return b
}

// free gives back a block from bytes; a block from the heap is left to the
// collector.
func (m *offHeap) free(b []byte) {
	if m == nil || cap(b) == 0 {
		return
	}
	b = b[:cap(b)]
	m.mu.Lock()
	mb, ok := m.blocks[&b[0]]
	delete(m.blocks, &b[0])
	m.mapped -= len(mb)
	m.mu.Unlock()
	if ok {
		unmapMemory(mb)
	}
}

// freeAll gives back every block still held.
func (m *offHeap) freeAll() {
	m.mu.Lock()
	blocks := m.blocks
	m.blocks, m.mapped = nil, 0
	m.mu.Unlock()
	for _, b := range blocks {
		unmapMemory(b)
	}
}

// size is the number of bytes mapped outside the heap (an upper bound of
// their resident size: a page is resident once written).
func (m *offHeap) size() int {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.mapped
}

// attach frees the blocks when owner is no longer reachable. Nothing in m
// may point back to owner.
func (m *offHeap) attach(owner *Index) {
	runtime.AddCleanup(owner, func(m *offHeap) { m.freeAll() }, m)
}

// asUint32s views b (aligned, as every mapped block and heap block of
// 8 bytes or more is) as n uint32s.
func asUint32s(b []byte, n int) []uint32 {
	if n == 0 {
		return nil
	}
	return unsafe.Slice((*uint32)(unsafe.Pointer(&b[0])), n)
}

func asInt32s(b []byte, n int) []int32 {
	if n == 0 {
		return nil
	}
	return unsafe.Slice((*int32)(unsafe.Pointer(&b[0])), n)
}

func asUint64s(b []byte, n int) []uint64 {
	if n == 0 {
		return nil
	}
	return unsafe.Slice((*uint64)(unsafe.Pointer(&b[0])), n)
}
