package coder

import (
	"strings"

	"storyline/internal/event"
)

// Rules of the twenty-third pass (stop 41) on diplomatic measures, read
// from wire sentences written by hand. News places a mission or an
// expulsion by the host's capital as often as by its name: "closed its
// embassy in Tehran", "shut its consulate in St Petersburg", "ten Czech
// diplomats were expelled from Moscow", "was ordered to leave Lima". The
// capital there is where the mission stands or the envoys leave, so the
// actor tables read it as a place; for these measures the place is the
// host state, the side the measure is taken against or by.

// missionHostTarget makes the country a mission stands in the target of a
// SANCTION that closes or shutters it when the clause names who closes it
// and no one it is closed against: "Canada closed its embassy in Tehran".
func (c *articleCoder) missionHostTarget(typ string, toks []token, m match, parties []*party, loc *event.Location) []*party {
	if typ != "SANCTION" || !cueNamesMission(toks, m) {
		return parties
	}
	return c.placeAsTarget(parties, loc)
}

// cueNamesMission reports a cue whose words name a mission: "closed its
// embassy", "shut down the consulates", "closed its high commission".
func cueNamesMission(toks []token, m match) bool {
	for i := m.start; i < m.end && i < len(toks); i++ {
		if missionNouns[toks[i].lower] || toks[i].lower == "commission" || toks[i].lower == "commissions" {
			return true
		}
	}
	return false
}

// expellerFromPlace adds the host as the source of a passive expulsion
// that names the envoys' state only: the country of the place after
// "expelled from" or "to leave" ("Czech diplomats were expelled from
// Moscow", "Venezuela's ambassador was ordered to leave Lima"). A named
// expeller ("by Belarus") or a second state already named keeps the
// parties as they are.
func (c *articleCoder) expellerFromPlace(typ string, toks []token, m match, spans []span, parties []*party) []*party {
	if typ != "SANCTION" || len(parties) != 1 || parties[0].role == event.RoleSource {
		return parties
	}
	at := leftPlaceAt(toks, m)
	if at < 0 {
		return parties
	}
	for _, sp := range spans {
		if sp.start != at || sp.m.Country == "" || sp.m.Country == parties[0].country {
			continue
		}
		return append(parties, &party{key: sp.m.Country, country: sp.m.Country, name: c.countryName(sp.m.Country), role: event.RoleSource, at: sp.start})
	}
	return parties
}

// leftPlaceAt returns the token of the place a passive expulsion sends the
// envoys from: after "expelled from" or "to leave" (an optional "the"
// before it), or -1.
func leftPlaceAt(toks []token, m match) int {
	if !isPassive(toks, m) {
		return -1
	}
	at := -1
	switch {
	case strings.HasPrefix(toks[m.start].lower, "expel") && m.end < len(toks) && toks[m.end].lower == "from":
		at = m.end + 1
	case toldToLeave(toks, m):
		at = m.end + 2
	}
	if at >= 0 && at < len(toks) && toks[at].lower == "the" {
		at++
	}
	return at
}

// summonsHostPlace gives a passive summons whose envoy's post is not
// written the country of the place it was made in: "the Russian
// ambassador was summoned to the Foreign Ministry in Warsaw", "China's
// ambassador was summoned in Canberra". An envoy is called in where he
// serves, by that government (hostSummons reads the post when the title
// gives it). The place is the event's venue, or a place after "in" later
// in the sentence where the words after the verb only say where he was
// called to.
func (c *articleCoder) summonsHostPlace(toks []token, m match, spans []span, parties []*party, loc *event.Location) []*party {
	if !bareSummons(toks, m) || !isPassive(toks, m) || len(parties) != 1 {
		return parties
	}
	host := ""
	if loc != nil && loc.Country != nil {
		host = *loc.Country
	}
	for _, sp := range spans {
		if host == "" && sp.start > m.end && toks[sp.start-1].lower == "in" && summonedTo(toks, m.end, sp.start-1) {
			host = sp.m.Country
		}
	}
	if host == "" || host == parties[0].country {
		return parties
	}
	return append(parties, &party{key: host, country: host, role: event.RoleSource, name: c.countryName(host)})
}

// summonedTo reports that tokens from..to-1 after a passive summons only
// tell where the envoy was called to ("to the Foreign Ministry", "on
// Monday to the ministry"): a few words, none opening another clause.
func summonedTo(toks []token, from, to int) bool {
	if to-from > 6 {
		return false
	}
	for i := from; i < to; i++ {
		if toks[i].punct || causeWords[toks[i].lower] || toks[i].lower == "and" {
			return false
		}
	}
	return true
}

// recallOfNoEnvoy reports the bare participle "recalled" that is not a passive right after an envoy (within six words before
// the auxiliary): "Brazil's ambassador to Israel was recalled" is a
// recall; "he recalled the meeting" and "the cars were recalled" are
// none of this cue's.
func recallOfNoEnvoy(toks []token, m match) bool {
	if m.cue.Type != "SANCTION" || m.end-m.start != 1 {
		return false
	}
	if toks[m.start].lower != "recalled" {
		return false
	}
	if m.start == 0 || !passiveAux[toks[m.start-1].lower] {
		return true
	}
	for i := m.start - 2; i >= 0 && i >= m.start-8; i-- {
		if envoyNouns[toks[i].lower] || toks[i].lower == "commissioner" {
			return false
		}
	}
	return true
}

// passiveAux are the forms of "be" a passive participle follows.
var passiveAux = map[string]bool{"was": true, "were": true, "been": true, "be": true, "being": true, "is": true, "are": true}

// recalledFromPost gives a passive recall told by the envoy the post he
// is called home from as its target: "Brazil's ambassador to Israel was
// recalled" (Brazil recalls, Israel is the one the recall is aimed at).
// The post is read from the envoy's title as for a summons (summons17.go).
func (c *articleCoder) recalledFromPost(toks []token, m match, spans []span, cl clause, parties []*party) []*party {
	if m.cue.Type != "SANCTION" || m.end-m.start != 1 || toks[m.start].lower != "recalled" || len(parties) != 1 {
		return parties
	}
	for _, sp := range spans {
		if sp.start < cl.start || sp.end > m.start {
			continue
		}
		host := c.postHost(toks, sp, spans)
		if host == "" || host == sp.m.Country || host == parties[0].key {
			continue
		}
		parties[0].role = event.RoleSource
		return append(parties, &party{key: host, country: host, role: event.RoleTarget, name: c.countryName(host), at: sp.start})
	}
	return parties
}
