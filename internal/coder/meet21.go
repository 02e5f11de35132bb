package coder

import "strings"

// Rules of the twenty-third pass (stop 41) on meetings, visits and envoys,
// read from news sentences written for the family.

// sentToDo reports an envoy-sending cue ("send+|dispatch+ ... envoy ...
// to", cues.tsv) whose "to" opens an infinitive, not a destination:
// "is sending a special envoy to meet President Ramaphosa" tells the
// meeting the envoy is sent to hold, and that meeting's own cue codes it;
// "sent its foreign minister to Israel" names the place visited.
func sentToDo(toks []token, m match) bool {
	if m.cue.Type != "CONSULT" || m.end >= len(toks) || toks[m.end-1].lower != "to" {
		return false
	}
	w := toks[m.start].lower
	if !strings.HasPrefix(w, "sen") && !strings.HasPrefix(w, "dispatch") {
		return false
	}
	return noPlaceAfterTo(toks, m.end)
}
