package coder

import "strings"

// Rules of the ninth pass (stop 27) on precision: words of promise that
// news uses for no act between two states.

// goodwillNouns name a relation between states as a whole, not an act
// within it: "ties", "friendship", "dialogue".
var goodwillNouns = map[string]bool{
	"ties": true, "relations": true, "relationship": true, "friendship": true, "cooperation": true,
	"co-operation": true, "partnership": true, "dialogue": true, "channels": true, "rapprochement": true,
}

// peaceSettlementNouns are goodwill only after a word of peace: "a peaceful
// resolution of its disputes", "a diplomatic solution".
var peaceSettlementNouns = map[string]bool{"resolution": true, "solution": true, "settlement": true}

// unilateralWishes are the heads of the AGREE cues one party says alone:
// a promise, a pledge, a vow, an intention or hope expressed. "agreed to
// normalise relations" takes two and is left alone.
var unilateralWishes = []string{"promis", "pledg", "vow", "express"}

// goodwillEnd ends a goodwill object before a break or a new clause.
var goodwillEnd = map[string]bool{
	"but": true, "while": true, "whereas": true, "after": true, "before": true, "if": true, "when": true,
	"as": true, "because": true, "which": true, "who": true, "that": true, "amid": true,
}

// goodwillPledge returns the end of the object of a promise of good
// relations, or -1: "promised to reinvigorate ties", "pledged to pursue a
// peaceful resolution of its disputes with China", "promising friendship
// and cooperation", "expressed his intention to rebuild ties with Russia",
// "expressing its desire to maintain open diplomatic channels". One side
// states a wish for the relation as a whole; news reports it as a tone of
// the day, and no act is agreed or promised to the other side. The
// relation noun comes within eight words of the cue, before any other act
// cue, a break or a new clause; "pledged to withdraw troops and restore
// ties" promises an act first and is left alone.
func goodwillPledge(toks []token, matches []match, m match) int {
	if m.cue.Type != "AGREE" || m.noun {
		return -1
	}
	head := toks[m.head].lower
	wish := false
	for _, w := range unilateralWishes {
		if strings.HasPrefix(head, w) {
			wish = true
			break
		}
	}
	if !wish {
		return -1
	}
	for k := m.start + 1; k < len(toks) && k <= m.end+8; k++ {
		w := toks[k].lower
		if isQuoteMark(w) {
			continue // "expressed hope for a “new beginning in relations”"
		}
		if k >= m.end && (isBreakPunct(w) || w == "." || goodwillEnd[w]) {
			return -1
		}
		if goodwillNouns[w] || peaceSettlementNouns[w] && k > 0 && (toks[k-1].lower == "peaceful" || toks[k-1].lower == "diplomatic") {
			return goodwillListEnd(toks, k+1)
		}
		if k >= m.end && otherActCue(toks, matches, m, k) {
			return -1
		}
	}
	return -1
}

// goodwillListEnd carries a goodwill object on through the nouns joined
// to it: "friendship and cooperation", "ties, trade and dialogue".
func goodwillListEnd(toks []token, k int) int {
	end := k
	for j := k; j < len(toks) && j <= end+3; j++ {
		w := toks[j].lower
		if goodwillNouns[w] {
			end = j + 1
			continue
		}
		if w != "and" && w != "or" && w != "," && !isLowerWord(toks[j].text) {
			break
		}
	}
	return end
}

// strivingVerbs lead to the goodwill they aim at: "pledged to seek a
// peaceful solution".
var strivingVerbs = map[string]bool{"seek": true, "pursue": true, "work": true}

// otherActCue reports a cue other than m, not a speech act, a cooperation
// noun or a verb of striving, starting at token k.
func otherActCue(toks []token, matches []match, m match, k int) bool {
	for _, o := range matches {
		if o.start == k && o.start != m.start && !o.cue.flags.speech && o.cue.Type != "COOPERATE" && !strivingVerbs[toks[k].lower] {
			return true
		}
	}
	return false
}

// dropGoodwillPledges drops the promises of good relations and the cues
// inside what they promise ("friendship and cooperation").
func dropGoodwillPledges(toks []token, matches []match) []match {
	var spans [][2]int
	for _, m := range matches {
		if e := goodwillPledge(toks, matches, m); e > 0 {
			spans = append(spans, [2]int{m.start, e})
		}
	}
	if len(spans) == 0 {
		return matches
	}
	kept := matches[:0]
	for _, m := range matches {
		inside := false
		for _, sp := range spans {
			if m.start >= sp[0] && m.start < sp[1] {
				inside = true
				break
			}
		}
		if !inside {
			kept = append(kept, m)
		}
	}
	return kept
}
