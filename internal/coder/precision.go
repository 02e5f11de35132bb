package coder

import (
	"strings"

	"storyline/internal/event"
)

// Rules that keep an event only when the sentence reports a political act
// between parties it names; news English uses the same words of many
// other things (a radiologist "dismissed" an X-ray, tweets "supporting" a
// candidate, a country "allowing" the president to campaign).

// weakCueHolds reports whether an event coded from a weak cue ("allow",
// "provide", "support", "invite", "dismiss", "blame") names both who acts
// and whom the act is done to: such words are an event only as an act of
// one named side upon another ("Japan invited Vietnam's leader"), not when
// one side is missing ("Austria will invite architects", "was allowed to
// enter").
func weakCueHolds(r *report) bool {
	var source, target, participants int
	for _, a := range r.ev.Actors {
		switch a.Role {
		case event.RoleSource:
			source++
		case event.RoleTarget:
			target++
		case event.RoleParticipant:
			participants++
		}
	}
	return participants >= 2 || source > 0 && target > 0
}

// nounPhraseOpeners open a noun phrase of common nouns: a subject that is "a
// radiologist" or "a large proportion of the population" is nobody the
// catalog knows.
var nounPhraseOpeners = map[string]bool{
	"a": true, "an": true, "the": true, "this": true, "these": true, "those": true,
	"some": true, "most": true, "many": true, "several": true, "every": true,
	"each": true, "another": true, "any": true, "few": true,
}

// subjectPronouns stand for a subject named before: the event has a source
// the text knows ("He urged Vietnam", "..., who have refused to").
var subjectPronouns = map[string]bool{
	"he": true, "she": true, "they": true, "it": true, "we": true, "i": true,
	"who": true, "which": true, "that": true, "both": true,
}

// genericSubject reports an active clause whose subject, before the cue,
// is a common noun phrase and no actor ("Then a radiologist dismissed a
// chest X-ray", "a large proportion of the population blames those in
// power"): whoever acts is no state, government, group or official the
// text names, so the clause is no political event between parties. The
// mention spans of the sentence tell actors apart from common nouns.
func genericSubject(toks []token, cl clause, m match, spans []span) bool {
	if isPassive(toks, m) {
		return false // "was accused by ...": the subject is the target
	}
	for _, sp := range spans {
		if sp.start >= cl.start && sp.start < m.start {
			return false
		}
	}
	det := false
	for i := cl.start; i < m.start; i++ {
		w := toks[i].lower
		if subjectPronouns[w] {
			return false
		}
		if nounPhraseOpeners[w] {
			det = true
		}
	}
	return det
}

// hasSource reports an event with a party that acts: a source or a
// participant.
func hasSource(r *report) bool {
	for _, a := range r.ev.Actors {
		if a.Role == event.RoleSource || a.Role == event.RoleParticipant {
			return true
		}
	}
	return false
}

// criticisedFor reports a cue inside what someone is criticised for ("is
// under fire for failing to deliver on his vow", "was criticised for
// allowing"): the act is the critics' reading, told as background.
func criticisedFor(toks []token, cl clause, m match) bool {
	for i := cl.start; i+1 < m.start; i++ {
		if toks[i+1].lower != "for" {
			continue
		}
		switch toks[i].lower {
		case "fire", "criticised", "criticized", "slammed", "blasted", "attacked", "pilloried", "lambasted":
			return true
		}
	}
	return false
}

// anonymityRequest reports a source who "asked not to be identified" (or
// named): how news English protects a source, not a request between
// parties.
func anonymityRequest(toks []token, m match) bool {
	if m.cue.Type != "REQUEST" || m.end+3 > len(toks) {
		return false
	}
	if toks[m.end].lower != "not" || toks[m.end+1].lower != "to" || toks[m.end+2].lower != "be" {
		return false
	}
	if m.end+3 >= len(toks) {
		return false
	}
	switch toks[m.end+3].lower {
	case "identified", "named":
		return true
	}
	return false
}

// habitualWhen reports a cue in the present tense inside a clause opened by
// "when" or "whenever" that gives no date ("When the United States slaps
// tariffs on goods, it isn't foreign exporters that pay"): news English
// states a general rule this way, not an act. A time clause that follows
// an announced act ("will sign it when they meet") is handled as planned
// before this is asked; one that names a day ("when they meet on Monday")
// is a planned act and stays.
func habitualWhen(toks []token, cl clause, m match) bool {
	if m.form != formThird && m.form != formBase || m.noun {
		return false
	}
	i := cl.start
	if i < cl.end && toks[i].punct {
		i++
	}
	if i >= cl.end || toks[i].lower != "when" && toks[i].lower != "whenever" {
		return false
	}
	for j := i + 1; j < cl.end; j++ {
		if isWeekdayOrTime(toks[j].lower) || datedWord[toks[j].lower] {
			return false
		}
	}
	return true
}

// datedWord are words that tie a time clause to a day or period.
var datedWord = map[string]bool{
	"today": true, "tomorrow": true, "tonight": true, "next": true, "later": true,
	"january": true, "february": true, "march": true, "april": true, "june": true, "july": true,
	"august": true, "september": true, "october": true, "november": true, "december": true,
}

// wishBefore reports a cue after an adjective of wish ("has been eager to
// withdraw", "is keen to sign"): a wish is neither an act nor one announced.
func wishBefore(toks []token, cl clause, m match) bool {
	if m.start-2 < cl.start || toks[m.start-1].lower != "to" {
		return false
	}
	switch toks[m.start-2].lower {
	case "eager", "keen", "anxious", "desperate", "impatient", "itching":
		return true
	}
	return false
}

// isHeadlineList reports a line that strings several headlines together
// with vertical bars ("Hillicon Valley: Progressives oppose ... | Senators
// call for ... | Facebook gets ..."): page navigation, not the article.
// One bar is left alone: a title often ends in "| Site name".
func isHeadlineList(text string) bool {
	return strings.Count(text, "|") >= 2
}

// aboutTopic reports a mention after cue m that lies inside a phrase
// opened by "about", "regarding" or "concerning" ("charged him with
// publishing files about the wars in Afghanistan and Iraq"): the phrase
// tells what the act concerns, so a country named there is no party of
// any act, one-sided or not. "with", "between", "against" or "to" after
// it opens a party again ("talked about trade with China").
func aboutTopic(toks []token, m match, at int) bool {
	topic := false
	for i := m.end; i < at && i < len(toks); i++ {
		switch toks[i].lower {
		case "about", "regarding", "concerning":
			topic = true
		case "with", "between", "against", "to":
			topic = false
		}
	}
	return topic
}

// amidScene reports a mention after the cue inside a phrase that sets the
// scene or gives the cause: "detained in China amid a standoff over
// Canada's arrest of a Huawei executive", "stormed the embassy in response
// to US strikes on an Iran-backed militia". Who is named there did not take
// part in this act.
func amidScene(toks []token, m match, at int) bool {
	for i := m.end; i < at && i < len(toks); i++ {
		switch w := toks[i].lower; {
		case w == "amid" || w == "amidst":
			return true
		case w == "response" && i+1 < at && toks[i+1].lower == "to" && toks[i-1].lower == "in":
			return true
		case w == "wake" && i+1 < at && toks[i+1].lower == "of" && toks[i-1].lower == "the":
			return true
		case w == ";":
			return false
		}
	}
	return false
}
