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
	mem    *offHeap
}

type bandShard struct {
	// fps holds the fingerprint's low 24 bits, 3 bytes a slot, then one
	// byte of padding so that every slot can be read as a little-endian
	// uint32. Probing reads these alone: most lookups find no entry, and
	// a probe sequence then runs to the next empty slot.
	fps []byte
	// ats holds the article position, with takenBit set in a slot in use.
	ats  []uint32
	used int
	// block holds fps and ats (see offHeap).
	block []byte
}

const (
	shardBits = 8
	shards    = 1 << shardBits
	// minShardSlots keeps an empty index small (tests and short runs make
	// many): 256 shards of 64 slots are 112 KiB.
	minShardSlots = 64

	fpBytes  = 3
	fpBits   = 32 - shardBits
	fpMask   = 1<<fpBits - 1
	takenBit = 1 << 31
)

// maxLoad is the share of a shard's slots in use past which it grows by a
// quarter: linear probing stays short below it, and a shard grown by a
// quarter rather than by half is fuller on average (68–85 % rather than
// 57–85 %), at the cost of copying each entry about four times rather than
// twice over the table's life.
const maxLoad = 0.85

// maxShardSlots keeps slot numbers within uint32.
const maxShardSlots = 1<<32 - 1

func newBandTable(capacity int, mem *offHeap) *bandTable {
	n := max(minShardSlots, int(float64(capacity)/shards/maxLoad)+1)
	n = min(n, maxShardSlots)
	t := &bandTable{mem: mem}
	for i := range t.shards {
		t.shards[i] = newShard(n, mem)
	}
	return t
}

// newShard makes a shard of n slots in one block: the fingerprints, then
// the positions from the next multiple of 8 bytes.
func newShard(n int, mem *offHeap) bandShard {
	at := (n*fpBytes + 1 + 7) &^ 7
	b := mem.bytes(at + 4*n)
	return bandShard{fps: b[:n*fpBytes+1], ats: asUint32s(b[at:], n), block: b}
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
	if float64(s.used+1) > float64(len(s.ats))*maxLoad && len(s.ats) < maxShardSlots {
		s.grow(t.mem)
	}
	if s.put(fp, at, keepFrom) {
		t.used++
	}
}

// slots is the number of slots in all shards.
func (t *bandTable) slots() int {
	n := 0
	for i := range t.shards {
		n += len(t.shards[i].ats)
	}
	return n
}

// home is the first slot to probe for a fingerprint: its bits below the
// shard bits scaled to the shard, so a shard of any size can be refilled
// from the bits its slots keep.
func (s *bandShard) home(fp uint32) int {
	return int(uint64(fp<<shardBits) * uint64(len(s.ats)) >> 32)
}

// fp is the low 24 bits of the fingerprint in slot i (0 in an empty slot,
// and in a taken one whose fingerprint has them 0).
func (s *bandShard) fp(i int) uint32 {
	return binary.LittleEndian.Uint32(s.fps[i*fpBytes:]) & fpMask
}

func (s *bandShard) set(i int, fp uint32, at uint32) {
	b := s.fps[i*fpBytes:]
	binary.LittleEndian.PutUint32(b, binary.LittleEndian.Uint32(b)&^fpMask|fp&fpMask)
	s.ats[i] = at
}

func (s *bandShard) get(fp uint32) (int32, bool) {
	want := fp & fpMask
	for i := s.home(fp); ; i = s.next(i) {
		switch f := s.fp(i); {
		case f == want:
			if at := s.ats[i]; at != 0 {
				return int32(at &^ takenBit), true
			}
			return 0, false // an empty slot: want is 0
		case f == 0 && s.ats[i] == 0:
			return 0, false
		}
	}
}

// put reports whether a new slot was taken.
func (s *bandShard) put(fp uint32, at, keepFrom int32) bool {
	want := fp & fpMask
	for i := s.home(fp); ; i = s.next(i) {
		f, a := s.fp(i), s.ats[i]
		switch {
		case a == 0:
			s.set(i, want, uint32(at)|takenBit)
			s.used++
			return true
		case f == want:
			if int32(a&^takenBit) < keepFrom {
				s.ats[i] = uint32(at) | takenBit
			}
			return false
		}
	}
}

func (s *bandShard) next(i int) int {
	if i++; i == len(s.ats) {
		return 0
	}
	return i
}

// grow makes the shard a quarter larger. The home slot of an entry comes
// from the fingerprint's bits below the shard's, which the slot keeps, so
// every entry can be placed again.
func (s *bandShard) grow(mem *offHeap) {
	old := *s
	n := len(old.ats)
	*s = newShard(min(n+max(n/4, 1), maxShardSlots), mem)
	defer mem.free(old.block)
	for i, a := range old.ats {
		if a == 0 {
			continue
		}
		f := old.fp(i)
		j := s.home(f)
		for s.ats[j] != 0 {
			j = s.next(j)
		}
		s.set(j, f, a)
		s.used++
	}
}
