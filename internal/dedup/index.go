package dedup

import (
	"log/slog"
	"math"
	"runtime"
)

// Kind says how a copy was recognised.
type Kind string

const (
	// Exact: the same words in the same order.
	Exact Kind = "exact"
	// Near: most 5-word shingles shared, or the copy's shingles contained in
	// the source (trimmed, re-wrapped, sentences reordered or dropped).
	Near Kind = "near"
	// Reworded: few shingles shared but most facts (word pairs, numbers,
	// names) are: a spun copy.
	Reworded Kind = "reworded"
	// Rewritten: few words in common, but the same names and numbers in
	// the same order: a copy reworded by hand.
	Rewritten Kind = "rewritten"
)

// Options sets the similarity an article needs to be called a copy. The
// zero value of a field means its default.
type Options struct {
	// NearJaccard is the estimated shingle Jaccard similarity above which
	// two bodies are near duplicates (default 0.5).
	NearJaccard float64
	// NearContainment is the estimated share of the shorter body's
	// shingles found in the longer one above which the shorter is a trimmed
	// copy (default 0.8), provided their Jaccard is at least MinJaccard.
	NearContainment float64
	// FactJaccard is the estimated fact Jaccard similarity above which two
	// bodies are reworded copies (default 0.4).
	FactJaccard float64
	// FactContainment is the share of the shorter body's facts found in the
	// longer one above which it is a trimmed reworded copy (default 0.6),
	// provided their fact Jaccard is at least MinJaccard.
	FactContainment float64
	// MinJaccard keeps an excerpt (a short body quoting a small part of a
	// long one) from being called a copy by containment alone (default 0.2).
	MinJaccard float64
	// Expected is the number of articles the index is sized for; it grows
	// past it a shard of the band table and a chunk of articles at a time.
	// A stream of unknown length can leave it 0: growing costs some copying
	// but no spike in memory.
	Expected int
	// Window, when above 0, bounds the articles compared in full: once an
	// article is Window articles old (rounded up to chunks of 16,384) its
	// sketches (224 of its about 600 bytes) are let go, it is still found
	// as an exact copy, no longer as a near or reworded one, and a newer
	// article takes over its band keys. 0, the default, compares every
	// article: a copy published a year after its source is still linked.
	Window int
	// MinFacts is the number of facts a body needs for the fact stage: a
	// few lines share facts with too many others to tell (default 24).
	MinFacts int
	// EntitySimilarity is the similarity of names and numbers in order
	// above which two bodies are copies, one reworded by hand (default
	// 0.4): the mean of the estimated Jaccard similarities of their
	// ordered pairs of names and numbers and of those of the pairs that
	// join two sentences (see entityShingles).
	EntitySimilarity float64
	// MinEntities is the number of distinct pairs of names and numbers
	// each body needs for the entity stage (default 20): a short story
	// names little beyond its event, which other stories name too.
	MinEntities int
	// MinSharedEntities is the estimated number of pairs two bodies must
	// share for the entity stage (default 16), for the same reason.
	MinSharedEntities int
}

func (o Options) withDefaults() Options {
	def := func(v *float64, d float64) {
		if *v == 0 {
			*v = d
		}
	}
	def(&o.NearJaccard, 0.5)
	def(&o.NearContainment, 0.8)
	def(&o.FactJaccard, 0.4)
	def(&o.FactContainment, 0.6)
	def(&o.MinJaccard, 0.2)
	def(&o.EntitySimilarity, 0.4)
	if o.MinFacts == 0 {
		o.MinFacts = 24
	}
	if o.MinEntities == 0 {
		o.MinEntities = 20
	}
	if o.MinSharedEntities == 0 {
		o.MinSharedEntities = 16
	}
	return o
}

// Match is the article a new one copies.
type Match struct {
	Of         string  // id of the earliest indexed article in the copy's group
	Kind       Kind    // how the copy was recognised
	Similarity float64 // estimated Jaccard similarity of shingles, of facts for Reworded; EntitySimilarity for Rewritten
}

// Index finds, for each article added, the earliest article added before it
// that it copies. It keeps per article only band keys and small sketches
// (see Signature), so a million articles fit in a few hundred megabytes.
// An Index is not safe for concurrent use: sign in parallel with Sign, add in
// order from one goroutine.
type Index struct {
	opts Options

	arts articles // per article, by position of addition
	// sketchesFrom is the position of the first article whose sketches
	// are kept: 0 without a Window.
	sketchesFrom int32
	// bands maps a band key (near or fact) to the first article that had it.
	bands *bandTable

	// candidates holds, while finding, each candidate's position times
	// two, plus one when a shingle or fact band found it.
	candidates []int64
	full       bool
}

const sketchSize = nearHashes + factHashes + entityHashes + joinHashes

// maxIDBytes bounds an id so that a chunk's id offsets fit in uint32.
const maxIDBytes = math.MaxUint32 / chunkLen

// NewIndex returns an empty index.
func NewIndex(opts Options) *Index {
	opts = opts.withDefaults()
	n := opts.Expected
	mem := &offHeap{}
	ix := &Index{
		opts:  opts,
		bands: newBandTable(n*(nearBands+factBands+entityBands), mem),
		arts:  articles{expected: n, mem: mem},
	}
	mem.attach(ix)
	return ix
}

// Len is the number of articles added.
func (ix *Index) Len() int { return ix.arts.n }

// Add signs body and adds it under id, returning the id of the earliest
// indexed article it copies.
func (ix *Index) Add(id, body string) (duplicateOf string, ok bool) {
	return ix.AddSigned(id, Sign(body))
}

// AddSigned adds an article by its signature, returning the id of the
// earliest indexed article it copies. Every article is kept, copies too, so a
// copy of a copy still finds the first of the group.
func (ix *Index) AddSigned(id string, sig Signature) (duplicateOf string, ok bool) {
	defer runtime.KeepAlive(ix) // its memory outside the heap is freed once ix is unreachable (offheap.go)
	m, root, ok := ix.find(sig)
	ix.insert(id, sig, root)
	return m.Of, ok
}

// Find reports the earliest indexed article that a body with this signature
// copies, without adding it.
func (ix *Index) Find(sig Signature) (Match, bool) {
	defer runtime.KeepAlive(ix)
	m, _, ok := ix.find(sig)
	return m, ok
}

// find returns the match and the position of its group's root, -1 for none.
func (ix *Index) find(sig Signature) (Match, int32, bool) {
	if sig.Empty() {
		return Match{}, -1, false
	}
	useFacts := int(sig.Facts) >= ix.opts.MinFacts
	c := ix.candidates[:0]
	for _, k := range sig.NearBands {
		if at, ok := ix.bands.get(k); ok {
			c = append(c, int64(at)<<1|1)
		}
	}
	if useFacts {
		for _, k := range sig.FactBands {
			if at, ok := ix.bands.get(k); ok {
				c = append(c, int64(at)<<1|1)
			}
		}
	}
	useEntities := int(sig.Entities) >= ix.opts.MinEntities
	if useEntities {
		for _, k := range sig.EntityBands {
			if at, ok := ix.bands.get(k); ok {
				c = append(c, int64(at)<<1)
			}
		}
	}
	c = sortCandidates(c)
	ix.candidates = c
	x, m, ok := judge(&ix.opts, &sig, len(c), func(x int) candidate {
		at := int32(c[x] >> 1)
		cd := candidate{exact: ix.arts.exact(at), text: c[x]&1 == 1}
		cd.shingles, cd.facts, cd.entities = ix.arts.sizes(at)
		if sk := ix.arts.sketch(at); sk != nil {
			const e0 = nearHashes + factHashes
			cd.near, cd.fact, cd.entity, cd.join = sk[:nearHashes], sk[nearHashes:e0], sk[e0:e0+entityHashes], sk[e0+entityHashes:]
		}
		return cd
	})
	if !ok {
		return Match{}, -1, false
	}
	at := int32(c[x] >> 1)
	return ix.match(at, m.Kind, m.Similarity), ix.arts.root(at), true
}

func (ix *Index) match(at int32, kind Kind, similarity float64) Match {
	return Match{Of: ix.arts.id(ix.arts.root(at)), Kind: kind, Similarity: similarity}
}

// insert adds an article; root is the position of the earliest article of
// its copy group, -1 when it starts a group of its own.
func (ix *Index) insert(id string, sig Signature, root int32) {
	n := ix.arts.n
	if n >= math.MaxInt32 || len(id) > maxIDBytes {
		// Positions are int32 to keep the index small; past two billion
		// articles new articles are still looked up but no longer
		// indexed. An id longer than a chunk's offsets allow is not a
		// source name.
		if !ix.full && n >= math.MaxInt32 {
			ix.full = true
			slog.Warn("dedup index full: later articles are checked but not indexed", "articles", n)
		}
		return
	}
	if root < 0 {
		root = int32(n)
	}
	at := ix.arts.add(id, root, &sig)
	if w := ix.opts.Window; w > 0 && int(at)+1 > w && (int(at)+1)&(chunkLen-1) == 0 {
		// A chunk just filled: let go of the sketches of the chunks now
		// wholly outside the window.
		from := (int(at) + 1 - w) &^ (chunkLen - 1)
		ix.arts.dropSketchesBefore(from)
		ix.sketchesFrom = int32(from)
	}
	if sig.Empty() {
		return
	}
	for _, k := range sig.NearBands {
		ix.bands.putFirst(k, at, ix.sketchesFrom)
	}
	if sig.Facts > 0 {
		for _, k := range sig.FactBands {
			ix.bands.putFirst(k, at, ix.sketchesFrom)
		}
	}
	if int(sig.Entities) >= ix.opts.MinEntities {
		for _, k := range sig.EntityBands {
			ix.bands.putFirst(k, at, ix.sketchesFrom)
		}
	}
}

// estimate is the b-bit MinHash estimate of Jaccard similarity: the share of
// equal 8-bit minima, less the 1/256 chance that different minima agree.
func estimate(a, b []uint8) float64 {
	eq := 0
	for i := range a {
		if a[i] == b[i] {
			eq++
		}
	}
	const chance = 1.0 / 256
	j := (float64(eq)/float64(len(a)) - chance) / (1 - chance)
	return max(0, j)
}

// estimateSparse is estimate for sketches with empty bins (see
// sparseSketch): the share of equal values among the bins that either set
// filled (Li, Owen and Zhang's estimator for one-permutation hashing).
func estimateSparse(a, b []uint8) float64 {
	eq, n := 0, 0
	for i := range a {
		if a[i] == 0 && b[i] == 0 {
			continue
		}
		n++
		if a[i] == b[i] {
			eq++
		}
	}
	if n == 0 {
		return 0
	}
	const chance = 1.0 / 255
	j := (float64(eq)/float64(n) - chance) / (1 - chance)
	return max(0, j)
}

// containment turns a Jaccard estimate between sets of sizes na and nb into
// the share of the smaller set found in the larger: |A∩B| = J(|A|+|B|)/(1+J).
func containment(j float64, na, nb uint32) float64 {
	small := min(na, nb)
	if small == 0 {
		return 0
	}
	inter := j * float64(na+nb) / (1 + j)
	return min(1, inter/float64(small))
}
