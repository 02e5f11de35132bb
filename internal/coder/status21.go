package coder

import (
	"storyline/internal/actors"
	"storyline/internal/event"
)

// Status forms read from wire sentences written by hand (twenty-third
// pass, stop 41): a meeting that "did not take place", an act its doer
// was "unable to" do, a future told in "would" before a trailing ", officials
// said", the comma that closes a fronted place phrase ("In Geneva,
// Saudi Arabia and Iran agreed ...") and a fronted "After meeting X," whose
// subject follows the comma.

// notHeldVerbs are the verbs of a meeting coming about: a meeting noun
// whose verb is one of them, negated, did not come about ("The talks did
// not take place", "The visit never happened", "The summit failed to
// materialise").
var notHeldVerbs = map[string]bool{
	"happen": true, "happened": true, "materialise": true, "materialised": true,
	"materialize": true, "materialized": true, "occur": true, "occurred": true,
}

// notHeld reports at token i, after the meeting noun m, a meeting told
// as not held: "did not take place", "never took place", "failed to
// take place", "did not happen", "never materialised", "fell through".
// News writes a meeting called off in these words as often as in
// "cancelled"; read alone, the noun had no tense and was dropped, or kept
// the "planned" before it ("The planned talks did not take place").
func notHeld(toks []token, cl clause, m match, i int) bool {
	if !m.noun || i < m.end || i >= m.end+14 {
		return false
	}
	w := toks[i].lower
	if w == "through" {
		return i-1 >= cl.start && (toks[i-1].lower == "fell" || toks[i-1].lower == "fallen")
	}
	verb := i
	if w == "place" {
		if i-1 < cl.start {
			return false
		}
		switch toks[i-1].lower {
		case "take", "took", "taken":
			verb = i - 1
		default:
			return false
		}
	} else if !notHeldVerbs[w] {
		return false
	}
	if toldInsideNoun(toks, m, verb) {
		return false
	}
	for k := verb - 1; k >= cl.start && k >= verb-3 && k >= m.end; k-- {
		switch toks[k].lower {
		case "not", "n't", "never", "failed", "fails":
			return true
		}
		if toks[k].punct {
			return false
		}
	}
	return false
}

// toldInsideNoun reports a clause of its own between the meeting noun m
// and the verb at verb: "in a phone call after the attack that “such a
// thing will not happen again”" tells what was said in the call, not
// whether it was held.
func toldInsideNoun(toks []token, m match, verb int) bool {
	for k := m.end; k < verb; k++ {
		switch w := toks[k].lower; {
		case w == "that" || w == "which" || w == "who" || w == "when" || w == "after" || w == "before" || w == "if" || w == "because":
			return true
		case toks[k].punct && w != ",":
			return true
		}
	}
	return false
}

// timedParticiple reports a sentence opened by a word of time and a
// present participle: "After meeting the Turkish president in Ankara, the
// Greek prime minister said ...". As with "Meeting Xi in Beijing, Kim
// pledged" (relatives12.go), the names after the comma do the act of the
// fronted clause; read as the speaker's head, the one met was dropped as
// part of the speaker and the meeting lost.
func timedParticiple(toks []token) bool {
	if len(toks) < 3 {
		return false
	}
	switch toks[0].lower {
	case "after", "before", "while", "since", "upon", "when":
		return participleClause(toks, 1)
	}
	return false
}

// unableTo reports "unable to" at token i right before the cue m: an
// act its doer could not carry out ("Egypt was unable to send aid to
// Gaza"), like "could not", is no act. Only the cue's own infinitive: in
// "have been unable to reschedule a meeting that was cancelled" the
// meeting is still told (cancelled).
func unableTo(toks []token, i int, m match) bool {
	return toks[i].lower == "unable" && i+2 == m.start && toks[i+1].lower == "to"
}

// trailingSpeech reports a speaker's words told after the cue at the end
// of the sentence: "Peru's foreign minister would visit Ecuador next
// month, officials said". The "would" before the cue is the future of the
// reported words, as in "officials said the minister would visit".
func trailingSpeech(toks []token, speech []clause, m match) bool {
	for _, r := range speech {
		if r.start > m.end && r.start-1 < len(toks) && toks[r.start-1].lower == "," && r.end >= len(toks)-1 {
			return true
		}
	}
	return false
}

// closesFronted reports a mention sp of country cc that opens the clause
// after the comma closing a fronted phrase (adjunct is the first token
// after that comma): "In Geneva, Saudi Arabia and Iran agreed", "At a
// summit in Brussels, France and Germany signed". The comma ends the
// phrase; the name after it is the subject, not the next place of a list
// ("bases in Qatar, Iraq"). The venue's own country after the comma is
// left as it was: "In Cairo, Egypt, the two leaders met" is an address.
func closesFronted(sp span, adjunct int, mm actors.Mention, venue *event.Location) bool {
	if sp.start != adjunct || adjunct == 0 {
		return false
	}
	if mm.Kind != actors.Country {
		return false // "in Dakar, General X, the commander of ...": a person's title, left as it was
	}
	return venue == nil || venue.Country == nil || *venue.Country != mm.Country
}
