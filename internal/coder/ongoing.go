package coder

import (
	"time"

	"storyline/internal/event"
	"storyline/internal/nlp"
	"storyline/internal/timex"
)

// Acts under way (sixth pass, status). News tells a visit going on with the
// traveller "on" it: "X is on a three-day visit to Y", "X, who is in Y on a
// state visit". The noun has no tense of its own; the "be" before "on" gives
// it: now ("is"), done ("was") or to come ("will be"). A visit going on has
// begun, so it is dated the page's day.

// tripNouns are the nouns a traveller is "on".
var tripNouns = map[string]bool{"visit": true, "trip": true, "tour": true, "journey": true, "mission": true}

// onTrip reads "be [in PLACE] on a ... visit" before the noun cue m. It
// returns the status the "be" gives and whether the visit is going on now.
func onTrip(toks []token, cl clause, m match) (st event.Status, now, ok bool) {
	if !tripNouns[toks[m.start].lower] && !forMeetingNouns[toks[m.start].lower] || !m.noun && m.form != formBase {
		return "", false, false
	}
	// "on" and up to four words of the noun phrase: "on a three-day state".
	// A traveller is also "in PLACE for" a visit or talks (meet21.go).
	on := -1
	for i := m.start - 1; i >= cl.start && i >= m.start-5; i-- {
		if toks[i].punct {
			return "", false, false
		}
		if toks[i].lower == "on" && tripNouns[toks[m.start].lower] || toks[i].lower == "for" {
			on = i
			break
		}
	}
	if on < 0 || (on+1 == m.start || !determiners[toks[on+1].lower]) && !bareForTalks(toks, on, m) {
		return "", false, false // "on a visit", "on his visit": the noun
	}
	// The "be", right before "on", or before adverbs and a place: "is in
	// Israel on a visit", "are now in Washington this week on a visit".
	be := -1
	for i := on - 1; i >= cl.start && i >= on-7; i-- {
		if w := toks[i].lower; beVerbs[w] || w == "was" || w == "were" || w == "been" {
			be = i
			break
		}
		if toks[i].punct {
			return "", false, false
		}
	}
	if be < 0 || !placeOrNow(toks, be+1, on) || toks[on].lower == "for" && !placedFor(toks, be+1, on) {
		return "", false, false
	}
	if be < 0 {
		return "", false, false
	}
	w := toks[be].lower
	switch {
	case w == "was" || w == "were" || w == "been":
		return event.Occurred, false, true
	case w == "be" || w == "being":
		if be-1 >= cl.start {
			switch toks[be-1].lower {
			case "will", "'ll", "to", "shall":
				return event.Planned, false, true // "will be on a visit"
			}
		}
		return "", false, false
	}
	return event.Occurred, true, true
}

// placeOrNow reports the words toks[from:to] between a "be" and "on" as
// nothing, adverbs ("now", "currently") or a place or time after "in" or
// "at" ("in Israel", "in Washington this week"). "is expected in Israel on
// a visit" is not a visit going on.
func placeOrNow(toks []token, from, to int) bool {
	i := from
	for i < to && (isAdverb(toks[i].lower) || toks[i].lower == "still" || toks[i].lower == "already") && toks[i].lower != "at" {
		i++
	}
	if i == to {
		return true
	}
	if w := toks[i].lower; w != "in" && w != "at" {
		return false
	}
	for i++; i < to; i++ {
		if w := toks[i].lower; w == "on" && i+1 < to && !isLowerWord(toks[i+1].text) {
			continue // "in Cairo on Tuesday for talks": a day after the place
		}
		if w := toks[i].lower; isLowerWord(toks[i].text) && w != "the" && w != "this" && w != "week" && w != "today" && !settlementNouns[w] && !isAdverb(w) {
			return false
		}
	}
	return true
}

// onTripNow reports a visit told as going on now: "is on a visit to".
func onTripNow(toks []token, cl clause, m match) bool {
	_, now, ok := onTrip(toks, cl, m)
	return ok && now
}

// hostOfTrip makes the country a traveller "is in ... on a visit" the host
// of the visit when the clause names no other: "X is in Israel on a
// historic visit" is a visit to Israel.
func (c *articleCoder) hostOfTrip(typ string, toks []token, cl clause, m match, parties []*party, loc *event.Location) []*party {
	if typ != "CONSULT" || loc == nil || loc.Country == nil || *loc.Country == "" || len(parties) != 1 {
		return parties
	}
	if _, _, ok := onTrip(toks, cl, m); !ok || parties[0].country == *loc.Country {
		return parties
	}
	place := *loc.Country
	return append(parties, &party{key: place, country: place, name: c.countryName(place), role: event.RoleTarget})
}

// progressiveToday reports a meeting told in the present progressive ("are
// holding talks on Monday", "is meeting X today") dated the page's own day:
// on that day the act is under way, not arranged. On another day the same
// words tell an arrangement, which stays planned.
func progressiveToday(toks []token, cl clause, m match, v timex.Value, ref time.Time) bool {
	if m.form != formIng || m.start-1 < cl.start || v.Grain != timex.GrainDay || !v.Start.Equal(ref) || !v.End.Equal(ref) {
		return false
	}
	switch toks[m.start-1].lower {
	case "is", "are", "am", "'s", "'re":
	default:
		return false
	}
	if m.start-2 >= cl.start {
		switch toks[m.start-2].lower {
		case "will", "'ll", "to", "would", "could", "might", "may", "not", "n't", "never":
			return false
		}
	}
	return true
}

// whenClauseTimes gives the time expressions of a "when" clause right after
// the clause cl, read in that clause's own tense, when cl has none of its
// own: "to visit Israel when he arrives today", "... when he arrives on
// Thursday" (a present in a time clause speaks of now or of what is to
// come), "... when he landed on Monday".
func (c *articleCoder) whenClauseTimes(s nlp.Sentence, toks []token, cl clause, lo, hi int, tense timex.Tense) []timex.Expression {
	if cl.end >= len(toks) || toks[cl.end].lower != "when" {
		return nil
	}
	for _, x := range c.times(c.curSent, s.Text, tense) {
		if x.Start >= lo && x.Start < hi {
			return nil // the clause is dated by its own words
		}
	}
	end := cl.end + 1
	own := timex.TenseUnknown
	for ; end < len(toks) && !toks[end].punct; end++ {
		w := toks[end].lower
		switch {
		case w == "will" || c.lx.forms[w] == formThird:
			own = timex.TenseFuture
		case pastIrregular[w] || c.lx.forms[w] == formPast:
			own = timex.TensePast
		}
	}
	if own == timex.TenseUnknown || end == cl.end+1 {
		return nil
	}
	from, to := toks[cl.end].start, toks[end-1].end
	var out []timex.Expression
	for _, x := range c.times(c.curSent, s.Text, own) {
		if x.Start >= from && x.Start < to {
			out = append(out, x)
		}
	}
	return out
}

// A withdrawal is made when it is announced. "Trump announced on Wednesday
// that US forces will be withdrawn from Syria", "has declared that the
// United States will withdraw from the deal": in PLOVER the announced
// decision to pull out is the retreat, done the day it was announced; the
// future tense is that of the troops' movement, not of the decision.
var announcingPast = map[string]bool{
	"announced": true, "declared": true, "announces": true, "declares": true,
}

// announcedWithdrawal reports a cue after "announced [on DAY] that" (or
// "declared that") in the sentence, with no "will" or "to" before the
// announcing verb ("will announce that ..." is still to come).
func announcedWithdrawal(toks []token, m match) bool {
	that := -1
	for i := m.start - 1; i >= 0 && i >= m.start-15; i-- {
		if toks[i].punct && toks[i].lower != "," {
			return false
		}
		if toks[i].lower == "that" {
			that = i
			break
		}
	}
	if that < 1 {
		return false
	}
	k := that - 1
	for k > 0 && (isWeekdayOrTime(toks[k].lower) || toks[k].lower == "on") {
		k-- // "announced on Wednesday that"
	}
	if !announcingPast[toks[k].lower] {
		return false
	}
	if k > 0 {
		switch toks[k-1].lower {
		case "will", "'ll", "to", "would", "could", "may", "might", "not", "n't":
			return false
		}
	}
	return true
}

// gluedMark reports a punctuation mark with no space on either side ("Korea?’s" from a page whose
// apostrophe was lost in its encoding): a broken character inside a
// phrase, not the end of one.
func gluedMark(toks []token, i int) bool {
	return i > 0 && i+1 < len(toks) && toks[i-1].end == toks[i].start && toks[i].end == toks[i+1].start
}
