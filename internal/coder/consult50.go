package coder

import (
	"storyline/internal/actors"
	"storyline/internal/event"
	"storyline/internal/nlp"
)

// Thirty-second pass (stop 50): a call told as the setting of another act.
// Wire copy tells what a leader said or did and leaves the call it was done
// in as an adjunct: "expressed concern over the fishing incident in a call
// with her Chilean counterpart", "said in a phone call with the Bolivian
// president that ...". The bare noun "call with" is no cue (seventeenth pass: "the
// president's call with Zelensky" told in later testimony), but after a
// preposition of setting and a determiner ("in a call with", "during his
// call with") it names the call the clause's act was done in, told as it
// happened: a consultation with the one after "with".

// settingCallCue stands for such a call.
var settingCallCue = &cue{Type: "CONSULT", Mode: "phone", text: "in a call with"}

// settingCallDeterminers open the noun phrase of a call set after "in",
// "during", "on" or "over".
var settingCallDeterminers = map[string]bool{"a": true, "an": true, "his": true, "her": true, "their": true, "its": true}

// withSettingCalls adds to matches a noun cue for each "call" or "calls"
// set after a preposition of setting and a determiner, up to two
// lower-case modifiers between ("during a lengthy call with"), and followed
// by "with", where no cue already covers the word.
func withSettingCalls(toks []token, matches []match) []match {
	for i := 2; i+1 < len(toks); i++ {
		if w := toks[i].lower; w != "call" && w != "calls" || toks[i+1].lower != "with" || covered(matches, i) {
			continue
		}
		d := i - 1
		for k := 0; k < 2 && d > 1 && isLowerWord(toks[d].text) && !toks[d].punct && !settingCallDeterminers[toks[d].lower]; k++ {
			d--
		}
		if !settingCallDeterminers[toks[d].lower] || !callSettingOpeners[toks[d-1].lower] && toks[d-1].lower != "over" || d-1 == 0 {
			continue // a call fronted at the sentence's start is frontedCall's (visit23.go)
		}
		m := match{cue: settingCallCue, start: i, end: i + 1, head: i, noun: true}
		at := len(matches)
		for k, o := range matches {
			if o.start > i {
				at = k
				break
			}
		}
		matches = append(matches[:at], append([]match{m}, matches[at:]...)...)
	}
	return matches
}

// settingBesideOther reports a call of withSettingCalls in a clause that
// holds another cue, not a speech act: the clause tells that act, and the
// call is its setting (meetingBeside).
func settingBesideOther(matches []match, cl clause, m match) bool {
	if m.cue != settingCallCue {
		return false
	}
	for _, o := range matches {
		if o.start >= cl.start && o.start < cl.end && o.cue != settingCallCue && !o.cue.flags.speech && o.cue.Type != "" {
			return true
		}
	}
	return false
}

// covered reports a match holding token i.
func covered(matches []match, i int) bool {
	for _, m := range matches {
		if m.start <= i && i < m.end {
			return true
		}
	}
	return false
}

// A meeting told beside another act is a meeting of the act's doer with
// the one named after "with" (thirty-second pass, stop 50): "demanded that
// Togo reopen the border, during a phone call with the Nigerian
// president", "voiced concern over drills by Russia in a call with the
// Lithuanian president", "pledged $1 billion in aid during talks with the
// Syrian president", "the Philippine president in talks with the Japanese
// prime minister pledged ...". secondAct (secondacts10.go) reads such a setting only
// when the one met is a side of the act and the noun has a determiner; but
// English names in the setting whomever the doer met, often a third
// government, and "talks" takes no article. The doer is the act's subject
// named before its cue; the meeting takes the act's status, day and place.
// "is in talks with" is the clause's own predicate, no setting, and a
// meeting that points back ("during the talks") is told already.

// besideSettingWords open a phrase that places an act at a meeting.
var besideSettingWords = map[string]bool{"in": true, "during": true, "at": true, "over": true, "on": true}

// meetingBeside returns the meeting the act main (from cue m) is told in,
// between the act's subject and the one named after "with", or nil.
func (c *articleCoder) meetingBeside(toks []token, cl clause, m match, matches []match, spans []span, speech []clause, main *report) *report {
	if main == nil || main.ev.Type == "CONSULT" {
		return nil
	}
	subj, ok := besideSubject(cl, m, spans, speech, main)
	if !ok {
		return nil
	}
	for _, n := range matches {
		if n.cue.Type != "CONSULT" || n.start < cl.start || n.start >= cl.end || n.cue.flags.none {
			continue
		}
		if !(n.start >= m.end || n.start > subj.end && n.end < m.start) {
			continue // the setting follows the act, or stands between its subject and its verb
		}
		with := n.end
		if toks[n.end-1].lower == "with" {
			with = n.end - 1
		}
		if with >= len(toks) || toks[with].lower != "with" || !besidePhrase(toks, n.start, subj.end) {
			continue
		}
		partner, ok := besidePartner(toks, with, spans, subj.m.Country)
		if !ok {
			continue
		}
		r := sharedAct(main, "CONSULT", n.cue.Mode, besideStatus(toks, subj.end, n.start, main.ev.Status), true)
		var acts []event.Actor
		standIns := map[string]bool{}
		for _, a := range main.ev.Actors {
			if a.Country != nil && *a.Country == subj.m.Country {
				a.Role = event.RoleParticipant
				acts = append(acts, a)
				if main.standIns[a.Name] {
					standIns[a.Name] = true
				}
			}
		}
		if len(acts) == 0 {
			return nil
		}
		p := &party{key: partner.m.Country, country: partner.m.Country, name: c.countryName(partner.m.Country), role: event.RoleParticipant}
		if partner.m.Kind == actors.Person && partner.m.Name != "" {
			p.people = []actors.Mention{partner.m}
		} else {
			p.title = partner.m.Title
		}
		pa, ps := actorsOf([]*party{p})
		r.ev.Actors = append(acts, pa...)
		for k := range ps {
			standIns[k] = true
		}
		r.standIns, r.parties = standIns, 2
		return r
	}
	return nil
}

// besideSubject returns the one mention of the subject of main's act: a
// span with a country before cue m in the clause, outside speech, whose
// country is an actor of main; ok is false when none or two countries.
func besideSubject(cl clause, m match, spans []span, speech []clause, main *report) (span, bool) {
	var subj span
	found := false
	for _, sp := range spans {
		if sp.start < cl.start || sp.start >= m.start || sp.m.Country == "" || inRanges(sp.start, speech) || !hasCountry(main.ev.Actors, sp.m.Country) {
			continue
		}
		if found && sp.m.Country != subj.m.Country {
			return span{}, false
		}
		if !found {
			subj, found = sp, true
		}
	}
	return subj, found
}

// besidePhrase reports a meeting noun at n set after a word of setting,
// past a determiner or a possessive and up to three lower-case modifiers
// ("during a telephone conversation", "in talks", "at their first
// meeting"), not after a form of "be" ("is in talks with": the predicate)
// and not pointing back ("during the talks").
func besidePhrase(toks []token, n, from int) bool {
	i := n - 1
	for k := 0; k < 3 && i > from && !toks[i].punct && isLowerWord(toks[i].text) && !determiners[toks[i].lower] && !besideSettingWords[toks[i].lower]; k++ {
		i--
	}
	if i > from && determiners[toks[i].lower] {
		if toks[i].lower == "the" || toks[i].lower == "this" || toks[i].lower == "that" {
			return false
		}
		i--
	}
	if i <= from || !besideSettingWords[toks[i].lower] || !besideNouns[toks[n].lower] && !besideNouns[toks[n+1].lower] {
		return false
	}
	for k := i - 1; k >= from && k >= i-3; k-- {
		if w := toks[k].lower; predicateBe[w] || w == "nor" || w == "not" || w == "n't" || w == "never" {
			return false // "is in talks with", "nor are we in talks with": the predicate, or no meeting
		}
	}
	return true
}

// predicateBe are forms of "be" that make "in talks with" a predicate
// ("'s" is left out: "the survey ship's mission in a call with").
var predicateBe = map[string]bool{"is": true, "are": true, "am": true, "was": true, "were": true, "be": true, "been": true, "being": true, "'re": true}

// besideNouns name a meeting as a thing held: a call, a conversation,
// talks. ("in negotiating with the rebels" is an act, no setting.)
var besideNouns = map[string]bool{
	"call": true, "calls": true, "conversation": true, "conversations": true, "talks": true,
	"meeting": true, "meetings": true, "discussion": true, "discussions": true, "consultations": true,
	"summit": true, "videoconference": true,
}

// besidePartner returns the first mention with a country other than self
// named within five words after "with" at w, before any punctuation.
func besidePartner(toks []token, w int, spans []span, self string) (span, bool) {
	for _, sp := range spans {
		if sp.start <= w || sp.start > w+5 || sp.m.Country == "" || sp.m.Group {
			continue
		}
		for k := w + 1; k < sp.start; k++ {
			if toks[k].punct && toks[k].lower != "'s" && toks[k].lower != "’s" {
				return span{}, false
			}
		}
		if sp.m.Country == self {
			return span{}, false
		}
		return sp, true
	}
	return span{}, false
}

// besideStatus is the status of a meeting an act of status st was told in:
// the act's, except that an act promised in a past verb was promised at a
// meeting held ("pledged $1 billion in aid during talks with"): a past
// form between the subject's end and the meeting at n, with no word of
// future before it, makes the meeting done.
func besideStatus(toks []token, from, n int, st event.Status) event.Status {
	if st != event.Planned {
		return st
	}
	for i := from; i < n; i++ {
		w := toks[i].lower
		if w == "will" || w == "'ll" || w == "to" || isModal(toks[i]) || plannedBefore[w] {
			return st
		}
		if pastForm(w) && isLowerWord(toks[i].text) {
			return event.Occurred
		}
	}
	return st
}

// A gathering told something is the audience of what is said (stop 50):
// "the defence minister told a meeting in Brussels that Germany will send
// troops", "the president told a rally in the capital that ...", "told a
// summit of African leaders that ...". Speaking to a gathering is speech;
// the act is in the that-clause, and the gathering names neither a meeting
// between the speaker and another state nor a protest. "told reporters
// after the meeting" and "told his counterpart at the meeting" (settingGlue,
// speakers.go) stay meetings: there the noun follows a word of setting.

// addressVerbs address an audience. ("addressed the summit" is taking
// part in it, and stays a meeting.)
var addressVerbs = map[string]bool{"told": true, "tells": true, "tell": true, "telling": true}

// audienceNouns name a gathering one may speak to.
var audienceNouns = map[string]bool{
	"meeting": true, "meetings": true, "summit": true, "conference": true, "rally": true, "session": true,
	"gathering": true, "forum": true, "assembly": true, "convention": true, "congress": true, "dialogue": true,
}

// toldGathering reports a meeting or rally noun m that is the object of a
// verb of telling, past a determiner and up to three modifiers ("told a
// ministerial meeting of the alliance"), unless the gathering is joint or bilateral
// or held "with" or "between" someone: then the speaker met them.
func toldGathering(toks []token, m match) bool {
	if m.cue.Type != "CONSULT" && m.cue.Type != "PROTEST" || !audienceNouns[toks[m.end-1].lower] {
		return false
	}
	i := m.start - 1
	for k := 0; k < 3 && i > 0 && !toks[i].punct && !determiners[toks[i].lower] && !addressVerbs[toks[i].lower]; k++ {
		i--
	}
	if i > 0 && determiners[toks[i].lower] {
		i--
	}
	if i < 0 || !addressVerbs[toks[i].lower] {
		return false
	}
	for k := i + 1; k < m.end; k++ {
		if w := toks[k].lower; w == "joint" || w == "bilateral" {
			return false // "told a joint news conference with the British prime minister": the two met
		}
	}
	if m.end < len(toks) && (toks[m.end].lower == "with" || toks[m.end].lower == "between") {
		return false
	}
	return true
}

// A state that "would" act, told with no speech verb, is the backshifted
// future of reported speech (stop 50): news goes on from "the minister
// said" with "Ghana would send 300 soldiers to Liberia." and "Japan would
// provide $2 billion in aid." — a plan, as "said Ghana would send" is.
// The "would" of a condition ("would impose sanctions if the talks fail",
// "Without the aid, Somalia would face famine"), of a judgment ("Such a
// blockade would be illegal", hypothetical19.go) or of a weighing subject
// ("A war with Iran would be a disaster") is no plan: only a clause that
// opens with the state's name, then "would" and the act's verb, in a
// sentence with no word of condition, no question and no quotation.

// conditionWords anywhere in a sentence put its "would" under a condition.
var conditionWords = map[string]bool{
	"if": true, "unless": true, "whether": true, "otherwise": true, "without": true, "lest": true,
	"provided": true, "providing": true, "case": true, "event": true, "should": true, "were": true,
	"had": true, "?": true, "“": true, "”": true, "\"": true, "imagine": true, "suppose": true,
}

// backshiftedWould reports "would" at w before cue m that is a reported
// plan: the clause from cl.start to w is a name (capitalised words, "the",
// "and", a possessive: "Britain", "The United States", "Angola and
// Namibia"), at most one adverb stands between "would" and the cue, and
// the sentence holds no word of condition.
func backshiftedWould(toks []token, cl clause, m match, w int) bool {
	if toks[w].lower != "would" || w == cl.start || m.noun {
		return false
	}
	if v := w + 1; v != m.start && !(v+1 == m.start && (toks[v].lower == "also" || toks[v].lower == "soon" || toks[v].lower == "now")) {
		return false
	}
	for i := cl.start; i < w; i++ {
		t := toks[i]
		if t.punct || isLowerWord(t.text) && t.lower != "the" && t.lower != "and" {
			return false
		}
	}
	if cl.start > 0 && toks[cl.start-1].lower != "," && toks[cl.start-1].lower != ";" && !toks[cl.start-1].punct {
		return false
	}
	for _, t := range toks {
		if conditionWords[t.lower] {
			return false
		}
	}
	return true
}

// One told something at a meeting (stop 50): "Nigeria's foreign minister
// told his Ghanaian counterpart in a phone call on Monday that Nigeria
// would reopen the border", "told the Somali president at talks in
// Nairobi that Kenya will withdraw its troops". The one told, the meeting
// the words were said at and its day all belong to the telling: the act
// is what follows "that", done by whom it names, and dated by its own
// words; the meeting is a consultation of the teller and the one told,
// held when the telling was (meetingOfTelling).

// toldAtMeetingEnd returns the token after "that" when a verb of telling
// m is followed by the one told (capitalised words and the words of a
// title: "his Ghanaian counterpart", "the Somali president"), a phrase
// of setting that names a meeting ("in a phone call", "at talks in
// Nairobi", "during a meeting with him"), any words of time, and "that"
// before a name; else 0.
func toldAtMeetingEnd(toks []token, m match) int {
	k := m.end
	for k < len(toks) && k < m.end+8 && (!isLowerWord(toks[k].text) && !toks[k].punct || addresseeWords[toks[k].lower]) {
		k++
	}
	if k == m.end || k >= len(toks) || !besideSettingWords[toks[k].lower] {
		return 0
	}
	meeting := false
	for j := k + 1; j < len(toks) && j < k+12; j++ {
		w := toks[j].lower
		if besideNouns[w] {
			meeting = true
		}
		if w == "that" {
			if !meeting || j+1 >= len(toks) || toks[j+1].punct || isLowerWord(toks[j+1].text) {
				return 0
			}
			return j + 1
		}
		if toks[j].punct && w != "'s" && w != "’s" {
			return 0
		}
	}
	return 0
}

// actAfter reports a cue at or after token i that is no speech act and no
// meeting: the act told. With none, the meeting in the head is the news
// ("told President X at a meeting in Y that ..." stays a meeting there).
func actAfter(matches []match, i int) bool {
	for _, m := range matches {
		if m.start >= i && !m.cue.flags.speech && m.cue.Type != "" && m.cue.Type != "CONSULT" {
			return true
		}
	}
	return false
}

// meetingOfTelling returns the meeting a clause's act main was told at,
// between the teller and the one told, as toldAtMeetingEnd reads the
// sentence's head sp: a past verb of telling, and a meeting noun n inside
// the head; or nil.
func (c *articleCoder) meetingOfTelling(s nlp.Sentence, toks []token, m match, matches []match, spans []span, speech []clause, main *report) *report {
	if main == nil || main.ev.Type == "CONSULT" {
		return nil
	}
	for _, sp := range speech {
		if sp.end > m.start {
			continue
		}
		for _, t := range matches {
			if !t.cue.flags.speech || t.start < sp.start || t.start >= sp.end || !tellVerbs[toks[t.start].lower] || !pastForm(toks[t.start].lower) && toks[t.start].lower != "told" {
				continue
			}
			if toldAtMeetingEnd(toks, t) != sp.end {
				continue
			}
			for _, n := range matches {
				if n.cue.Type != "CONSULT" || n.start <= t.end || n.start >= sp.end {
					continue
				}
				r := c.buildReport(s, toks, clause{sp.start, sp.end - 1}, n, "CONSULT", event.Occurred, spans, nil)
				if r == nil || r.parties < 2 {
					return nil
				}
				return r
			}
		}
	}
	return nil
}
