package coder

import (
	"storyline/internal/event"
	"storyline/internal/nlp"
)

// A meeting told as the purpose of a trip (stop 43): wire copy names the
// place a leader goes to and, in an infinitive after it, the one he goes
// to meet there: "travelled to Nairobi on Sunday to meet Eritrea's
// president", "will fly to Geneva next week to meet his Russian
// counterpart". The place is the visit's host; the one met is the
// meeting's other side, often of a third country. "to hold talks with"
// and "to meet with" were read as such a second meeting already (the
// "with" before the name, meetings12.go); the bare verb "meet" takes its
// object with no preposition, and its object is as much a partner.

// meetVerbs take the one met as their direct object.
var meetVerbs = map[string]bool{"meet": true, "meets": true, "met": true, "meeting": true}

// meetsObject reports a cue [start, end) that is a verb of meeting whose
// direct object is the name at to, past at most three words ("the",
// "his", "Venezuelan leader"), none of them a word of hope or a
// preposition that would make the name something else than the one met.
func meetsObject(toks []token, start, end, to int) bool {
	if !meetVerbs[toks[end-1].lower] || end != start+1 || to-end > 3 || to < end {
		return false
	}
	if start > 0 && toks[start-1].lower != "to" {
		return false // only the infinitive of purpose: "met" after a name is the clause's own act
	}
	for k := end; k < to; k++ {
		if toks[k].punct || prepositions[toks[k].lower] {
			return false
		}
	}
	return !hopedBefore(toks, start)
}

// hopeWords before "to meet" make the meeting a wish, not the trip's plan:
// "flew to Paris, hoping to meet the Russian president".
var hopeWords = map[string]bool{
	"hoping": true, "hoped": true, "hopes": true, "hope": true, "seeking": true, "sought": true,
	"wanting": true, "wanted": true, "wants": true, "trying": true, "tried": true, "failed": true,
	"refused": true, "declined": true, "unable": true,
}

// hopedBefore reports such a word right before the "to" of a cue at start.
func hopedBefore(toks []token, start int) bool {
	return start >= 2 && hopeWords[toks[start-2].lower]
}

// A guest received at a government's seat is its guest (stop 43): "The
// Hungarian prime minister was received at the Kremlin on Friday", "was
// welcomed at the White House", "was hosted at Downing Street". The
// passive names no host after "by"; the seat after "at" or "to" stands for
// its government, as the host of the visit. A venue that is not the seat
// of a government ("at the airport") names no country and adds no side,
// and a host named after "by" is the host, as before.

// seatHostsPassive reports a place span sp right after a passive cue of
// hosting m ("at the", "to the"), in a clause with no "by" after the cue.
func seatHostsPassive(toks []token, cl clause, m match, sp span, passive bool) bool {
	if !passive || !m.cue.flags.host || m.noun || sp.m.Country == "" || sp.start < m.end-3 || sp.start > m.end+2 {
		return false
	}
	k := sp.start - 1
	if k >= 0 && toks[k].lower == "the" {
		k--
	}
	if k < 0 || toks[k].lower != "at" && toks[k].lower != "to" {
		return false
	}
	for i := m.start; i < cl.end; i++ {
		if toks[i].lower == "by" {
			return false // "was welcomed at the White House by the US president": the host is named
		}
	}
	return true
}

// A call told as the setting of what was said in it (stop 43): "In a phone
// call on Wednesday, the Turkish president told the Russian president
// that ...", "During a call with the Russian president on Monday, the
// Turkish president urged a ceasefire". The fronted phrase names the call
// and, at times, one side; the clause after the comma names the other as
// its subject or as the one told. Read apart, the phrase had one side at
// most and the clause only a speech act or a request of one side: the
// call was lost. "After the call," (the article) points back to a call
// told before (inneracts.go), and is left to frontedMeeting.

// callSettingOpeners open such a phrase.
var callSettingOpeners = map[string]bool{"in": true, "during": true, "on": true}

// callSettingNouns name the call the phrase is set in.
var callSettingNouns = map[string]bool{"call": true, "conversation": true, "videoconference": true}

// frontedCall returns the call a sentence's fronted "In a call (with X)
// (on Monday)," sets what follows in, between the sides named up to the
// end of the clause after the comma ("that", a verb of saying other than
// "told" and what is said are left out: "In a call with reporters, the
// envoy said Russia ..." names no second side), or nil.
func (c *articleCoder) frontedCall(s nlp.Sentence, toks []token, spans []span) *report {
	if len(toks) < 8 || !callSettingOpeners[toks[0].lower] {
		return nil
	}
	switch toks[1].lower {
	case "a", "an", "his", "her", "their":
	default:
		return nil
	}
	noun := -1
	for k := 2; k <= 4 && k < len(toks); k++ {
		if callSettingNouns[toks[k].lower] {
			noun = k
			break
		}
		if toks[k].punct {
			return nil
		}
	}
	if noun < 0 || !toldAsCall(toks, noun) {
		return nil
	}
	comma := -1
	for k := noun + 1; k < len(toks) && k <= noun+12; k++ {
		if toks[k].lower == "," {
			comma = k
			break
		}
		if toks[k].punct && toks[k].lower != "-" && toks[k].lower != "'s" {
			return nil
		}
	}
	if comma < 0 {
		return nil
	}
	end := comma + 1
	for end < len(toks) && !toks[end].punct && toks[end].lower != "that" && (!speechHeads[toks[end].lower] || toks[end].lower == "told") {
		end++
	}
	m := match{cue: callCue, start: noun, end: noun + 1, head: noun, noun: true}
	r := c.buildReport(s, toks, clause{0, end}, m, "CONSULT", event.Occurred, spans, nil)
	if r == nil || r.parties < 2 {
		return nil
	}
	return r
}

// toldAsCall reports a noun at i that is a call between people, not an
// appeal ("In a formal call, the ministry urged China to desist"): a
// conversation, a call with "phone", "telephone" or "video" before it, or
// one "with" someone.
func toldAsCall(toks []token, i int) bool {
	if toks[i].lower != "call" {
		return true
	}
	for k := 2; k < i; k++ {
		switch toks[k].lower {
		case "phone", "telephone", "video":
			return true
		}
	}
	return i+1 < len(toks) && toks[i+1].lower == "with"
}
