package dedup

// articles holds what the index keeps per article, by position of addition,
// in chunks of chunkLen articles. A chunk is never copied once full, so the
// store grows by one chunk at a time instead of doubling slices of a
// million entries (which holds the old and the new slice at once), and the
// sketches of a whole chunk can be let go when a Window is set.
type articles struct {
	chunks   []*articleChunk
	n        int
	expected int // Options.Expected
	mem      *offHeap
}

const (
	chunkBits = 14
	chunkLen  = 1 << chunkBits // 16,384 articles, 5.2 MB of sketches
)

type articleChunk struct {
	ids      []byte   // ids of the articles that start a copy group, end to end
	idEnds   []uint32 // end of each article's id in ids (a copy's is empty)
	root     []int32  // position of the earliest article of its copy group
	exact    []uint64 // whole-body hash
	sizes    []uint32 // distinct shingles, facts, entity pairs and joins: four per article
	sketches []uint8  // near, fact, entity then join sketch, sketchSize per article; nil once dropped

	// A whole chunk's fixed-size arrays (all but ids) are made at once in
	// two blocks (see offHeap): the sketches, and the rest.
	block, sketchBlock []byte
}

// add appends an article and returns its position.
func (s *articles) add(id string, root int32, sig *Signature) int32 {
	at := s.n
	if at>>chunkBits == len(s.chunks) {
		s.chunks = append(s.chunks, s.newChunk(s.chunkCap()))
	}
	c := s.chunks[at>>chunkBits]
	if root == int32(at) {
		// Only the first article of a copy group is ever named (Match.Of),
		// so a copy's id is not kept.
		c.ids = append(c.ids, id...)
	}
	c.idEnds = append(c.idEnds, uint32(len(c.ids)))
	c.root = append(c.root, root)
	c.exact = append(c.exact, sig.Exact)
	c.sizes = append(c.sizes, sig.Shingles, sig.Facts, sig.Entities, sig.Joins)
	c.sketches = append(c.sketches, sig.NearSketch[:]...)
	c.sketches = append(c.sketches, sig.FactSketch[:]...)
	c.sketches = append(c.sketches, sig.EntitySketch[:]...)
	c.sketches = append(c.sketches, sig.JoinSketch[:]...)
	s.n++
	return int32(at)
}

// chunkCap is the capacity to give a new chunk: a whole chunk while the
// expected count needs it or after the first, else small (many indexes
// hold a handful of articles) and grown by append, which copies at most
// one chunk.
func (s *articles) chunkCap() int {
	if s.n >= chunkLen {
		// An index past its first chunk is a large one: a whole chunk is
		// made at once, outside the heap where it can be, where the pages
		// of a partly filled chunk cost nothing until written.
		return chunkLen
	}
	return min(chunkLen, max(64, s.expected-s.n))
}

func (s *articles) newChunk(capacity int) *articleChunk {
	if capacity < chunkLen {
		return &articleChunk{
			idEnds:   make([]uint32, 0, capacity),
			root:     make([]int32, 0, capacity),
			exact:    make([]uint64, 0, capacity),
			sizes:    make([]uint32, 0, 4*capacity),
			sketches: make([]uint8, 0, capacity*sketchSize),
		}
	}
	// A whole chunk: made once, never grown (add never appends past its
	// capacity).
	const n = chunkLen
	b := s.mem.bytes(32 * n)
	sk := s.mem.bytes(sketchSize * n)
	return &articleChunk{
		exact:       asUint64s(b, n)[:0],
		sizes:       asUint32s(b[8*n:], 4*n)[:0],
		idEnds:      asUint32s(b[24*n:], n)[:0],
		root:        asInt32s(b[28*n:], n)[:0],
		sketches:    sk[:0],
		block:       b,
		sketchBlock: sk,
	}
}

func (s *articles) chunk(at int32) (*articleChunk, int) {
	return s.chunks[at>>chunkBits], int(at) & (chunkLen - 1)
}

func (s *articles) root(at int32) int32 {
	c, i := s.chunk(at)
	return c.root[i]
}

func (s *articles) exact(at int32) uint64 {
	c, i := s.chunk(at)
	return c.exact[i]
}

func (s *articles) sizes(at int32) (shingles, facts, entities uint32) {
	c, i := s.chunk(at)
	return c.sizes[4*i], c.sizes[4*i+1], c.sizes[4*i+2]
}

// sketch is the article's near, fact and entity sketch, nil once dropped.
func (s *articles) sketch(at int32) []uint8 {
	c, i := s.chunk(at)
	if c.sketches == nil {
		return nil
	}
	return c.sketches[i*sketchSize:][:sketchSize]
}

// id is the id of the article at, which must start its copy group.
func (s *articles) id(at int32) string {
	c, i := s.chunk(at)
	start := uint32(0)
	if i > 0 {
		start = c.idEnds[i-1]
	}
	return string(c.ids[start:c.idEnds[i]])
}

// dropSketchesBefore lets go of the sketches of every full chunk whose
// articles all come before position from.
func (s *articles) dropSketchesBefore(from int) {
	for k := range from >> chunkBits {
		c := s.chunks[k]
		if c.sketches == nil {
			continue
		}
		c.sketches = nil
		s.mem.free(c.sketchBlock)
		c.sketchBlock = nil
	}
}
