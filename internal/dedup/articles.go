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
}

// add appends an article and returns its position.
func (s *articles) add(id string, root int32, sig *Signature) int32 {
	at := s.n
	if at>>chunkBits == len(s.chunks) {
		s.chunks = append(s.chunks, newChunk(s.chunkCap()))
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
// expected count needs it, else small (many indexes hold a handful of
// articles, and the last chunk of a run is partly filled) and grown by
// append, which copies at most one chunk.
func (s *articles) chunkCap() int {
	return min(chunkLen, max(64, s.expected-s.n))
}

func newChunk(capacity int) *articleChunk {
	return &articleChunk{
		idEnds:   make([]uint32, 0, capacity),
		root:     make([]int32, 0, capacity),
		exact:    make([]uint64, 0, capacity),
		sizes:    make([]uint32, 0, 4*capacity),
		sketches: make([]uint8, 0, capacity*sketchSize),
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
		if s.chunks[k].sketches == nil {
			continue
		}
		s.chunks[k].sketches = nil
	}
}
