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
		for _, p := range parties {
			if p.key == host {
				p.role = event.RoleSource
				return parties
			}
		}
		return append(parties, &party{key: host, country: host, role: event.RoleSource, name: c.countryName(host), at: sp.start})
	}
	return parties
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
