package coder

import "strings"

// Words that say whose side a group or a crowd is on. "A pro-Palestine
// rally", "pro-Russian separatists": the rally is for the country, not by
// or against it. "The Iran backed Houthis", written without its hyphen
// after an article, is "Iran-backed" (backedBy); "the US backed the plan"
// has its object after the verb and stays an act.

// backerVerbs are the participles of "Iran-backed" written without a hyphen.
var backerVerbs = map[string]bool{"backed": true, "supported": true, "sponsored": true, "funded": true, "armed": true}

// sidesWith reports a country named as the side a group is on.
func sidesWith(toks []token, sp span) bool {
	if w := toks[sp.start].lower; sp.end == sp.start+1 && strings.HasPrefix(w, "pro-") {
		return true // "a pro-Palestine rally"
	}
	if sp.start == 0 || sp.end+1 >= len(toks) || !backerVerbs[toks[sp.end].lower] {
		return false
	}
	switch toks[sp.start-1].lower {
	case "the", "a", "an":
	default:
		return false
	}
	next := toks[sp.end+1]
	switch next.lower {
	case "the", "a", "an", "by", "its", "their", "his", "her", "this", "that", "these", "those":
		return false // "the US backed the plan", "the UN backed by ..."
	}
	return !next.punct && !ownerFollows(toks, sp.end+1)
}
