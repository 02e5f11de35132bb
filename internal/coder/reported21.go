package coder

// quotedReport reports a past act quoted at the head of a sentence whose
// speaker is named after the quote: "“Russian missiles struck a hospital in
// Kharkiv,” Ukraine's foreign minister told reporters". Wire copy puts an
// official's account of what happened first and the teller after it; the
// quote tells an act done, with its doer named inside the quote, as "X
// said Russian missiles struck ..." does. A quote in the first person ("we
// struck"), in the present or the future, or with no attribution after
// it stays the speaker's own words, and so does a perfect ("has
// threatened ... before"), which recalls rather than reports.
func quotedReport(toks []token, quoted []clause, spans []span, m match) bool {
	if m.noun || m.form != formPast || m.start == 0 || recallAux[toks[m.start-1].lower] {
		return false
	}
	for _, q := range quoted {
		if q.start != 0 || !isQuoteMark(toks[0].lower) || m.start >= q.end {
			continue
		}
		return attributedAfter(toks, q) && doerInQuote(toks, spans, q, m) && !selfInQuote(toks, q)
	}
	return false
}

// recallAux make a perfect: "“Egypt has threatened Ethiopia before,” the
// minister said" recalls a past the speaker weighs (wire4_precision_test),
// not an act the quote reports.
var recallAux = map[string]bool{"has": true, "have": true, "had": true}

// attributedAfter reports a quotation closed by a comma and followed by
// its speaker's verb of saying within a few words: `...," the ministry
// said`, `...," Ukraine's foreign minister told reporters`.
func attributedAfter(toks []token, q clause) bool {
	if q.end < 3 || q.end >= len(toks) || toks[q.end-2].lower != "," {
		return false
	}
	for k := q.end; k < len(toks) && k < q.end+8; k++ {
		if speechHeads[toks[k].lower] {
			return true
		}
	}
	return false
}

// doerInQuote reports a named state, not a group, before the act inside
// the quotation: the doer the quote names ("Russian missiles hit").
func doerInQuote(toks []token, spans []span, q clause, m match) bool {
	for _, sp := range spans {
		if sp.start > q.start && sp.start < m.start && !sp.m.Group {
			return true
		}
	}
	return false
}

// selfInQuote reports "we", "our", "I" or "us" inside the quotation: the
// speaker telling its own side's act, which is the speaker's words.
func selfInQuote(toks []token, q clause) bool {
	for k := q.start; k < q.end; k++ {
		switch toks[k].lower {
		case "we", "our", "i", "us":
			return true
		}
	}
	return false
}
