package timex

import "strings"

// Stop 39: forms wire, business and broadcast copy write that were misread.

// deferVerbs put an event off to a later date: "was postponed to March 3",
// "the hearing was moved to Friday", "talks were adjourned until Monday".
var deferVerbs = setOf("postponed", "delayed", "moved", "rescheduled", "adjourned", "deferred", "recessed",
	"postpone", "postpones", "delay", "delays", "move", "moves", "reschedule", "reschedules", "adjourn", "adjourns",
	"defer", "defers", "extended", "extend", "extends")

// deferredTo reports whether the date at token i is the one an event was
// put off to: a deferral ("postponed", "moved", "rescheduled", "pushed
// back", "put off", "set back") straight before "to", "until", "till" or
// "for" and the date. The date lies after the deferral, which news reports
// as it happens, so it is the coming one whatever the clause's tense ("The
// hearing was postponed to March 3", said in February, is this March 3).
// "He moved to Chicago in March" has a place between, and is left alone.
func (p *parser) deferredTo(i int) bool {
	if p.deferredAhead(i) {
		return true
	}
	if !p.is(i-1, "to", "until", "till", "for") {
		return false
	}
	b := i - 2
	if p.is(b, "back", "off") {
		b--
		return p.is(b, "pushed", "push", "pushes", "put", "puts", "set", "sets", "moved", "move", "moves", "held", "hold", "holds")
	}
	return deferVerbs[p.tok(b).text]
}

// dayOfMonthCue reports whether token b, before "the 20th", is a
// preposition news writes a day of the month after besides "on": "until
// the 20th", "by the 15th", "since the 3rd" ("The visit will last until
// the 20th"). What follows is held as for "on the 15th": "by the 20th
// century" is no day.
func (p *parser) dayOfMonthCue(b int) bool {
	return p.is(b, "until", "till", "by", "since", "before", "after")
}

// dayOfMonthNext are the words that may follow "on the 28th" and leave it
// a day: a preposition or conjunction opening what comes next ("met on the
// 28th in Geneva", "on the 15th and 16th"), where "the 15th anniversary"
// or "the 15th floor" has the noun "the 15th" counts.
var dayOfMonthNext = setOf("in", "at", "and", "when", "with", "after", "before", "but", "while", "amid", "during",
	"near", "outside", "following")

// objectDeterminers open the object of a verb: "joined the company",
// "won its first title".
var objectDeterminers = setOf("the", "a", "an", "its", "his", "her", "their", "our", "this", "that", "some")

// boundPastObject reports whether the yearless date at token i closes "in"
// or "on" after a past verb and its object: "He joined the company in
// February", "Voters elected a new parliament in December", said in
// October, are last February and last December. The date is the verb's,
// as in "took place in October", with the object between (a determiner
// and one or two words). A date put to the future by its own words
// ("declared a dividend payable in February", "approved a plan to close
// the plant in February") has a cue or "to" between and is left to the tense.
func (p *parser) boundPastObject(i int) bool {
	b := i - 1
	if !p.is(b, "in", "on") {
		return false
	}
	at, ok := p.verbBeforeObject(b)
	if !ok {
		return false
	}
	v := p.tok(at).text
	if !isLetterWord(v) || auxiliaries[v] || nonPastBefore[p.tok(at-1).text] || p.is(at-1, "have", "has", "had") {
		return false
	}
	if c, ok := tenseCues[v]; ok {
		return !c.future && c.weight >= 2
	}
	return len(v) > 4 && strings.HasSuffix(v, "ed") && !strings.HasSuffix(v, "eed") && !lookAhead[v]
}

// verbBeforeObject finds an object (a determiner and one or two plain
// words, no cue and no "to") ending straight before token k and gives the
// index of the word before it, the verb whose object it is.
func (p *parser) verbBeforeObject(k int) (int, bool) {
	for d := k - 2; d >= 0 && d >= k-3; d-- {
		if !objectDeterminers[p.tok(d).text] {
			continue
		}
		for m := d + 1; m < k; m++ {
			w := p.tok(m).text
			if _, cue := tenseCues[w]; !isLetterWord(w) || cue || w == "to" {
				return 0, false
			}
		}
		return d - 1, true
	}
	return 0, false
}

// asOf reports whether "as of" stands before the date at token i: the
// date a state holds from ("He resigned as of Oct. 31"), which the verb
// before it does not bind.
func (p *parser) asOf(i int) bool {
	return p.is(i-1, "of") && p.is(i-2, "as")
}

// presentAhead reports whether the bare weekday at tokens i..j-1 is told
// in the present progressive or by a present "is" that schedules: news
// writes coming events so ("The two sides are meeting Monday", "Albright
// is traveling Sunday to Europe", "The hearing is Monday", "Monday is the
// deadline"). A possessive weekday names an event ("are investigating
// Monday's shooting") and is left to the tense, as is a clause with a past
// cue.
func (p *parser) presentAhead(i, j int) bool {
	if p.is(j, "'s", "’s", "'", "’") {
		return false
	}
	if p.is(i-1, "is", "are") || p.is(j, "is") && i == 0 {
		return true
	}
	for b := i - 1; b >= 0 && b >= i-3; b-- {
		w := p.tok(b).text
		if !isLetterWord(w) {
			return false
		}
		if len(w) > 4 && strings.HasSuffix(w, "ing") && p.is(b-1, "is", "are", "'re", "am") {
			return true
		}
	}
	return false
}

// bareFormCues are the plural present cues of data/tense.tsv ("the talks
// open Monday") whose form is also the infinitive: after "to" they are
// not a present ("had planned to meet them Monday", "were supposed to
// return Monday" take the tense of the verb before).
var bareFormCues = setOf("open", "begin", "start", "convene", "resume", "meet", "arrive", "return", "travel")
