package coder

// How news English tells which act a clause reports when another act is
// named beside it (fifth real-news pass, event types).

// conditionStart returns the token where a threat's condition opens
// ("would devastate Turkey's economy if Ankara's operation in Syria ..."),
// or 0 when there is none or when no party is named between the cue and
// it. A threat names its target before "if"; the places and acts of the
// condition are not parties of it.
func conditionStart(toks []token, own clause, m match, spans []span) int {
	for k := m.start + 1; k < own.end; k++ {
		if w := toks[k].lower; w != "if" && w != "unless" {
			continue
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
