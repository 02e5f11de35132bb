package dedup

import (
	"math"
	"math/rand/v2"
	"testing"
)

// TestBandTableAsMap checks the packed table against a map keyed by the
// fingerprint, through many grows: the first article of each band is kept,
// an entry older than keepFrom is replaced, and fingerprints whose low 24
// bits are zero, a zero fingerprint and the largest position survive.
func TestBandTableAsMap(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	tab := newBandTable(0, &offHeap{})
	want := map[uint32]int32{}
	put := func(key uint64, at, keepFrom int32) {
		tab.putFirst(key, at, keepFrom)
		fp := fingerprint(key)
		if old, ok := want[fp]; !ok || old < keepFrom {
			want[fp] = at
		}
	}
	edges := []uint64{0, 1, 0x05000000 << 32, 0xff000000 << 32, 0x00ffffff << 32, math.MaxUint64}
	for i, k := range edges {
		put(k, int32(i), 0)
	}
	put(0xabcdef12<<32, math.MaxInt32-1, 0)
	for at := range int32(200_000) {
		key := r.Uint64()
		if at%5 == 0 {
			key = uint64(r.IntN(50_000)) << 40 // bands shared by many articles
		}
		put(key, at+10, at/2)
	}
	if tab.used != len(want) {
		t.Errorf("used = %d, want %d", tab.used, len(want))
	}
	for fp, at := range want {
		got, ok := tab.get(uint64(fp) << 32)
		if !ok || got != at {
			t.Fatalf("get(%#x) = %d, %v; want %d", fp, got, ok, at)
		}
	}
	for range 10_000 {
		key := r.Uint64()
		_, ok := tab.get(key)
		if _, in := want[fingerprint(key)]; ok != in {
			t.Fatalf("get(%#x) found = %v, want %v", key, ok, in)
		}
	}
}
