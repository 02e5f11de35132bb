package coder

import (
	"storyline/internal/actors"
	"storyline/internal/event"
	"storyline/internal/nlp"
)

// A headline drops the verb of a visit and keeps the visitor, the place
// and the purpose (stop 44): "Indian PM in Dhaka for border talks",
// "Turkish president in Baghdad on first visit in a decade", "Qatar's
// emir in Washington for talks on Gaza". The body writes "arrived in
// Dhaka for talks"; the headline's "in" after the visitor is the arrival,
// and its capital the host. Only a headline with no verb cue of its own
// is read so, only with the purpose told after the place (a noun of
// talks or a visit), so "Chinese ambassador in London" or "British
// tourists in Spain" stay no visit, and only when the visitor is a
// person or office of another country than the place.

// visitlessCue stands for the arrival a verbless headline leaves out.
var visitlessCue = &cue{Type: "CONSULT", Mode: "visit", flags: cueFlags{dest: true}, text: "(verbless) in"}

// visitPurposeFor and visitPurposeOn are the nouns of purpose after "for"
// and "on" that make the stay a visit.
var visitPurposeFor = map[string]bool{
	"talks": true, "visit": true, "summit": true, "meeting": true, "meetings": true,
	"consultations": true, "negotiations": true,
}
var visitPurposeOn = map[string]bool{"visit": true, "trip": true, "tour": true}

// postedWords name those who live where they serve: an ambassador or an
// embassy in the capital is posted there, not visiting.
var postedWords = map[string]bool{
	"ambassador": true, "ambassadors": true, "embassy": true, "embassies": true, "envoy's": true,
	"diplomats": true, "diplomat": true, "consul": true, "troops": true, "soldiers": true,
	"tourists": true, "students": true, "workers": true, "residents": true, "citizens": true,
}

// verblessVisit returns the visit a verbless headline "<visitor> in
// <place> for talks" tells, or nil.
func (c *articleCoder) verblessVisit(s nlp.Sentence, toks []token, matches []match, spans []span) *report {
	if len(toks) < 4 || len(toks) > 16 {
		return nil
	}
	if last := toks[len(toks)-1]; last.punct && (last.text == "." || last.text == "!" || last.text == "?") {
		return nil // a body sentence, not a headline
	}
	for k := range toks {
		if w := toks[k].lower; w != "to" && headlineVerbs[w] {
			return nil
		}
	}
	var who, where *span
	for i := range spans {
		sp := &spans[i]
		if who == nil {
			if sp.start != 0 && !(sp.start == 1 && articles[toks[0].lower]) {
				return nil
			}
			who = sp
			continue
		}
		if sp.start > who.end && toks[sp.start-1].lower == "in" {
			where = sp
			break
		}
	}
	if who == nil || where == nil || who.m.Country == "" || where.m.Country == "" || who.m.Country == where.m.Country || who.m.Group {
		return nil
	}
	in := where.start - 1
	if in < 1 || toks[in].lower != "in" || !visitorBefore(toks, who, in) {
		return nil
	}
	if !purposeAfter(toks, where.end) {
		return nil
	}
	for _, m := range matches {
		if !m.noun && m.start < where.end {
			return nil // a verb of its own: "Indian PM arrives in Dhaka"
		}
	}
	m := match{cue: visitlessCue, start: in, end: in + 1, head: in}
	r := c.buildReport(s, toks, clause{0, len(toks)}, m, "CONSULT", event.Occurred, spans, nil)
	if r == nil || r.parties < 2 {
		return nil
	}
	return r
}

// visitorBefore reports the visitor span ending at "in", or followed there
// only by the words of an office ("Indian PM", "Qatar's emir", "Turkish
// foreign minister"); a place is no visitor.
func visitorBefore(toks []token, who *span, in int) bool {
	if who.m.Kind == actors.Place {
		return false
	}
	if who.end > in || in-who.end > 3 {
		return false
	}
	if postedWords[toks[who.start].lower] || who.end > who.start && postedWords[toks[who.end-1].lower] {
		return false
	}
	for k := who.end; k < in; k++ {
		if toks[k].punct && toks[k].lower != "'s" || postedWords[toks[k].lower] {
			return false
		}
	}
	return true
}

// purposeAfter reports "for" or "on" right after the place, with a noun of
// purpose within the next four words.
func purposeAfter(toks []token, at int) bool {
	if at >= len(toks) {
		return false
	}
	nouns := visitPurposeFor
	switch toks[at].lower {
	case "for":
	case "on":
		nouns = visitPurposeOn
	default:
		return false
	}
	return wordAhead(toks, at+1, 4, nouns)
}
