package coder

import (
	"slices"

	"storyline/internal/actors"
	"storyline/internal/event"
	"storyline/internal/nlp"
)

// News of talks between two sides names the third countries that brought
// them together once or twice, in set phrases ("talks mediated by Qatar
// and Türkiye", "negotiations hosted by Qatar with Turkiye acting as
// mediator", "a truce brokered by Egypt", "thanked Malaysia for its
// mediation"), and then tells the talks and what came of them without
// saying again who is a side and who the go-between. A country the page
// names so is its mediator: it is no side of the talks or the agreement
// between the two others, two mediators named together ("Qatar and
// Türkiye") are not the pair "both sides" refers to, and an act whose
// every country is a mediator is the mediation told, not an act between
// states.

// mediationHeads open a phrase whose agent, after "by", is a go-between:
// "talks mediated by", "a deal brokered by", "negotiations facilitated by".
var mediationHeads = map[string]bool{"mediated": true, "brokered": true, "facilitated": true}

// mediationNouns, after "of", name a go-between ("under the auspices of",
// "with the mediation of").
var mediationNouns = map[string]bool{"mediation": true, "auspices": true, "facilitation": true}

// hostedTalks are the nouns of talks whose host ("talks hosted by
// Turkey") is the go-between; a host of a banquet or a visit meets its
// guests.
var hostedTalks = map[string]bool{"talks": true, "negotiations": true, "discussions": true, "round": true}

// mediatorWord is a word that names a mediator's role after it ("acting
// as mediator", "for their mediation").
func mediatorWord(w string) bool {
	return w == "mediator" || w == "mediators" || w == "mediation"
}

// namesMediation reports a sentence with a word a mediation phrase needs,
// so the page pass reads only those.
func namesMediation(toks []token) bool {
	for _, t := range toks {
		if mediationHeads[t.lower] || mediationNouns[t.lower] || mediatorWord(t.lower) || t.lower == "hosted" {
			return true
		}
	}
	return false
}

// nameGlue may stand between the mentions of a list of mediators: "Qatar
// and Türkiye", "the State of Qatar and the Republic of Turkiye".
func nameGlue(t token) bool {
	switch t.lower {
	case "and", "the", "of", ",", "'s", "’s":
		return true
	}
	return !t.punct && !isLowerWord(t.text)
}

// mediatorBefore reports a mention at token i in the agent of a mediation
// phrase: "mediated by (the State of) Qatar and ...", "with the mediation
// of the US", "talks, hosted by Turkey".
func mediatorBefore(toks []token, i int) bool {
	for k := i - 1; k > 0 && k >= i-10; k-- {
		w := toks[k].lower
		if w == "by" && mediationHeads[toks[k-1].lower] {
			return true
		}
		if w == "of" && mediationNouns[toks[k-1].lower] {
			return true
		}
		if w == "of" && helpedMediation(toks, k) {
			return true
		}
		if w == "by" && toks[k-1].lower == "hosted" {
			return hostOfTalks(toks, k-1)
		}
		if !nameGlue(toks[k]) {
			return false
		}
	}
	return false
}

// helpedMediation reports "brokered with the help of" ending at the "of"
// at k: the helper is a go-between like the broker ("a deal brokered with
// the help of Norway").
func helpedMediation(toks []token, k int) bool {
	return k >= 4 && toks[k-1].lower == "help" && toks[k-2].lower == "the" && toks[k-3].lower == "with" && mediationHeads[toks[k-4].lower]
}

// hostOfTalks reports "hosted" at h told of talks: "talks hosted by",
// "the negotiations, hosted by", "talks being hosted by", "the next round
// to be hosted by".
func hostOfTalks(toks []token, h int) bool {
	for k := h - 1; k >= 0 && k >= h-3; k-- {
		switch w := toks[k].lower; {
		case hostedTalks[w]:
			return true
		case w == "," || w == "being" || w == "be" || w == "to" || w == "were" || w == "was":
		default:
			return false
		}
	}
	return false
}

// mediatorAfter reports a mention ending at token e whose role the words
// after it give, past other names of the list: "Qatar and Türkiye acting
// as mediators", "with Turkiye acting as mediator", "under Qatari and
// Turkish mediation", "thanked Malaysia for its crucial mediation".
func mediatorAfter(toks []token, e int) bool {
	k := e
	for k < len(toks) && k < e+8 && (toks[k].lower == "and" || toks[k].lower == "," || toks[k].lower == "the" || !toks[k].punct && !isLowerWord(toks[k].text)) {
		k++
	}
	if k >= len(toks) {
		return false
	}
	switch w := toks[k].lower; {
	case mediatorWord(w) && w != "mediator":
		return w == "mediation" // "Qatari and Turkish mediation"
	case w == "acting" || w == "as":
		if w == "acting" {
			k++
		}
		return k+1 < len(toks) && toks[k].lower == "as" && (mediatorWord(toks[k+1].lower) || toks[k+1].lower == "a" && k+2 < len(toks) && mediatorWord(toks[k+2].lower))
	case w == "for":
		// "for its crucial mediation", "for their mediation efforts"
		if k+1 >= len(toks) || toks[k+1].lower != "its" && toks[k+1].lower != "their" {
			return false
		}
		for j := k + 2; j < len(toks) && j <= k+4; j++ {
			if mediatorWord(toks[j].lower) {
				return true
			}
			if !isLowerWord(toks[j].text) || toks[j].punct {
				return false
			}
		}
	}
	return false
}

// pageMediators gives the countries the page names as go-betweens.
func pageMediators(sents []nlp.Sentence, toks [][]token, mentions []actors.Mention) map[string]bool {
	var out map[string]bool
	mi := 0
	for si, s := range sents {
		for mi < len(mentions) && mentions[mi].Start < s.Start {
			mi++
		}
		if !namesMediation(toks[si]) {
			continue
		}
		mj := mi
		for mj < len(mentions) && mentions[mj].End <= s.End {
			mj++
		}
		for _, sp := range mentionSpans(toks[si], s.Start, mentions[mi:mj]) {
			if sp.m.Country == "" || !mediatorBefore(toks[si], sp.start) && !mediatorAfter(toks[si], sp.end) {
				continue
			}
			if out == nil {
				out = map[string]bool{}
			}
			out[sp.m.Country] = true
		}
	}
	return out
}

// withoutMediators takes the page's mediators out of an act: an act whose
// countries are all mediators is dropped (nil), and an agreement or a
// meeting keeps only its other sides when two are left.
func (c *articleCoder) withoutMediators(r *report) *report {
	if r == nil || len(c.mediators) == 0 {
		return r
	}
	var cs, others []string
	for _, a := range r.ev.Actors {
		if a.Country == nil || *a.Country == "" || slices.Contains(cs, *a.Country) {
			continue
		}
		cs = append(cs, *a.Country)
		if !c.mediators[*a.Country] {
			others = append(others, *a.Country)
		}
	}
	switch {
	case len(cs) >= 2 && len(others) == 0:
		return nil // "Qatar and Turkey played key roles in facilitating the talks"
	case len(others) >= 2 && len(others) < len(cs) && symmetric[r.ev.Type]:
		var kept []event.Actor
		for _, a := range r.ev.Actors {
			if a.Country == nil || !c.mediators[*a.Country] {
				kept = append(kept, a)
			}
		}
		r.ev.Actors = kept
		r.parties = distinctParties(kept)
	}
	return r
}

// distinctParties counts the sides of actors: by country, or by name.
func distinctParties(acts []event.Actor) int {
	var keys []string
	for _, a := range acts {
		k := a.Name
		if a.Country != nil && *a.Country != "" {
			k = *a.Country
		}
		if !slices.Contains(keys, k) {
			keys = append(keys, k)
		}
	}
	return len(keys)
}
