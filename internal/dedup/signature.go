package dedup

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math/bits"
	"sync"
)

// The near-duplicate stage: MinHash over 5-word shingles, 14 bands of 8 rows
// (FineWeb's settings: pairs 80% similar are flagged 92% of the time).
const (
	shingleWords = 5
	nearHashes   = 112
	nearBands    = 14
	nearRows     = nearHashes / nearBands
)

// The fact stage for reworded copies: MinHash over facts (ordered pairs of
// content words, numbers, character n-grams of names), in short bands so
// that copies sharing half their facts still meet.
const (
	factHashes = 112
	factBands  = 21
	factRows   = 3 // the bands use the first 63 values, the sketch all 112
)

// The entity stage for copies reworded by hand: MinHash over ordered pairs
// of names and numbers (see entityTokens), in bands of 2 rows so that
// copies sharing half their pairs meet, and a smaller sketch of the pairs
// that join two sentences.
const (
	entityHashes = 64
	entityBands  = 12
	entityRows   = 2 // the bands use the first 24 values, the sketch all 64
	joinHashes   = 32
)

// Signature is what the index needs to know of one body: band keys to find
// candidates and small sketches to verify them. Sign computes it without
// touching shared state, so signatures can be computed on every core and added
// to an Index in order from one goroutine.
type Signature struct {
	// Exact is a hash of the whole normalised word sequence; 0 for a body
	// without words.
	Exact uint64
	// Shingles and Facts count the distinct shingles and facts, to turn
	// a Jaccard estimate into containment for trimmed copies.
	Shingles, Facts uint32
	// Entities counts the distinct ordered pairs of names and numbers,
	// Joins those of them that join two sentences.
	Entities, Joins uint32
	NearBands       [nearBands]uint64
	FactBands       [factBands]uint64
	EntityBands     [entityBands]uint64
	// NearSketch and FactSketch keep 8 bits of each minimum (b-bit MinHash):
	// enough to estimate similarity at a fraction of the memory.
	NearSketch [nearHashes]uint8
	FactSketch [factHashes]uint8
	// EntitySketch and JoinSketch are the same for the entity pairs and
	// the joins, with 0 for an empty bin (see sparseSketch).
	EntitySketch [entityHashes]uint8
	JoinSketch   [joinHashes]uint8
}

// Empty reports whether the body had nothing to compare (no words).
func (s *Signature) Empty() bool { return s.Exact == 0 }

// signer holds the scratch space of one Sign call, pooled so that signing
// allocates nothing in the steady state.
type signer struct {
	reader
	shingles []uint64
	facts    []uint64
	tokens   []entityToken // names and numbers in order
	entities []uint64
	joins    []uint64
	capitals []uint64 // scratch for entityTokens
	seen     []uint64 // scratch set for distinct
	nearMins [nearHashes]uint64
	factMins [factHashes]uint64
	entMins  [entityHashes]uint64
	joinMins [joinHashes]uint64
}

var signers = sync.Pool{New: func() any { return new(signer) }}

// Sign computes the signature of an article body. It is pure and safe for
// concurrent use.
func Sign(body string) Signature {
	s := signers.Get().(*signer)
	defer signers.Put(s)
	var sig Signature
	s.read(body)
	if len(s.words) == 0 {
		return sig
	}
	sig.Exact = exactHash(s.words)

	s.shingles, s.seen = distinct(shingles(s.shingles[:0], s.words), s.seen)
	sig.Shingles = uint32(len(s.shingles))
	onePermutation(s.nearMins[:], s.shingles)
	bandKeys(sig.NearBands[:], s.nearMins[:], nearRows, 0)
	sketch(sig.NearSketch[:], s.nearMins[:])

	s.facts, s.seen = distinct(facts(s.facts[:0], s.words, s.names, s.listNames), s.seen)
	sig.Facts = uint32(len(s.facts))
	onePermutation(s.factMins[:], s.facts)
	bandKeys(sig.FactBands[:], s.factMins[:], factRows, nearBands)
	sketch(sig.FactSketch[:], s.factMins[:])

	s.tokens, s.capitals = entityTokens(s.tokens[:0], s.words, s.capitals)
	s.entities, s.joins, s.capitals = entityShingles(s.entities[:0], s.joins[:0], s.tokens, s.capitals)
	s.entities, s.seen = distinct(s.entities, s.seen)
	s.joins, s.seen = distinct(s.joins, s.seen)
	sig.Entities, sig.Joins = uint32(len(s.entities)), uint32(len(s.joins))
	binMins(s.joinMins[:], s.joins)
	sparseSketch(sig.JoinSketch[:], s.joinMins[:])
	// The sketch keeps empty bins empty: these sets are small, and
	// comparing only the bins either set filled estimates their
	// similarity far better than densified bins would.
	binMins(s.entMins[:], s.entities)
	sparseSketch(sig.EntitySketch[:], s.entMins[:])
	densify(s.entMins[:])
	bandKeys(sig.EntityBands[:], s.entMins[:], entityRows, nearBands+factBands)
	return sig
}

func exactHash(ws []word) uint64 {
	h := uint64(fnvOffset)
	for _, w := range ws {
		h = (h ^ w.hash) * fnvPrime
	}
	if h == 0 {
		h = 1
	}
	return h
}

// shingles appends the hashes of the 5-word shingles of ws.
// A body shorter than a shingle gives one shingle of all its words.
func shingles(dst []uint64, ws []word) []uint64 {
	if len(ws) < shingleWords {
		h := uint64(0)
		for i, w := range ws {
			h += bits.RotateLeft64(w.hash, 13*i)
		}
		return append(dst, mix(h))
	}
	for i := 0; i+shingleWords <= len(ws); i++ {
		h := ws[i].hash +
			bits.RotateLeft64(ws[i+1].hash, 13) +
			bits.RotateLeft64(ws[i+2].hash, 26) +
			bits.RotateLeft64(ws[i+3].hash, 39) +
			bits.RotateLeft64(ws[i+4].hash, 52)
		dst = append(dst, mix(h))
	}
	return dst
}

// Fact kinds are mixed into their hashes so a number and a word pair never
// collide.
const (
	factPair   = 0x9e3779b97f4a7c15
	factNumber = 0xc2b2ae3d27d4eb4f
	factName   = 0x165667b19e3779f9
)

// facts appends the facts of a body: ordered pairs of
// neighbouring content words within a sentence (stemmed, function words
// skipped), every number, and the character n-grams of capitalised runs.
// A rewriter that swaps some words for synonyms, reorders sentences or
// mangles names keeps most of these; another story about the same meeting
// keeps the names and numbers but few of the pairs.
func facts(dst []uint64, ws []word, names, listNames []uint64) []uint64 {
	// Lists and tables (tour dates, results, schedules) come from press
	// releases that independent stories share; the facts of a story are in
	// its sentences, unless it has hardly any.
	skip := uint8(0)
	prose := 0
	for _, w := range ws {
		if w.flags&flagList == 0 {
			prose++
		}
	}
	if prose >= minBodyWords {
		skip = flagList
	} else {
		names = append(names, listNames...)
	}
	var prev uint64
	for _, w := range ws {
		if w.flags&skip != 0 {
			prev = 0
			continue
		}
		if w.flags&flagSentence != 0 {
			prev = 0
		}
		if w.flags&flagDigit != 0 {
			dst = append(dst, mix(w.hash^factNumber))
		}
		if w.stem == 0 {
			continue
		}
		if prev != 0 {
			dst = append(dst, mix(prev*31+bits.RotateLeft64(w.stem, 17)^factPair))
		}
		prev = w.stem
	}
	for _, n := range names {
		// Names are shared by every story about the same people; a sample
		// of their n-grams keeps them from outweighing the wording.
		if h := mix(n ^ factName); h%nameSample == 0 {
			dst = append(dst, h)
		}
	}
	return dst
}

// nameSample is one over the share of name n-grams kept as facts.
const nameSample = 4

// distinct removes repeated values from s in place, in linear time, using
// seen (cleared and grown as needed) as an open-addressing set. The order of
// s is kept. Zero is never a hash value here (see mix), so it marks empty
// slots.
func distinct(s []uint64, seen []uint64) ([]uint64, []uint64) {
	n := 64
	for n < 2*len(s) {
		n *= 2
	}
	if cap(seen) < n {
		seen = make([]uint64, n)
	} else {
		seen = seen[:n]
		clear(seen)
	}
	mask := uint64(n - 1)
	out := s[:0]
	for _, x := range s {
		if x == 0 {
			x = 1
		}
		for i := x & mask; ; i = (i + 1) & mask {
			if seen[i] == x {
				break
			}
			if seen[i] == 0 {
				seen[i] = x
				out = append(out, x)
				break
			}
		}
	}
	return out, seen
}

// mix is the splitmix64 finaliser: it spreads every input bit over the
// output, so sums and products of word hashes become uniform keys.
func mix(x uint64) uint64 {
	x ^= x >> 30
	x *= 0xbf58476d1ce4e5b9
	x ^= x >> 27
	x *= 0x94d049bb133111eb
	x ^= x >> 31
	return x
}

// bandKeys hashes each band of rows minima into one key. The band number is
// mixed in so equal minima in different bands give different keys.
func bandKeys(keys []uint64, mins []uint64, rows int, first int) {
	for b := range keys {
		h := uint64(first+b+1) * 0x9e3779b97f4a7c15
		for _, m := range mins[b*rows : (b+1)*rows] {
			h = mix(h ^ m)
		}
		if h == 0 {
			h = 1
		}
		keys[b] = h
	}
}

// sketch keeps the lowest 8 bits of each minimum: the top bits chose the
// bin and rank the values within it, the lowest are independent of both.
func sketch(dst []uint8, mins []uint64) {
	for i, m := range mins {
		dst[i] = uint8(m)
	}
}

// sparseSketch is sketch for bins that may be empty: 0 marks an empty
// bin, a filled one keeps a value from 1 to 255.
func sparseSketch(dst []uint8, mins []uint64) {
	for i, m := range mins {
		if m == ^uint64(0) {
			dst[i] = 0
		} else {
			dst[i] = uint8(m%255) + 1
		}
	}
}

// signatureVersion changes whenever Sign would give a different signature
// for the same body, so stored signatures from an older program are
// recognised and recomputed rather than silently mismatched.
const signatureVersion = 3

// signatureSize is the length of a marshalled Signature.
const signatureSize = 1 + 8 + 4 + 4 + 4 + 4 + 8*nearBands + 8*factBands + 8*entityBands + nearHashes + factHashes + entityHashes + joinHashes

// MarshalBinary encodes the signature in a fixed-size little-endian form
// for a store to keep and give back to AddSigned after a restart.
func (s Signature) MarshalBinary() ([]byte, error) {
	b := make([]byte, 0, signatureSize)
	b = append(b, signatureVersion)
	b = binary.LittleEndian.AppendUint64(b, s.Exact)
	b = binary.LittleEndian.AppendUint32(b, s.Shingles)
	b = binary.LittleEndian.AppendUint32(b, s.Facts)
	b = binary.LittleEndian.AppendUint32(b, s.Entities)
	b = binary.LittleEndian.AppendUint32(b, s.Joins)
	for _, k := range s.NearBands {
		b = binary.LittleEndian.AppendUint64(b, k)
	}
	for _, k := range s.FactBands {
		b = binary.LittleEndian.AppendUint64(b, k)
	}
	for _, k := range s.EntityBands {
		b = binary.LittleEndian.AppendUint64(b, k)
	}
	b = append(b, s.NearSketch[:]...)
	b = append(b, s.FactSketch[:]...)
	b = append(b, s.EntitySketch[:]...)
	b = append(b, s.JoinSketch[:]...)
	return b, nil
}

// ErrSignatureVersion is returned for a stored signature made by another
// version of Sign: the body must be signed again.
var ErrSignatureVersion = errors.New("dedup: signature from another version")

// UnmarshalBinary decodes a signature written by MarshalBinary.
func (s *Signature) UnmarshalBinary(b []byte) error {
	if len(b) == 0 {
		return fmt.Errorf("decode dedup signature: empty")
	}
	if b[0] != signatureVersion {
		return fmt.Errorf("decode dedup signature version %d (want %d): %w", b[0], signatureVersion, ErrSignatureVersion)
	}
	if len(b) != signatureSize {
		return fmt.Errorf("decode dedup signature: %d bytes, want %d", len(b), signatureSize)
	}
	b = b[1:]
	s.Exact = binary.LittleEndian.Uint64(b)
	s.Shingles = binary.LittleEndian.Uint32(b[8:])
	s.Facts = binary.LittleEndian.Uint32(b[12:])
	s.Entities = binary.LittleEndian.Uint32(b[16:])
	s.Joins = binary.LittleEndian.Uint32(b[20:])
	b = b[24:]
	for i := range s.NearBands {
		s.NearBands[i] = binary.LittleEndian.Uint64(b)
		b = b[8:]
	}
	for i := range s.FactBands {
		s.FactBands[i] = binary.LittleEndian.Uint64(b)
		b = b[8:]
	}
	for i := range s.EntityBands {
		s.EntityBands[i] = binary.LittleEndian.Uint64(b)
		b = b[8:]
	}
	b = b[copy(s.NearSketch[:], b):]
	b = b[copy(s.FactSketch[:], b):]
	b = b[copy(s.EntitySketch[:], b):]
	copy(s.JoinSketch[:], b)
	return nil
}
