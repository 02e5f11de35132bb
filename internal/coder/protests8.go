package coder

import "strings"

// A protest names the side it stands with as often as the one it is aimed
// at: "the pro-Palestine rally", "banners which read “Indonesia unites for
// Palestine”", "rallied in Paris in solidarity with Ukraine", "marched in
// support of the Kurds". The country a crowd is for is neither the crowd
// (the source) nor what it protests (the target); before, it was read as
// one of them ("the pro-Palestine rally" made Palestine the protester).

// alliedHeads take "for" and the side a protest stands with: "unites for
// Palestine", "a rally for Gaza", "marched for Ukraine".
var alliedHeads = map[string]bool{
	"unite": true, "unites": true, "united": true, "uniting": true, "stand": true, "stands": true,
	"stood": true, "standing": true, "rally": true, "rallies": true, "rallied": true, "rallying": true,
	"march": true, "marches": true, "marched": true, "marching": true, "vigil": true, "vigils": true,
	"demonstration": true, "demonstrations": true, "protest": true, "protests": true, "protested": true,
}

// alliedPhrases end in the word right before the side stood with: "in
// solidarity with", "in support of", "on behalf of", "in favour of".
var alliedPhrases = [][2]string{
	{"solidarity", "with"}, {"support", "of"}, {"support", "for"}, {"behalf", "of"},
	{"favour", "of"}, {"favor", "of"},
}

// dropAllies removes from a protest's mentions the countries it stands
// with: a mention written "pro-X", or right after "for" following a word of
// rallying ("unites for Palestine"; not "for X to ...", which says what is
// demanded of X), or after "in solidarity with", "in support of" and the
// like. Other acts keep their mentions.
func dropAllies(toks []token, typ string, spans []span) []span {
	if typ != "PROTEST" {
		return spans
	}
	return dropSpans(spans, func(sp span) bool { return !sp.inherited && allied(toks, sp) })
}

// dropSpans returns spans without those drop reports. Most clauses drop
// none, so spans is copied only when one goes.
func dropSpans(spans []span, drop func(span) bool) []span {
	var out []span
	for i, sp := range spans {
		if drop(sp) {
			if out == nil {
				out = append(make([]span, 0, len(spans)), spans[:i]...)
			}
			continue
		}
		if out != nil {
			out = append(out, sp)
		}
	}
	if out == nil {
		return spans
	}
	return out
}

// allied reports a mention of the side a protest stands with.
func allied(toks []token, sp span) bool {
	if sp.start < 0 || sp.start >= len(toks) {
		return false
	}
	if strings.HasPrefix(toks[sp.start].lower, "pro-") {
		return true
	}
	k := sp.start - 1
	if k >= 0 && toks[k].lower == "the" {
		k--
	}
	if k < 1 {
		return false
	}
	if toks[k].lower == "for" {
		if sp.end < len(toks) && toks[sp.end].lower == "to" {
			return false // "rallied for the US to leave": what is demanded of the US
		}
		return alliedHeads[toks[k-1].lower]
	}
	for _, p := range alliedPhrases {
		if toks[k].lower == p[1] && toks[k-1].lower == p[0] {
			return true
		}
	}
	return false
}

// alliedText reports, from the text before a mention, a country a crowd
// stands with ("pro-Palestine", "unites for Palestine", "in solidarity
// with Ukraine"): "the country" after it points back past it to the
// country acting ("... for Palestine” in the rally organised by the
// country's clerics": Indonesia's).
func alliedText(before string) bool {
	if strings.HasSuffix(before, "pro-") {
		return true
	}
	w := lastWord(before)
	if w == "the" {
		w = lastWord(strings.TrimSuffix(strings.TrimRight(before, " "), "the"))
		before = strings.TrimSuffix(strings.TrimRight(before, " "), "the")
	}
	rest := strings.TrimSuffix(strings.TrimRight(before, " "), w)
	prev := lastWord(rest)
	if w == "for" {
		return alliedHeads[prev]
	}
	for _, p := range alliedPhrases {
		if w == p[1] && prev == p[0] {
			return true
		}
	}
	return false
}
