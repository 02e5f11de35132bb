package dedup

// bandTable maps band keys to the position of the first article that had
// them. It keeps the top 32 bits of each key, which also choose its shard
// and slot, and never deletes, so an entry costs 8 bytes a slot where a Go
// map of uint64 to int32 costs about 21 bytes an entry. Two keys that agree
// on their top 32 bits collide: the collision only yields a candidate that
// verification then rejects, or (once in 2^32) hides a band of a later
// article.
//
// The table is split into shards by the fingerprint's top bits, each grown
// on its own: growing one copies 1/shards of the entries, so the memory
// held at once while growing stays near the table's size instead of
// reaching two and a half times it, as one table grown by half would.
type bandTable struct {
	shards [shards]bandShard
	used   int
}

type bandShard struct {
	fps  []uint32 // top 32 bits of the key (never 0), 0 for an empty slot
	ats  []int32  // article position
	used int
}

const (
	shardBits = 8
	shards    = 1 << shardBits
	// minShardSlots keeps an empty index small (tests and short runs make
	// many): 256 shards of 64 slots are 128 KiB.
	minShardSlots = 64
)

// maxLoad is the share of a shard's slots in use past which it grows by
// half: linear probing stays short below it.
const maxLoad = 0.85

// maxShardSlots keeps slot numbers within uint32.
const maxShardSlots = 1<<32 - 1

func newBandTable(capacity int) *bandTable {
	n := max(minShardSlots, int(float64(capacity)/shards/maxLoad)+1)
	n = min(n, maxShardSlots)
	t := &bandTable{}
	for i := range t.shards {
		t.shards[i] = bandShard{fps: make([]uint32, n), ats: make([]int32, n)}
	}
	return t
}

func fingerprint(key uint64) uint32 {
	fp := uint32(key >> 32)
	if fp == 0 {
		fp = 1
	}
	return fp
}

func (t *bandTable) shard(fp uint32) *bandShard { return &t.shards[fp>>(32-shardBits)] }

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
	if float64(s.used+1) > float64(len(s.fps))*maxLoad && len(s.fps) < maxShardSlots {
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
		n += len(t.shards[i].fps)
	}
	return n
}

// home is the first slot to probe for a fingerprint: its bits below the
// shard bits scaled to the shard, so a shard of any size can be refilled
// from fingerprints alone.
func (s *bandShard) home(fp uint32) int {
	return int(uint64(fp<<shardBits) * uint64(len(s.fps)) >> 32)
}

func (s *bandShard) get(fp uint32) (int32, bool) {
	for i := s.home(fp); ; i = s.next(i) {
		switch s.fps[i] {
		case fp:
			return s.ats[i], true
		case 0:
			return 0, false
		}
	}
}

// put reports whether a new slot was taken.
func (s *bandShard) put(fp uint32, at, keepFrom int32) bool {
	for i := s.home(fp); ; i = s.next(i) {
		switch s.fps[i] {
		case fp:
			if s.ats[i] < keepFrom {
				s.ats[i] = at
			}
			return false
		case 0:
			s.fps[i], s.ats[i] = fp, at
			s.used++
			return true
		}
	}
}

func (s *bandShard) next(i int) int {
	if i++; i == len(s.fps) {
		return 0
	}
	return i
}

// grow makes the shard half as large again; the slot of an entry comes
// from its fingerprint, so every entry can be placed again.
func (s *bandShard) grow() {
	fps, ats := s.fps, s.ats
	n := min(len(fps)+len(fps)/2, maxShardSlots)
	s.fps, s.ats, s.used = make([]uint32, n), make([]int32, n), 0
	for i, fp := range fps {
		if fp != 0 {
			s.put(fp, ats[i], 0)
		}
	}
}
