package coder

import "strings"

// Rules of the ninth pass (stop 27) on agreements. A side alone promising
// good relations states a stance and agrees to nothing: "pledged to pursue
// a peaceful resolution of its disputes with China", "promised to
// reinvigorate ties", "expressed hope for a new beginning in bilateral
// relations", "promising friendship and cooperation". An agreement is
// reached with someone on something ("agreed to restore high
// commissioners"), and a promise of a thing ("pledged $2 billion", "vowed
// to withdraw") is kept.

// promiseHeads open a promise made by one side: the pledge, the vow, the
// intention or the commitment expressed (prefixes of the cue's first word).
var promiseHeads = []string{"pledg", "promis", "vow", "swear", "swore", "sworn", "express", "affirm", "reaffirm", "commitment"}

// mendVerbs say that relations are to be kept or made better, not what is
// to be done: "to rebuild ties", "to pursue a peaceful resolution".
var mendVerbs = map[string]bool{
	"reinvigorate": true, "rebuild": true, "restore": true, "improve": true, "mend": true, "repair": true, "normalize": true,
	"normalise": true, "maintain": true, "pursue": true, "seek": true, "revive": true, "reset": true, "keep": true,
}

// goodwillNouns are relations in general, or peace between sides, rather
// than an act: "ties", "a peaceful resolution", "open diplomatic channels".
var goodwillNouns = map[string]bool{
	"ties": true, "relations": true, "relationship": true, "friendship": true, "peace": true, "dialogue": true,
	"resolution": true, "solution": true, "channels": true, "beginning": true, "chapter": true, "reconciliation": true,
}

// goodwillEnds are the ends of the promises of good relations among
// matches (see promisesGoodwill), found before any match is dropped.
func goodwillEnds(toks []token, matches []match) []int {
	var ends []int
	for _, p := range matches {
		if promisesGoodwill(toks, p) {
			ends = append(ends, p.end)
		}
	}
	return ends
}

// goodwillObject reports a cue that names the goodwill promised by a
// promise before it ("promising friendship and cooperation": the
// cooperation is what is promised, not an act): a noun cue of cooperation
// or agreement within six words after the end of a promise of good
// relations (ends, from goodwillEnds).
func goodwillObject(m match, ends []int) bool {
	if !m.noun || m.cue.Type != "COOPERATE" && m.cue.Type != "AGREE" {
		return false
	}
	for _, e := range ends {
		if e <= m.start && m.start-e <= 6 {
			return true
		}
	}
	return false
}

// promisesGoodwill reports an AGREE cue of one side's promise whose object
// is good relations: a goodwill noun right after it (past "for", "to" and
// up to three modifiers) or after a mending verb in its infinitive.
func promisesGoodwill(toks []token, m match) bool {
	if m.cue.Type != "AGREE" || m.head >= len(toks) {
		return false
	}
	head, promise := toks[m.head].lower, false
	for _, p := range promiseHeads {
		if strings.HasPrefix(head, p) {
			promise = true
			break
		}
	}
	if !promise {
		return false
	}
	k := m.end
	for k < len(toks) && k < m.end+3 && !goodwillNouns[toks[k].lower] && !mendVerbs[toks[k].lower] {
		switch toks[k].lower {
		case "to", "for", "its", "his", "her", "their", "a", "an", "the", "in", "of", "intention", "desire", "hope", "willingness", "commitment":
			k++
			continue
		}
		break
	}
	if k >= len(toks) {
		return false
	}
	if mendVerbs[toks[k].lower] {
		k++
	}
	for j := k; j < len(toks) && j < k+4; j++ {
		w := toks[j].lower
		if goodwillNouns[w] {
			return true
		}
		if w == "," || w == "." || w == ";" || w == "and" && j == k {
			break
		}
	}
	return false
}
