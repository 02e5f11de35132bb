package dedup

// bandTable maps band keys to the position of the first article that had
// them. It keeps the top 32 bits of each key, which also choose its slot,
// and never deletes, so an entry costs 8 bytes a slot where a Go map of
// uint64 to int32 costs about 21 bytes an entry. Two keys that agree on
// their top 32 bits collide: the collision only yields a candidate that
// verification then rejects, or (once in 2^32) hides a band of a later
// article.
type bandTable struct {
	fps  []uint32 // top 32 bits of the key (never 0), 0 for an empty slot
	ats  []int32  // article position
	used int
}

// maxLoad is the share of slots in use past which the table grows by half:
// linear probing stays short below it.
const maxLoad = 0.85

// maxSlots keeps slot numbers within uint32.
const maxSlots = 1<<32 - 1

func newBandTable(capacity int) *bandTable {
	n := max(1024, int(float64(capacity)/maxLoad)+1)
	n = min(n, maxSlots)
	return &bandTable{fps: make([]uint32, n), ats: make([]int32, n)}
}

func fingerprint(key uint64) uint32 {
	fp := uint32(key >> 32)
	if fp == 0 {
		fp = 1
	}
	return fp
}

// home is the first slot to probe for a fingerprint: its position scaled to
// the table, so a table of any size can be refilled from fingerprints alone.
func (t *bandTable) home(fp uint32) int { return int(uint64(fp) * uint64(len(t.fps)) >> 32) }

// get returns the article position stored for key.
func (t *bandTable) get(key uint64) (int32, bool) {
	fp := fingerprint(key)
	for i := t.home(fp); ; i = t.next(i) {
		switch t.fps[i] {
		case fp:
			return t.ats[i], true
		case 0:
			return 0, false
		}
	}
}

// putFirst stores at under key unless the key is already there.
func (t *bandTable) putFirst(key uint64, at int32) {
	if float64(t.used+1) > float64(len(t.fps))*maxLoad && len(t.fps) < maxSlots {
		t.grow()
	}
	t.put(fingerprint(key), at)
}

func (t *bandTable) put(fp uint32, at int32) {
	for i := t.home(fp); ; i = t.next(i) {
		switch t.fps[i] {
		case fp:
			return
		case 0:
			t.fps[i], t.ats[i] = fp, at
			t.used++
			return
		}
	}
}

func (t *bandTable) next(i int) int {
	if i++; i == len(t.fps) {
		return 0
	}
	return i
}

// grow makes the table half as large again; the slot of an entry comes from
// its fingerprint, so every entry can be placed again.
func (t *bandTable) grow() {
	fps, ats := t.fps, t.ats
	n := min(len(fps)+len(fps)/2, maxSlots)
	t.fps, t.ats, t.used = make([]uint32, n), make([]int32, n), 0
	for i, fp := range fps {
		if fp != 0 {
			t.put(fp, ats[i])
		}
	}
}
