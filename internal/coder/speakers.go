package coder

// Who takes part when a clause names a speaker, a fronted phrase or an
// apposition (third real-news pass).

// speechVerbAt returns the first speech verb of the clause before the cue
// ("said", "told"), or the cue when there is none: who is named before it
// speaks, who after it is spoken of.
func speechVerbAt(toks []token, cl clause, m match) int {
	for i := cl.start; i < m.start; i++ {
		if speechHeads[toks[i].lower] {
			return i
		}
	}
	return m.start
}

// meetingOfSpeech reports a speaker who speaks at the meeting the cue
// names: in "Putin said at a meeting with Jordanian King Abdullah II" the
// speaker is a party of the meeting.
func meetingOfSpeech(toks []token, cl clause, m match, sp span) bool {
	if m.cue.Type != "CONSULT" {
		return false
	}
	v := speechVerbAt(toks, cl, m)
	if v+1 >= m.start || sp.start >= v {
		return false
	}
	v = pastAddressee(toks, v, m.start) // "told Modi at the meeting" (secondacts10.go)
	switch toks[v+1].lower {
	case "at", "during", "after", "in":
	default:
		return false // "said the meeting was useful": about it, not at it
	}
	for i := v + 1; i < m.start; i++ {
		if !settingGlue[toks[i].lower] {
			return false
		}
	}
	return m.start-v <= 5
}

// settingGlue are the words between a speech verb and the meeting it was
// said at: "said at a joint news conference with", "told reporters during talks".
var settingGlue = map[string]bool{"at": true, "during": true, "after": true, "in": true, "a": true, "an": true, "the": true,
	"his": true, "her": true, "their": true, "joint": true, "bilateral": true, "phone": true, "news": true, "press": true}

// subjectAfterFronted reports the subject right after a fronted phrase that
// holds the cue: in "After talks with Museveni on Monday, Ruto said ..."
// the speaker took part in the talks.
func subjectAfterFronted(toks []token, cl clause, m match, sp span) bool {
	if !frontWords[toks[cl.start].lower] || sp.start < m.end {
		return false
	}
	for k := m.end; k < sp.start; k++ {
		if toks[k].lower == "," {
			return k+1 == sp.start
		}
	}
	return false
}

// inApposition reports a mention inside an apposition that describes the
// party named just before it: ", a key mediator in the conflict that hosts
// Hamas's political bureau". The apposition runs from "a" or "an" after a
// comma to the next comma.
func inApposition(toks []token, spans []span, sp span) bool {
	if sp.inherited {
		return false // a subject carried into this clause
	}
	for k := sp.start - 1; k > 0; k-- {
		if toks[k].lower != "," {
			continue
		}
		if k+1 >= len(toks) || toks[k+1].lower != "a" && toks[k+1].lower != "an" && !describedBy(toks, k, sp) && !possessiveApposition(toks, k, sp) {
			return false
		}
		for _, o := range spans {
			if o.end == k && o.m.Country != "" {
				return true
			}
		}
		return false
	}
	return false
}
