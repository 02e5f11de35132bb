package coder

import (
	"strings"

	"storyline/internal/event"
)

// Twenty-seventh pass (stop 45, sanctions and coercion read from sentences
// written by hand). An expulsion told in the passive with no agent names
// the envoys by the post they hold: "Five diplomats from the Russian
// Embassy to Moldova were declared personae non grata", "The Russian
// ambassador to Moldova was expelled". The state the embassy or the
// envoy is posted to is the one that sends them away, as it is the one
// that summons them (hostSummons); without this it was read as a second
// target, or lost in the envoy's title.

// hostExpels makes the host of the envoys' post the source of a passive
// expulsion that names no expeller.
func (c *articleCoder) hostExpels(typ string, toks []token, m match, spans []span, cl clause, parties []*party) []*party {
	if typ != "SANCTION" || !expulsionWord(toks[m.start].lower) || !isPassive(toks, m) {
		return parties
	}
	for _, p := range parties {
		if p.role == event.RoleSource {
			return parties // "by Moldova": the expeller is named
		}
	}
	for _, sp := range spans {
		if sp.start < cl.start || sp.end > m.start {
			continue
		}
		host := ""
		if sp.start >= 2 && postWords[toks[sp.start-1].lower] && postNoun(toks[sp.start-2].lower) ||
			sp.start >= 3 && toks[sp.start-1].lower == "the" && postWords[toks[sp.start-2].lower] && postNoun(toks[sp.start-3].lower) {
			host = sp.m.Country // "the Russian Embassy to Moldova"
		} else if h := c.postHost(toks, sp, spans); h != sp.m.Country {
			host = h // "the Russian ambassador to Moldova"
		}
		if host == "" {
			continue
		}
		others := false
		for _, p := range parties {
			if p.key != host {
				others = true
			}
		}
		if !others {
			continue
		}
		return c.hostAsSource(parties, host, sp.start)
	}
	return parties
}

// hostAsSource makes the host state the act's source: the party it
// already is, or a new one named at token at.
func (c *articleCoder) hostAsSource(parties []*party, host string, at int) []*party {
	for _, p := range parties {
		if p.key == host {
			p.role = event.RoleSource
			return parties
		}
	}
	return append(parties, &party{key: host, country: host, role: event.RoleSource, name: c.countryName(host), at: at})
}

// expulsionWord reports the first word of a cue of expulsion: "expelled",
// "declared (persona non grata)".
func expulsionWord(w string) bool {
	return strings.HasPrefix(w, "expel") || strings.HasPrefix(w, "declare")
}

// postNoun reports a noun of a state's post abroad, before "to" or "in"
// and the host: "embassy", "mission", "consulate", "ambassador".
func postNoun(w string) bool {
	return missionNouns[w] || w == "mission" || w == "missions" || diplomatTitle(w)
}

// recallNoun reports the noun of an envoy's recall ("the recall of its
// ambassador from Algeria"): the place after "from" is the post he leaves,
// the host the recall is aimed at, not a source as in "condemnation from
// Qatar" (roleOf).
func recallNoun(toks []token, m match) bool {
	return toks[m.start].lower == "recall"
}

// A measure told as the subject of a passive names what it falls on
// before its verb: "Sanctions on Iranian oil tankers were announced by the
// U.S. Treasury", "New tariffs against Canadian steel were imposed by
// Beijing". The agent after "by" imposes it, as after "sanctions were
// announced by" (nounAgent); the words between only name the target.

// afterNounObject returns the index after a measure noun's "on" or
// "against" phrase when a passive auxiliary or "by" follows it within six
// words, else m.end.
func afterNounObject(toks []token, m match) int {
	if m.cue.Type != "SANCTION" || !m.noun || m.end >= len(toks) {
		return m.end
	}
	if w := toks[m.end].lower; w != "on" && w != "against" {
		return m.end
	}
	for k := m.end + 1; k < len(toks) && k <= m.end+7; k++ {
		w := toks[k].lower
		switch {
		case toks[k].punct || w == "and" || w == "that" || w == "which":
			return m.end
		case w == "by" || w == "was" || w == "were" || w == "is" || w == "are" || w == "has" || w == "have" || w == "had":
			return k
		}
	}
	return m.end
}

// A measure a country is "hit with" or "slapped with" is often named by
// its imposer's name or adjective: "Hungary was hit with EU sanctions",
// "Swiss watches were slapped with US tariffs". In the passive the subject
// is the target and that name, between "with" and the measure, the source.

// measureOwner reports a party at i inside a passive SANCTION cue, after
// its "with".
func measureOwner(toks []token, m match, i int) bool {
	if i <= m.start || i >= m.end {
		return false
	}
	for k := m.start + 1; k < i; k++ {
		if toks[k].lower == "with" {
			return true
		}
	}
	return false
}

// measureParticiples are the participles a measure noun takes in the
// passive with its imposer after "by": "New sanctions were imposed on
// Russia by Japan", "tariffs were slapped on Canadian steel by Beijing".
var measureParticiples = map[string]bool{
	"imposed": true, "levied": true, "slapped": true, "unveiled": true, "adopted": true,
	"introduced": true, "reimposed": true, "placed": true, "tightened": true, "expanded": true,
}

// byAfterMeasure returns the "by" that names the imposer after a passive
// measure's participle at k, past a short "on ..." or "on Friday" phrase
// (six words, no punctuation), or -1.
func byAfterMeasure(toks []token, k int) int {
	for i := k; i < len(toks) && i <= k+6; i++ {
		switch w := toks[i].lower; {
		case w == "by":
			return i
		case toks[i].punct || w == "and" || w == "after" || w == "over" || w == "for" || w == "because":
			return -1
		}
	}
	return -1
}

// A measure told as the means of an act asked for or advised ("The
// protesters urged the government to take a tougher stance on Myanmar by
// cutting diplomatic ties", "the government should stand firm by
// recalling its envoy") was not taken: the gerund after "by" shares the
// mood of the verb it serves, an infinitive after a verb of asking or a
// verb after "should", and tells no measure of its own.

// measureAskVerbs are the verbs that ask another to act, before its "to".
var measureAskVerbs = map[string]bool{
	"urged": true, "urge": true, "urges": true, "urging": true, "asked": true, "asks": true,
	"called": true, "calls": true, "calling": true, "pressed": true, "presses": true, "pressing": true,
	"demanded": true, "demands": true, "demanding": true, "encouraged": true, "advised": true,
}

// urgedMeasureGerund reports a SANCTION gerund right after "by" whose
// verb, within twelve words before it and no punctuation between, is an
// infinitive after a verb of asking or a verb after "should" or "must".
func urgedMeasureGerund(toks []token, m match) bool {
	if m.cue.Type != "SANCTION" || m.form != formIng || m.start < 3 || toks[m.start-1].lower != "by" {
		return false
	}
	for k := m.start - 2; k >= 0 && k >= m.start-12; k-- {
		w := toks[k].lower
		switch {
		case toks[k].punct || sentenceStop(w):
			return false
		case w == "should" || w == "must" || w == "ought":
			return true
		case w == "to" && k+1 < m.start-1:
			for j := k - 1; j >= 0 && j >= k-6; j-- {
				if toks[j].punct {
					break
				}
				if measureAskVerbs[toks[j].lower] {
					return true
				}
			}
			return false
		}
	}
	return false
}
