package coder

import "storyline/internal/event"

// A government announces the expulsions it makes, and news closes the
// passive with the announcer: "The pair were declared persona non grata
// and given two days to go, the Latvian foreign ministry said", "The two
// attachés were expelled, the Kenyan government announced
// on Monday". Only the host state can send envoys away, so a passive
// expulsion that names no expeller is the act of the state whose voice
// closes the sentence; the envoys expelled, told by a pronoun, are left
// to the page (pageSides). A speaker whose own envoys are expelled says
// so with "its" or "our" ("Russia said its diplomats were expelled"), and
// an agent or a "from" names the expeller outright: both are left alone.

// closingSayer reports a verb of a closing attribution: a passive's
// speech verb (passive21.go), or "reported" and "added".
func closingSayer(w string) bool {
	return passiveSpeechWords[w] || w == "reported" || w == "added"
}

// speakerExpels makes the country of a closing attribution the source of
// a passive expulsion that names no expeller.
func (c *articleCoder) speakerExpels(typ string, toks []token, m match, spans []span, parties []*party) []*party {
	if typ != "SANCTION" || !expulsionWord(toks[m.start].lower) || !isPassive(toks, m) {
		return parties
	}
	for _, p := range parties {
		if p.role == event.RoleSource {
			return parties
		}
	}
	for i := m.start - 1; i >= 0 && i >= m.start-8; i-- {
		if ownPossessives[toks[i].lower] {
			return parties // "its diplomats were expelled": the speaker's own
		}
	}
	for k := m.end; k < len(toks); k++ {
		switch w := toks[k].lower; {
		case (w == "by" || w == "from") && namedWithin(spans, k, 3):
			return parties // the expeller named ("from the country" names none)
		case w != ",":
			continue
		}
		v := -1
		for j := k + 1; j < len(toks) && j <= k+7 && !toks[j].punct; j++ {
			if closingSayer(toks[j].lower) {
				v = j
				break
			}
		}
		if v < 0 {
			continue
		}
		speaker := ""
		for _, sp := range spans {
			if sp.start <= k || sp.start >= v || sp.m.Country == "" {
				continue
			}
			if speaker != "" && speaker != sp.m.Country {
				return parties
			}
			speaker = sp.m.Country
		}
		if speaker == "" || countryIn(toks, spans, speaker, m.start-8, m.start) {
			return parties // "Two Kenyan diplomats were declared persona non grata, the Kenyan ministry said": its own envoys
		}
		return c.hostAsSource(parties, speaker, k+1)
	}
	return parties
}

// countryIn reports a mention of country x starting in toks[from:to]
// outside an agent's "by" ("identified by Ecuadorian police" names the
// expeller's police, not the envoys). Before a passive expulsion such a
// mention names the envoys' state ("Two Kenyan diplomats were declared
// persona non grata", "Three Peruvian attachés were expelled"), and a
// state does not expel its own envoys: a closing speaker of that state
// tells of the expulsion it suffered.
func countryIn(toks []token, spans []span, x string, from, to int) bool {
	for _, sp := range spans {
		if sp.m.Country != x || sp.start < from || sp.start >= to {
			continue
		}
		agent := false
		for k := sp.start - 1; k >= 0 && k >= sp.start-2; k-- {
			agent = agent || toks[k].lower == "by"
		}
		if !agent {
			return true
		}
	}
	return false
}

// namedWithin reports a country mention starting within n tokens after k.
func namedWithin(spans []span, k, n int) bool {
	for _, sp := range spans {
		if sp.start > k && sp.start <= k+n && sp.m.Country != "" {
			return true
		}
	}
	return false
}

// News puts the charge that moved an expulsion between the envoys and
// their verb, as a reduced relative: "Two Russian diplomats suspected of
// spying by Latvian prosecutors will be expelled". The envoys are still
// the subject of the passive, beyond the few words expelledEnvoys reads.

// envoysChargedBefore reports an envoy's noun followed at once by a
// participle of charging, up to fourteen words before a passive
// expulsion, with no punctuation between.
func envoysChargedBefore(toks []token, cl clause, m match) bool {
	for i := m.start - 1; i >= cl.start+1 && i >= m.start-14; i-- {
		if toks[i].punct {
			return false
		}
		if envoyNouns[toks[i-1].lower] && (spyChargeWords[toks[i].lower] || toks[i].lower == "identified") {
			return true
		}
	}
	return false
}
