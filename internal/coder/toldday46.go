package coder

// The day after the one told is the telling's (stop 46). Wire copy names
// the outlet or the person a speaker spoke to between the verb and its
// day: "the ambassador told the Globe and Mail Monday that Washington was
// preparing a formal request", "the envoy told Reuters on Monday that
// Nairobi would expel two diplomats". The speech range of "told" reached
// its day only when the one told was a common noun the cue holds ("told
// reporters on Monday"); after a name the day was read as the reported
// act's, and a plan took the Monday after the story. A day right after
// "told" and a name (capitalised words, "the", "&", "and" between them,
// "on") is the day of the telling: no act's of the words told, and the day
// an announced measure is dated by, as for "said on Monday".

// toldNamedDay reports whether the day at byte offset off follows "told"
// (or "tells", "informed", "assured") and a name of at most five words.
func toldNamedDay(toks []token, off int) bool {
	k := 0
	for k < len(toks) && toks[k].start < off {
		k++
	}
	j := k - 1
	if j >= 0 && toks[j].lower == "on" {
		j--
	}
	named := false
	for n := 0; j >= 0 && n < 5; n++ {
		t := toks[j]
		switch {
		case t.capital() && !t.punct:
			named = true
		case t.lower == "&" || t.lower == "and" || t.lower == "the":
		default:
			return named && tellVerbs[t.lower] && !toks[j+1].punct && toks[j+1].capital() || named && tellVerbs[t.lower] && toks[j+1].lower == "the"
		}
		j--
	}
	return false
}
