package coder

// A state visit is news, and so is what a leader does on it; English often
// tells the act and leaves the visit as its setting: "Obama lifted the arms
// embargo on Vietnam during his first visit to the country", "During a
// visit to Rwanda on Tuesday, Modi donated 200 cows", "On his visit to
// Beijing, Kim signed ...". The clause codes its act (the embargo lifted,
// the gift) and the visit, a noun after "during" or "on", was left
// unread: the visit is an event of its own between the act's two sides.
// It is coded beside the act when the visit's own words go to one of
// those sides ("to Vietnam", "to Kigali") or to a place left unnamed ("to
// the communist country"); a visit to a third country is another trip.
// (Seventeenth pass, stop 35.)

// visitSettingWords open a phrase that sets an act on a visit.
var visitSettingWords = map[string]bool{"during": true, "on": true}

// settingVisitNouns are the nouns of a visit that such a phrase names.
var settingVisitNouns = map[string]bool{"visit": true, "trip": true, "tour": true}

// visitSetting returns the visit that the act main (from m) is told on,
// or nil.
func (c *articleCoder) visitSetting(toks []token, m match, matches []match, spans []span, main *report) *report {
	if main == nil || main.ev.Type == "CONSULT" || main.parties < 2 || !twoCountries(main.ev.Actors) || m.cue.flags.intent {
		return nil
	}
	for _, n := range matches {
		if n.cue.Type != "CONSULT" || n.cue.Mode != "visit" || !settingVisitNouns[toks[n.head].lower] {
			continue
		}
		if !visitPhrase(toks, n.head) || !visitBesideAct(toks, m, n) || !visitToSides(toks, n.head, spans, main) {
			continue
		}
		return sharedAct(main, "CONSULT", "visit", main.ev.Status, true)
	}
	return nil
}

// visitPhrase reports a visit noun at v set after "during" or "on" and a
// determiner or possessive, with up to three modifiers between ("during
// his first visit", "on a four-day state visit").
func visitPhrase(toks []token, v int) bool {
	i := v - 1
	for k := 0; k < 3 && i > 0 && !toks[i].punct && isLowerWord(toks[i].text) && !determiners[toks[i].lower]; k++ {
		i--
	}
	if i < 1 || !determiners[toks[i].lower] {
		return false
	}
	return visitSettingWords[toks[i-1].lower]
}

// visitBesideAct reports the visit phrase n tied to the act m: after it in
// the same clause ("lifted the embargo during his visit"), or fronted
// before it and closed by a comma ("During a visit to Rwanda, Modi
// donated").
func visitBesideAct(toks []token, m, n match) bool {
	if n.start >= m.end {
		for i := m.end; i < n.start; i++ {
			if toks[i].lower == ";" {
				return false
			}
		}
		return true
	}
	if n.end > m.start {
		return false
	}
	for i := n.end; i < m.start; i++ {
		if toks[i].lower == "," {
			return true
		}
	}
	return false
}

// visitToSides reports a visit whose destination, the words after "to",
// is a country of main or a place the text leaves unnamed ("to the
// country"); a visit to a third country is another trip.
func visitToSides(toks []token, v int, spans []span, main *report) bool {
	if v+1 >= len(toks) || toks[v+1].lower != "to" {
		return false
	}
	end := v + 2
	for end < len(toks) && end < v+8 && !toks[end].punct {
		end++
	}
	named := false
	for _, sp := range spans {
		if sp.start < v+2 || sp.start >= end {
			continue
		}
		if sp.m.Country == "" {
			continue
		}
		if !hasCountry(main.ev.Actors, sp.m.Country) {
			return false
		}
		named = true
	}
	if named {
		return true
	}
	// No country named: only a place the text leaves to the reader ("the
	// communist country"), never a capitalised name it could not read.
	for i := v + 2; i < end; i++ {
		if !isLowerWord(toks[i].text) {
			return false
		}
	}
	return end > v+2
}
