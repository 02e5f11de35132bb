package dedup

import "slices"

// The decision an Index makes for a new article, given the earlier articles
// its bands found, is exported so that a store can keep the bands on disk and
// decide the same way for only the articles a batch touches.

// Lookup is a band under which a signature's candidates are looked up.
type Lookup struct {
	Band uint32
	// Text says the band is of shingles or facts, not of names and numbers:
	// only a candidate found by one can be a reworded copy's source.
	Text bool
}

// Band is how an Index files a band key: by its top 32 bits. Two keys that
// share them are one band, here as in the Index.
func Band(key uint64) uint32 { return fingerprint(key) }

// FiledBands appends the bands under which an Index files sig: every
// article that later looks one of them up finds it (or an earlier article
// filed under the same band).
func (o Options) FiledBands(dst []uint32, sig *Signature) []uint32 {
	if sig.Empty() {
		return dst
	}
	o = o.withDefaults()
	for _, k := range sig.NearBands {
		dst = append(dst, Band(k))
	}
	if sig.Facts > 0 {
		for _, k := range sig.FactBands {
			dst = append(dst, Band(k))
		}
	}
	if int(sig.Entities) >= o.MinEntities {
		for _, k := range sig.EntityBands {
			dst = append(dst, Band(k))
		}
	}
	return dst
}

// LookupBands appends the bands an Index looks up to find the candidates a
// body signed sig may copy: the earliest article filed under each.
func (o Options) LookupBands(dst []Lookup, sig *Signature) []Lookup {
	if sig.Empty() {
		return dst
	}
	o = o.withDefaults()
	for _, k := range sig.NearBands {
		dst = append(dst, Lookup{Band(k), true})
	}
	if int(sig.Facts) >= o.MinFacts {
		for _, k := range sig.FactBands {
			dst = append(dst, Lookup{Band(k), true})
		}
	}
	if int(sig.Entities) >= o.MinEntities {
		for _, k := range sig.EntityBands {
			dst = append(dst, Lookup{Band(k), false})
		}
	}
	return dst
}

// Candidate is an earlier article found under one of a body's bands.
type Candidate struct {
	Sig *Signature
	// Text: found under a shingle or fact band (see Lookup).
	Text bool
}

// Judge says which of cands — one entry per article, earliest first, each
// the earliest article filed under one of LookupBands(sig) and added before
// the body — the body signed sig copies, and how. Match.Of is left empty:
// the caller knows its articles' ids. It decides as an Index does.
func (o Options) Judge(sig *Signature, cands []Candidate) (int, Match, bool) {
	if sig.Empty() {
		return -1, Match{}, false
	}
	o = o.withDefaults()
	return judge(&o, sig, len(cands), func(i int) candidate {
		c := cands[i].Sig
		return candidate{
			exact: c.Exact, near: c.NearSketch[:], fact: c.FactSketch[:], entity: c.EntitySketch[:], join: c.JoinSketch[:],
			shingles: c.Shingles, facts: c.Facts, entities: c.Entities, text: cands[i].Text,
		}
	})
}

// candidate is what judge reads of one candidate: nil sketches when they
// were let go (older than a Window).
type candidate struct {
	exact                     uint64
	near, fact, entity, join  []uint8
	shingles, facts, entities uint32
	text                      bool
}

// judge returns the index of the candidate copied, -1 for none. The earliest
// exact or near copy wins; else the earliest reworded one (found by a text
// band); else the most similar rewritten one.
func judge(o *Options, sig *Signature, n int, get func(int) candidate) (int, Match, bool) {
	useFacts := int(sig.Facts) >= o.MinFacts
	useEntities := int(sig.Entities) >= o.MinEntities
	reworded, rewritten := -1, -1
	var rewordedM, rewrittenM Match
	for x := range n {
		c := get(x)
		if c.exact == sig.Exact {
			return x, Match{Kind: Exact, Similarity: 1}, true
		}
		if c.near == nil {
			continue // older than the window
		}
		j := estimate(sig.NearSketch[:], c.near)
		if j >= o.NearJaccard ||
			(j >= o.MinJaccard && containment(j, sig.Shingles, c.shingles) >= o.NearContainment) {
			return x, Match{Kind: Near, Similarity: j}, true
		}
		// The fact stage judges only the candidates its own bands (or the
		// shingle bands) found: its containment test was set for them.
		if reworded < 0 && c.text && useFacts && int(c.facts) >= o.MinFacts {
			fj := estimate(sig.FactSketch[:], c.fact)
			if fj >= o.FactJaccard ||
				(fj >= o.MinJaccard && containment(fj, sig.Facts, c.facts) >= o.FactContainment) {
				reworded, rewordedM = x, Match{Kind: Reworded, Similarity: fj}
			}
		}
		if useEntities && int(c.entities) >= o.MinEntities {
			// The most similar candidate wins: stories of one event share
			// some pairs, a copy most of them.
			ej := estimateSparse(sig.EntitySketch[:], c.entity)
			shared := ej * float64(sig.Entities+c.entities) / (1 + ej)
			sim := (ej + estimateSparse(sig.JoinSketch[:], c.join)) / 2
			if sim >= o.EntitySimilarity && shared >= float64(o.MinSharedEntities) && sim > rewrittenM.Similarity {
				rewritten, rewrittenM = x, Match{Kind: Rewritten, Similarity: sim}
			}
		}
	}
	if reworded >= 0 {
		return reworded, rewordedM, true
	}
	return rewritten, rewrittenM, rewritten >= 0
}

// sortCandidates orders candidates found as position<<1|text, keeping one
// entry per position (the text one when both kinds of band found it).
func sortCandidates(c []int64) []int64 {
	slices.Sort(c)
	c = slices.Compact(c)
	w := 0
	for x, v := range c {
		if x+1 < len(c) && c[x+1]>>1 == v>>1 {
			continue // the next entry is the same article found by a text band
		}
		c[w] = v
		w++
	}
	return c[:w]
}
