package dedup

// One-permutation MinHash (Li, Owen and Zhang, 2012) with optimal
// densification (Shrivastava, 2017). Instead of running k hash functions
// over every element, each element's hash picks one of k bins by its top
// bits and the bin keeps its smallest hash; a bin no element fell into
// borrows the value of a non-empty bin chosen by a fixed hash sequence of
// its own number. Two sets agree on a bin with probability equal to their
// Jaccard similarity, as with k independent permutations, at the cost of
// one pass instead of k: signing is dominated by reading the text again.

// onePermutation fills mins (k bins) from set, whose values must be
// uniformly distributed 64-bit hashes. It returns false for an empty set.
func onePermutation(mins []uint64, set []uint64) bool {
	binMins(mins, set)
	return densify(mins)
}

// binMins fills each of the k bins of mins with the smallest value of set
// that falls into it, and empty bins with ^0.
func binMins(mins []uint64, set []uint64) {
	k := uint64(len(mins))
	for i := range mins {
		mins[i] = ^uint64(0)
	}
	for _, x := range set {
		bin := (x >> 32) * k >> 32
		mins[bin] = min(mins[bin], x)
	}
}

// densify gives each empty bin of mins the value of a filled one; it
// returns false when every bin is empty.
func densify(mins []uint64) bool {
	k := uint64(len(mins))
	empty := true
	for _, m := range mins {
		if m != ^uint64(0) {
			empty = false
			break
		}
	}
	if empty {
		return false
	}
	// Densify from the bins filled by the set only, so the result does not
	// depend on the order in which empty bins are visited.
	var filled [nearHashes]bool
	for i, m := range mins {
		filled[i] = m != ^uint64(0)
	}
	for i := range mins {
		if filled[i] {
			continue
		}
		for attempt := uint64(1); ; attempt++ {
			c := (mix(uint64(i)<<32|attempt) >> 32) * k >> 32
			if filled[c] {
				mins[i] = mins[c]
				break
			}
		}
	}
	return true
}
