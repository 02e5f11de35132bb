package coder

// How news English tells which act a clause reports when another act is
// named beside it (fifth real-news pass, event types).

// conditionStart returns the token where a threat's condition opens
// ("would devastate Turkey's economy if Ankara's operation in Syria ..."),
// or 0 when there is none or when no party is named between the cue and
// it. A threat names its target before "if"; the places and acts of the
// condition are not parties of it.
func conditionStart(toks []token, own clause, m match, spans []span) int {
	return namedBefore(toks, own, m, spans, threatConditions)
}

var threatConditions = map[string]bool{"if": true, "unless": true}

// reasonStart returns the token where the reason for a seizure or an
// arrest opens ("detained an Iranian tanker on suspicion that it was
// shipping oil to Syria"), or 0 as conditionStart does: the country the
// suspicion names is no party of the seizure.
func reasonStart(toks []token, own clause, m match, spans []span) int {
	return namedBefore(toks, own, m, spans, reasonWords)
}

var reasonWords = map[string]bool{"suspicion": true, "suspected": true, "allegedly": true, "charges": true}

// namedBefore returns the first token after the cue's head that is one
// of words, when a party is named between the head and it; else 0.
func namedBefore(toks []token, own clause, m match, spans []span, words map[string]bool) int {
	for k := m.start + 1; k < own.end; k++ {
		if !words[toks[k].lower] {
			continue
		}
		if k > 0 && (toks[k-1].lower == "on" || toks[k-1].lower == "the") {
			k-- // "on suspicion", "on the suspicion"
			if k > 0 && toks[k-1].lower == "on" {
				k--
			}
		}
		for _, sp := range spans {
			if sp.start > m.start && sp.start < k {
				return k
			}
		}
		return 0
	}
	return 0
}

// scareQuote reports a cue inside a short quotation that the reporter's
// own sentence runs through: in "said he would “obliterate” Turkey's
// economy" the quoted word is the speaker's, the act is the reporter's
// account. The quotation holds at most four words and follows a word of
// the sentence (not a colon or a comma that opens a quoted statement).
func scareQuote(toks []token, quoted []clause, m match) bool {
	for _, q := range quoted {
		if m.start < q.start || m.start >= q.end {
			continue
		}
		if q.end-q.start-2 > 4 || q.start == 0 || q.end >= len(toks) {
			return false
		}
		before := toks[q.start-1]
		return !before.punct && isLowerWord(before.text)
	}
	return false
}

// infinitiveBetween reports a "to" between tokens lo and hi: a base form
// after "and" then continues that infinitive ("threatened to demolish
// and obliterate"), it opens no clause of its own.
func infinitiveBetween(toks []token, lo, hi int) bool {
	for i := max(lo, 0); i < hi; i++ {
		if toks[i].lower == "to" {
			return true
		}
	}
	return false
}
