package coder

import (
	"slices"
	"strings"

	"storyline/internal/event"
)

// A measure a government says it will take is taken when it says so.
// "China said on Tuesday it will impose counter tariffs", "Russia's Foreign
// Ministry said it would expel two German diplomats", "Pompeo said that the
// United States will withdraw its troops": in PLOVER the announced
// decision is the sanction or the retreat, done the day it is announced;
// the future is that of the duties' collection or the diplomats'
// departure. announcedWithdrawal (ongoing.go) reads "announced that" for a
// withdrawal; this reads any verb of saying before a government subject
// and "will" or "would", for both decided acts. A speaker who names
// himself ("said he would impose tariffs") holds out a threat
// (threats12.go), and a day to come in the clause ("said that from June 1
// it will impose") keeps the measure planned.

// saysPast are verbs of saying that report a government's decision.
var saysPast = map[string]bool{
	"said": true, "says": true, "announced": true, "announces": true, "declared": true,
	"declares": true, "confirmed": true, "confirms": true, "stated": true,
}

// personSubjects name a speaker, not a government.
var personSubjects = map[string]bool{"he": true, "she": true, "i": true, "you": true}

// announcedMeasure reports a cue told as "SAYS [that] SUBJECT will|would
// [also] CUE" with a government subject and no day to come in its clause.
func announcedMeasure(toks []token, cl clause, m match) bool {
	j := m.start - 1
	if j >= cl.start && toks[j].lower == "also" {
		j--
	}
	if j < 1 {
		return false
	}
	switch toks[j].lower {
	case "will", "would", "'ll":
	default:
		return false
	}
	// The subject: up to five words back to "that" or the verb of saying.
	k := j - 1
	subj := 0
	for ; k >= 0 && subj <= 5; k-- {
		w := toks[k].lower
		if w == "that" || saysPast[w] || toks[k].punct || toldOn(toks[k]) {
			break
		}
		if personSubjects[w] {
			return false
		}
		subj++
	}
	if subj == 0 || k < 0 || toks[k].punct && toks[k].lower != "," && !toldOn(toks[k]) {
		return false
	}
	subjStart := k + 1
	if toks[k].lower == "that" {
		k--
	}
	for k > 0 && toldOn(toks[k]) {
		k-- // "said on Tuesday it will", "said on Dec. 12 it would"
	}
	if k < 0 || !saysPast[toks[k].lower] {
		return false
	}
	if k > 0 {
		switch toks[k-1].lower {
		case "will", "'ll", "to", "would", "could", "may", "might", "not", "n't":
			return false
		}
	}
	for i := subjStart; i < cl.end; i++ {
		w := toks[i].lower
		if monthNames[w] || w == "next" || w == "tomorrow" || w == "soon" || w == "starting" || w == "effective" || w == "from" && i+1 < cl.end && (monthNames[toks[i+1].lower] || isWeekdayOrTime(toks[i+1].lower)) {
			return false
		}
	}
	return true
}

// settleAnnounced makes a planned measure occurred when one of its reports
// was told as announced. It is made when the page is finished, after the
// merge and the dating: a measure announced stays apart from the other
// side's answer ("Beijing said it will impose retaliatory tariffs" after
// "Trump's new tariffs came into effect") and keeps the day it was told.
func settleAnnounced(e *event.Event, announced []int) {
	if e.Status != event.Planned || !decidedActs[e.Type] && e.Type != "CONCEDE" || givenLater[e.Type] || len(announced) == 0 {
		return
	}
	for _, ev := range e.Evidence {
		if slices.Contains(announced, ev.Start) {
			e.Status = event.Occurred
			return
		}
	}
}

// toldOn reports a word of the day a saying is dated by: "on", a weekday,
// a month or its abbreviation, a number.
func toldOn(t token) bool {
	w := strings.TrimSuffix(t.lower, ".")
	return w == "on" || w == "" || isWeekdayOrTime(w) || monthNames[w] || monthAbbrev[w] || isDigits(w)
}

var monthAbbrev = map[string]bool{
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true,
	"sep": true, "sept": true, "oct": true, "nov": true, "dec": true,
}

func isDigits(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// decidedBeforeCue reports a cue told as what was decided: "decided to
// suspend visa exemptions", "China's decision to impose duties", "the
// announcement by the USA to increase the tariffs"; since the eighteenth
// pass also a sanction's end ("decided to revoke sanctions", a CONCEDE
// that endsMeasure reads, settled by settleAnnounced as a sanction is). A
// decision made is the act (decisions9.go); the tense of the infinitive is
// the measure's, still to take effect.
func decidedBeforeCue(toks []token, cl clause, m match) bool {
	if m.noun || m.start-2 < cl.start || toks[m.start-1].lower != "to" {
		return false
	}
	switch toks[m.start-2].lower {
	case "decided", "decision", "decisions":
		return true
	}
	return announcementBy(toks, cl, m.start-1)
}

// announcementBy reads "the announcement by the USA to increase the
// tariffs", "the decision of the government to expel": the noun of the
// decision, its maker named after "by" or "of", then the infinitive
// (eighteenth pass). to is the index of "to".
func announcementBy(toks []token, cl clause, to int) bool {
	by := false
	for i := to - 1; i >= cl.start && i >= to-6; i-- {
		w := toks[i].lower
		switch {
		case w == "by" || w == "of":
			by = true
		case by && (w == "announcement" || w == "decision"):
			return true
		case w == "the" || !isLowerWord(toks[i].text) && !toks[i].punct:
		default:
			return false
		}
	}
	return false
}
