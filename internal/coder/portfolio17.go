package coder

import "storyline/internal/actors"

// Rules of the seventeenth pass (stop 35) on the sides of an act: an
// envoy's portfolio is no side.

// portfolioTitles head an office named for the matter or the region it
// deals with: "special envoy for Syria", "Special Representative for
// Afghanistan Reconciliation", "coordinator for Libya".
var portfolioTitles = map[string]bool{
	"envoy": true, "envoys": true, "representative": true, "representatives": true,
	"coordinator": true, "czar": true, "negotiator": true,
}

// withoutPortfolios drops the countries a title names as its portfolio.
// English news writes an envoy's office as "the US special envoy for
// Syria" or "the UN envoy for Yemen": the country after "for" is the
// matter he is charged with, not the government he speaks for, which
// the adjective before the title ("US", "Russia's") or the name of the
// person gives. Taken as a side, the matter would stand as the other
// party of whatever the envoy's government does.
// "Envoy to" is left alone: it says where an envoy is posted, the side
// he deals with.
func withoutPortfolios(toks []token, sps []span) []span {
	return dropSpans(sps, func(sp span) bool { return isPortfolio(toks, sp) || premodifiedPortfolio(toks, sps, sp) }) // portfolio18.go
}

// isPortfolio reports a country named as a title's portfolio.
func isPortfolio(toks []token, sp span) bool {
	return sp.m.Kind == actors.Country && portfolioOf(toks, sp.start)
}

// portfolioOf reports whether the token at i follows "<title> for (the)".
func portfolioOf(toks []token, i int) bool {
	k := i - 1
	if k >= 0 && toks[k].lower == "the" {
		k--
	}
	return k >= 1 && toks[k].lower == "for" && portfolioTitles[toks[k-1].lower]
}
