package coder

import (
	"strings"

	"storyline/internal/actors"
	"storyline/internal/event"
)

// Rules of the seventeenth pass (stop 35) on summonses told
// in the passive. English news often opens on the envoy, not on the
// government that called him in: "US Ambassador David Hale was summoned by
// the Pakistani foreign office", "Azerbaijan's ambassador was summoned to
// the Russian Foreign Ministry". The active cue needs the envoy after the
// verb; in the passive he stands before it, and the summoner is the agent
// after "by" or the ministry he was summoned "to". A bare "summoned" in the
// active ("Putin summoned his Security Council") is a meeting called, not
// a charge, so the bare cue counts only in the passive.

// activeBareSummons reports the bare "summon" cue used in the active, or
// as the noun of a court ("a summons"): no diplomatic charge.
func activeBareSummons(toks []token, m match) bool {
	return bareSummons(toks, m) && !isPassive(toks, m)
}

// bareSummons reports the one-word charge cue "summon" in any form, or
// its British synonym "call in" (summons50.go).
func bareSummons(toks []token, m match) bool {
	return m.cue.Type == "ACCUSE" && (m.end-m.start == 1 && strings.HasPrefix(toks[m.start].lower, "summon") || callInCue(toks, m))
}

// hostSummons gives a passive summons that names no summoner the country
// the envoy is posted to: "China's ambassador to the Czech Republic was
// summoned on Wednesday", "the Iraqi ambassador in Tehran was summoned".
// An ambassador is called in by the government he is accredited to, so
// the news leaves it unsaid. The post is read from the envoy's title
// ("Ambassador to the Czech Republic", "Ambassador in Tehran").
func (c *articleCoder) hostSummons(toks []token, m match, spans []span, cl clause, parties []*party) []*party {
	if !bareSummons(toks, m) || !isPassive(toks, m) {
		return parties
	}
	if len(parties) != 1 {
		return parties // a summoner named, or other countries the summons is about
	}
	for _, sp := range spans {
		if sp.start < cl.start || sp.end > m.start {
			continue
		}
		host := c.postHost(toks, sp, spans)
		if host == "" || host == sp.m.Country {
			continue
		}
		if parties[0].key == host {
			return parties
		}
		return append(parties, &party{key: host, country: host, role: event.RoleSource, name: c.countryName(host), at: sp.start})
	}
	return parties
}

// postHost returns the country an envoy is posted to, from the title
// (postOf) or from a place named right after him (postAfter), or "".
func (c *articleCoder) postHost(toks []token, sp span, spans []span) string {
	if host := c.postOf(sp.m); host != "" {
		return host
	}
	return postAfter(toks, sp, spans)
}

// postOf returns the country an envoy's title says he is posted to or in
// ("Ambassador to Sweden", "Ambassador in Stockholm"), or "".
func (c *articleCoder) postOf(mm actors.Mention) string {
	t := strings.ToLower(mm.Title)
	if !diplomatTitle(t) {
		return ""
	}
	for _, w := range []string{" to ", " in "} {
		if i := strings.Index(t, w); i >= 0 {
			for _, pm := range c.cat.Mentions(mm.Title[i+len(w):], c.ref) {
				if pm.Country != "" {
					return pm.Country
				}
			}
		}
	}
	return ""
}

// postAfter returns the country of a place or country named right after
// an envoy, with "in" or "to" between ("the Iraqi ambassador in Tehran"),
// or "".
func postAfter(toks []token, env span, spans []span) string {
	if !diplomatTitle(strings.ToLower(env.m.Title)) || env.end+1 >= len(toks) || !postWords[toks[env.end].lower] {
		return ""
	}
	for _, sp := range spans {
		if rightAfter(toks, env.end, sp.start) {
			return sp.m.Country
		}
	}
	return ""
}

// diplomatTitle reports a title of a diplomat posted abroad.
func diplomatTitle(t string) bool {
	for _, p := range []string{"ambassador", "envoy", "chargé", "charge"} {
		if strings.HasPrefix(t, p) {
			return true
		}
	}
	return false
}
