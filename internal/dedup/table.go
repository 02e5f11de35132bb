package dedup

import "encoding/binary"

// bandTable maps band keys to the position of the first article that had
// them. It keeps the top 32 bits of each key (its fingerprint), which also
// choose its shard and slot, and never deletes. The shard is the
// fingerprint's top 8 bits, so a slot keeps only the other 24, beside the
// 31-bit position and a bit that says the slot is taken: 7 bytes a slot,
// where a Go map of uint64 to int32 costs about 21 bytes an entry. Two keys
// that agree on their top 32 bits collide: the collision only yields a
// candidate that verification then rejects, or (once in 2^32) hides a band
// of a later article.
//
// The table is split into shards, each grown on its own: growing one
// copies 1/shards of the entries, so the memory held at once while growing
// stays near the table's size instead of reaching two and a half times it,
// as one table grown by half would.
type bandTable struct {
	shards [shards]bandShard
	used   int
}

type bandShard struct {
	// slots holds slotBytes per slot, then one byte of padding so that
	// every slot can be read as a little-endian uint64; an all-zero slot
	// is empty.
	slots []byte
	n     int // slots
	used  int
}

const (
	shardBits = 8
	shards    = 1 << shardBits
	// minShardSlots keeps an empty index small (tests and short runs make
	// many): 256 shards of 64 slots are 112 KiB.
	minShardSlots = 64

	slotBytes = 7
	slotMask  = 1<<(8*slotBytes) - 1
	// A slot's bits: the fingerprint's low 24 bits, the position, taken.
	fpBits   = 32 - shardBits
	fpMask   = 1<<fpBits - 1
	atShift  = fpBits
	takenBit = 1 << (8*slotBytes - 1)
)

// maxLoad is the share of a shard's slots in use past which it grows by a
// quarter: linear probing stays short below it, and a shard grown by a
// quarter rather than by half is fuller on average (68–85 % rather than
// 57–85 %), at the cost of copying each entry about four times rather than
// twice over the table's life.
const maxLoad = 0.85

// maxShardSlots keeps slot numbers within uint32.
const maxShardSlots = 1<<32 - 1

func newBandTable(capacity int) *bandTable {
	n := max(minShardSlots, int(float64(capacity)/shards/maxLoad)+1)
	n = min(n, maxShardSlots)
	t := &bandTable{}
	for i := range t.shards {
		t.shards[i] = newShard(n)
	}
	return t
}

func newShard(n int) bandShard {
	return bandShard{slots: make([]byte, n*slotBytes+1), n: n}
}

func fingerprint(key uint64) uint32 {
	fp := uint32(key >> 32)
	if fp == 0 {
		fp = 1
	}
	return fp
}

func (t *bandTable) shard(fp uint32) *bandShard { return &t.shards[fp>>fpBits] }

// get returns the article position stored for key.
func (t *bandTable) get(key uint64) (int32, bool) {
	fp := fingerprint(key)
	return t.shard(fp).get(fp)
}

// putFirst stores at under key unless the key is already there with an
// article at or after keepFrom; an entry of an older article is replaced.
func (t *bandTable) putFirst(key uint64, at, keepFrom int32) {
	fp := fingerprint(key)
	s := t.shard(fp)
	if float64(s.used+1) > float64(s.n)*maxLoad && s.n < maxShardSlots {
		s.grow()
	}
	if s.put(fp, at, keepFrom) {
		t.used++
	}
}

// slots is the number of slots in all shards.
func (t *bandTable) slots() int {
	n := 0
	for i := range t.shards {
		n += t.shards[i].n
	}
	return n
}

// home is the first slot to probe for a fingerprint: its bits below the
// shard bits scaled to the shard, so a shard of any size can be refilled
// from fingerprints alone.
func (s *bandShard) home(fp uint32) int {
	return int(uint64(fp<<shardBits) * uint64(s.n) >> 32)
}

func (s *bandShard) slot(i int) uint64 {
	return binary.LittleEndian.Uint64(s.slots[i*slotBytes:]) & slotMask
}

func (s *bandShard) set(i int, v uint64) {
	b := s.slots[i*slotBytes:]
	binary.LittleEndian.PutUint64(b, binary.LittleEndian.Uint64(b)&^slotMask|v)
}

func slotOf(fp uint32, at int32) uint64 {
	return takenBit | uint64(uint32(at))<<atShift | uint64(fp&fpMask)
}

func slotAt(v uint64) int32 { return int32(v>>atShift) & (1<<31 - 1) }

func (s *bandShard) get(fp uint32) (int32, bool) {
	want := uint64(fp & fpMask)
	for i := s.home(fp); ; i = s.next(i) {
		v := s.slot(i)
		switch {
		case v == 0:
			return 0, false
		case v&fpMask == want:
			return slotAt(v), true
		}
	}
}

// put reports whether a new slot was taken.
func (s *bandShard) put(fp uint32, at, keepFrom int32) bool {
	want := uint64(fp & fpMask)
	for i := s.home(fp); ; i = s.next(i) {
		v := s.slot(i)
		switch {
		case v == 0:
			s.set(i, slotOf(fp, at))
			s.used++
			return true
		case v&fpMask == want:
			if slotAt(v) < keepFrom {
				s.set(i, slotOf(fp, at))
			}
			return false
		}
	}
}

func (s *bandShard) next(i int) int {
	if i++; i == s.n {
		return 0
	}
	return i
}

// grow makes the shard a quarter larger. The home slot of an entry comes
// from the fingerprint's bits below the shard's, which the slot keeps, so
// every entry can be placed again.
func (s *bandShard) grow() {
	old := *s
	*s = newShard(min(old.n+max(old.n/4, 1), maxShardSlots))
	for i := range old.n {
		v := old.slot(i)
		if v == 0 {
			continue
		}
		j := s.home(uint32(v & fpMask))
		for s.slot(j) != 0 {
			j = s.next(j)
		}
		s.set(j, v)
		s.used++
	}
}
