package coder

import "storyline/internal/actors"

// Eighteenth pass (stop 36), sides: an envoy's portfolio written before
// the title. News English names an office by its matter as often before
// the title as after it: "Trump's Ukraine envoy", "the US North Korea
// envoy", "Washington's special Syria envoy" say what the envoy deals
// with, while the possessive or the country before it says whom he
// speaks for. A country before the title with nothing of that kind before
// it is the envoy's own ("China envoy threatens Australia boycott"), and
// stays a side.

// portfolioRanks may stand between the portfolio and the owner: "Trump's
// deputy Ukraine envoy", "the US special Syria envoy".
var portfolioRanks = map[string]bool{
	"deputy": true, "special": true, "chief": true, "top": true, "senior": true, "peace": true,
}

// portfolioTitled reports a country named right before a portfolio title:
// a country's mention followed by the title, or an office holder's
// mention "Ukraine envoy" that the actor tables give the country it names.
func portfolioTitled(toks []token, sp span) bool {
	if sp.start < 0 || sp.end > len(toks) || sp.end <= sp.start || !toks[sp.start].capital() {
		return false
	}
	switch sp.m.Kind {
	case actors.Country:
		return sp.end < len(toks) && portfolioTitles[toks[sp.end].lower]
	case actors.Person:
		return sp.m.Name == "" && sp.end-sp.start >= 2 && portfolioTitles[toks[sp.end-1].lower]
	}
	return false
}

// premodifiedPortfolio reports a country written right before a portfolio
// title ("Ukraine envoy") after an owner: a possessive, or another
// country's mention ending just before it (ranks between them allowed).
func premodifiedPortfolio(toks []token, sps []span, sp span) bool {
	if !portfolioTitled(toks, sp) {
		return false
	}
	k := sp.start - 1
	for k >= 0 && portfolioRanks[toks[k].lower] {
		k--
	}
	if k < 0 {
		return false
	}
	if toks[k].lower == "'s" {
		return true
	}
	for _, o := range sps {
		if o.end == k+1 && o.start != sp.start {
			return true // "the US Syria envoy"
		}
	}
	return false
}
