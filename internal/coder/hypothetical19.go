package coder

import "strings"

// News weighs an act nobody has done by making it the subject of a modal:
// "Sending troops to Syria would almost certainly be illegal", "Caving to
// Turkey's demands would undermine Sweden", "Strengthening defence ties
// will be a theme of the summit", "Any Chinese attack on Taiwan would be
// met with force", "Such a deal with Iran could unsettle Israel". The
// subject is an act in general — a gerund opening the sentence or the
// clause after "that", or a noun after "any" or "such" — and the sentence
// judges what it would bring. A noun after "a" or "an" ("A US strike on
// Venezuela would be illegal") was left out: measured, it also took a
// real act of the check pages (docs/coding.md, twenty-first pass). The
// act told with a verb of its own first ("A deal was signed that would
// ...") stays for the rules that read it.

// hypoDeterminers open a noun phrase that names an act in general.
var hypoDeterminers = map[string]bool{"any": true, "such": true}

// hypoModals are the modals of a judged possibility; "will" joins them
// after a gerund ("Lifting sanctions will help"), never after a noun ("A
// meeting between them will take place" is a plan).
var hypoModals = map[string]bool{"would": true, "could": true, "might": true, "may": true}

// hypoSubjectEnders end the subject's phrase without a modal: a verb of its
// own, or a relative clause whose verbs are not the subject's.
var hypoSubjectEnders = map[string]bool{
	"is": true, "are": true, "was": true, "were": true, "has": true, "have": true, "had": true,
	"did": true, "does": true, "do": true, "that": true, "which": true, "who": true,
	"whose": true, "should": true, "must": true, "can": true, "shall": true,
}

// forecastVerbs after a modal tell the act itself coming about: "a deal
// could come within days", "a meeting would take place in Geneva".
var forecastVerbs = map[string]bool{
	"take": true, "go": true, "begin": true, "start": true, "happen": true, "occur": true,
	"come": true, "proceed": true, "resume": true, "follow": true, "materialise": true, "materialize": true,
}

// forecastAfter reports the modal at i followed, past adverbs, by a verb of
// coming about or by "be" and a participle ("a deal would be signed next
// week", as a reporter relays a plan): the act is forecast, not weighed.
func forecastAfter(toks []token, i int) bool {
	j := i + 1
	for j < len(toks) && (strings.HasSuffix(toks[j].lower, "ly") || toks[j].lower == "soon" || toks[j].lower == "also" || toks[j].lower == "still" || toks[j].lower == "then") {
		j++
	}
	if j >= len(toks) {
		return false
	}
	if forecastVerbs[toks[j].lower] {
		return true
	}
	return toks[j].lower == "be" && j+1 < len(toks) && (pastForm(toks[j+1].lower) || irregularParticiples[toks[j+1].lower])
}

// hypotheticalSubject reports a cue that opens, or heads, the subject of a
// modal of possibility: the act is weighed, not told.
func hypotheticalSubject(toks []token, m match) bool {
	w := toks[m.start].lower
	if gerund := len(w) > 4 && strings.HasSuffix(w, "ing"); gerund && opensSubject(toks, m.start) {
		return modalAfterSubject(toks, m.end, true)
	}
	return indefiniteBefore(toks, m) && modalAfterSubject(toks, m.end, false)
}

// indefiniteBefore reports "any" or "such" at most six words before a
// noun cue, with only words or a hyphen between ("such a deal"), opening a
// subject.
func indefiniteBefore(toks []token, m match) bool {
	for i := m.start - 1; i >= 0 && i >= m.start-6; i-- {
		t := toks[i]
		if t.punct && t.lower != "-" {
			return false
		}
		if hypoDeterminers[t.lower] {
			return opensSubject(toks, i)
		}
		if wasVerbs[t.lower] || beVerbs[t.lower] || isModal(t) {
			return false
		}
	}
	return false
}

// opensSubject reports a word that starts its sentence or the clause after
// "that" or an opening quotation mark ("critics argue that a strike ...").
func opensSubject(toks []token, i int) bool {
	if i == 0 {
		return true
	}
	p := toks[i-1].lower
	return p == "that" || isQuoteMark(p)
}

// modalAfterSubject reports a modal of possibility as the first verb after
// the subject's head at from, within 20 words, across commas only.
func modalAfterSubject(toks []token, from int, gerund bool) bool {
	for i := from; i < len(toks) && i < from+20; i++ {
		t := toks[i]
		if t.punct && t.lower != "," && t.lower != "-" && t.lower != "–" && !isQuoteMark(t.lower) {
			return false
		}
		if isModal(t) && hypoModals[t.lower] || gerund && (t.lower == "will" || t.lower == "'ll") {
			return !forecastAfter(toks, i)
		}
		if isWeekdayOrTime(t.lower) || monthNames[t.lower] || t.lower == "yesterday" || t.lower == "last" {
			return false // "A strike on Friday could set it back": a dated act is a particular one
		}
		if hypoSubjectEnders[t.lower] || isModal(t) || t.lower == "will" {
			return false
		}
		if isLowerWord(t.text) && pastForm(t.lower) {
			return false // "A deal ended the war": told, with its own verb
		}
	}
	return false
}
