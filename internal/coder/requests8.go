package coder

// A government asks in its spokesman's words: "“We call on Russia to
// return the vessels,” Pompeo said", "“We strongly urge Iraqi leaders to
// reconsider,” the spokeswoman said in a statement", "“I invite you to post
// more troops in Poland,” Duda said to Trump". A request verb in the
// present after "we" or "I" performs the request as it is said, so the
// quotation is the act, not words about one; the speaker named outside the
// quotation asks, and the one asked is named after the verb (or, for
// "you", after "said to").

// askAdverbs stand between the pronoun and the request verb: "we once
// again call on", "we therefore urge", "I would like to invite".
var askAdverbs = map[string]bool{
	"once": true, "again": true, "also": true, "therefore": true, "hereby": true, "now": true,
	"further": true, "still": true, "would": true, "like": true, "to": true, "all": true,
}

// quotedAsk returns, for a request cue inside a quotation whose subject is
// "we" or "I", the spans of the speaker named outside it in the sentence's
// speech tail, and those of the one told after "said to" or "told" (who
// "you" stands for), each moved to where it stands in the request: the
// speaker at the pronoun, the one told after the verb. ok is false when
// the cue is no such request.
func quotedAsk(toks []token, quoted, speech []clause, spans, before []span, m match) (parties []span, ok bool) {
	if m.cue.Type != "REQUEST" || !performative(m) && !askingNow(toks, m) {
		return nil, false
	}
	var q clause
	for _, r := range quoted {
		if m.start >= r.start && m.start < r.end {
			q = r
		}
	}
	if q.end == 0 {
		return nil, false
	}
	k := m.start - 1
	for k > q.start && (askAdverbs[toks[k].lower] || isAdverbLike(toks[k].lower)) {
		k--
	}
	if m.form == formIng {
		k = progressiveSubject(toks, q, k) // "we are urgently seeking" (requests12.go)
	}
	if k < q.start || !firstPerson[toks[k].lower] {
		return nil, false
	}
	var speaker, told []span
	for _, r := range speech {
		if r.start < q.end && r.end > q.start {
			continue // the speech verb inside the quotation is the speaker's own
		}
		v := r.end
		for i := r.start; i < r.end; i++ {
			if speechHeads[toks[i].lower] {
				v = i
				break
			}
		}
		for _, sp := range spans {
			if sp.start < r.start || sp.start >= r.end || sp.m.Group || sp.m.Country == "" {
				continue
			}
			if sp.start > v && (prevWord(toks, sp.start, v) == "to" || toks[v].lower == "told" && sp.start <= v+2) {
				told = append(told, sp) // "said to Donald Trump", "told Trump"
				continue
			}
			speaker = append(speaker, sp)
		}
	}
	if len(speaker) == 0 && opensQuoted(toks, q, speech) {
		speaker = before // "Duda said ... . “I would like to invite the US president ...”" (requests12.go)
	}
	if len(speaker) == 0 {
		return nil, false
	}
	parties = shiftSpans(speaker, k)
	if m.end < len(toks) && toks[m.end].lower == "you" {
		parties = append(parties, shiftSpans(told, m.end)...) // otherwise the quotation names the one asked itself
	}
	return parties, true
}

// askedContentStart returns where the infinitive of what a quoted request
// asks begins ("we call on all countries to join the USA in moving their
// embassies"): the countries named there are what is asked, not the one
// asked, whether or not the words before it name anyone. It returns 0 when
// there is no such infinitive in the clause.
func askedContentStart(toks []token, cl clause, m match) int {
	for k := m.end; k+1 < cl.end; k++ {
		if toks[k].punct {
			return 0
		}
		if toks[k].lower == "to" && isLowerWord(toks[k+1].text) && !toks[k+1].punct && toks[k+1].lower != "the" {
			return k
		}
	}
	return 0
}

// demandedActStart returns where what is asked begins in two forms the
// infinitive rule (demandContentStart, sides5.go) leaves: a that-clause
// whose subject is the one asked ("demanding that Russia immediately
// release the three Ukrainian vessels": the vessels' country is what is
// asked about, not asked), and a headline written in title case, whose
// infinitive is capitalised like every word ("Leaders Call on Indonesians
// at Jakarta Rally to Support Palestine"). It returns 0 when neither.
func demandedActStart(toks []token, m match, spans []span) int {
	if !demandTypes[m.cue.Type] || m.noun || m.end >= len(toks) {
		return 0
	}
	if toks[m.end].lower == "that" {
		for _, sp := range spans {
			if sp.m.Group || !rightAfter(toks, m.end, sp.start) {
				continue
			}
			k := sp.end
			for k < len(toks) && (isAdverbLike(toks[k].lower) || toks[k].lower == "must" || toks[k].lower == "should") {
				k++
			}
			if k < len(toks) && !toks[k].punct && isLowerWord(toks[k].text) && toks[k].lower != "and" && toks[k].lower != "or" {
				return k // the one asked, then its verb
			}
		}
		return 0
	}
	if m.start == 0 || isLowerWord(toks[m.start].text) {
		return 0 // running prose: the infinitive rule reads it
	}
	for k := m.end; k+1 < len(toks) && k < m.end+8; k++ {
		if toks[k].punct {
			return 0
		}
		if toks[k].lower == "to" && !isLowerWord(toks[k+1].text) && !toks[k+1].punct && !startsSpan(spans, k+1) {
			return k
		}
	}
	return 0
}

// startsSpan reports a mention starting at token i.
func startsSpan(spans []span, i int) bool {
	for _, sp := range spans {
		if sp.start == i {
			return true
		}
	}
	return false
}
