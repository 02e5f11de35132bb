package coder

// Thirty-third pass (stop 51, contact): calls and visits told in other
// words than "held a call" or "visited".

// sentEnvoyCue reports the cue of an envoy, an official or a delegation
// sent in the passive ("an envoy was sent to Port Vila on Friday"): it
// opens with the noun, so its tense is that of the verb inside it, as for
// "tariffs ... took effect" (effect13.go), not none.
func sentEnvoyCue(c *cue) bool {
	return c.Type == "CONSULT" && c.flags.dest && len(c.elems) == 5 && c.elems[0].words["envoy"] == formNone && c.elems[3].words["sent"] != formNone
}

// meetingSubjectPast reports a noun of a call or a meeting that opens its
// clause, with no more than its owner before it, and is the subject of a
// past verb told after the one it was held with: "The Egyptian
// president's telephone call with the Sudanese leader angered the rebels",
// "her first call with the Irish prime minister lasted an hour". The
// verb's tense is the call's, as it is when the verb follows the noun
// ("the talks ended"); the partner's name only stands between them.
func meetingSubjectPast(toks []token, cl clause, m match) bool {
	if m.cue.Type != "CONSULT" || !m.noun || m.start-cl.start > 8 || m.end >= cl.end {
		return false
	}
	for i := cl.start; i < m.start; i++ {
		w := toks[i].lower
		if toks[i].punct && w != "'s" || !toks[i].capital() && (pastForm(w) || ownerEnders[w]) {
			return false // "said that the call ...", "during the call ...": no subject
		}
	}
	i := m.end
	if toks[m.end-1].lower != "with" {
		if toks[i].lower != "with" && toks[i].lower != "between" {
			return false
		}
		i++
	}
	for j := i; j < cl.end && j < i+10; j++ {
		t := toks[j]
		w := t.lower
		if w == "on" && j+1 < cl.end && isWeekdayOrTime(toks[j+1].lower) {
			j++ // "her call with the Irish prime minister on Tuesday covered trade"
			continue
		}
		if t.punct && w != "'s" || ownerEnders[w] {
			return false
		}
		if t.capital() || !pastForm(w) || w == "had" || w == "was" || w == "were" {
			continue
		}
		if j == i || notToldDone[w] || j+1 < cl.end && toks[j+1].lower == "by" {
			return false // "the call with X planned for", "reported by": no verb of the call
		}
		if w == "did" || w == "followed" || w == "preceded" || w == "came" {
			return false // "did not produce", "followed reports that": the news is elsewhere (discourse21.go)
		}
		return true
	}
	return false
}

// ownerEnders are words that cannot stand inside an owner's or a
// partner's name: a preposition, a relative or a conjunction starts
// another phrase there.
var ownerEnders = map[string]bool{
	"that": true, "who": true, "which": true, "where": true, "when": true, "after": true, "before": true,
	"during": true, "following": true, "in": true, "at": true, "on": true, "over": true, "to": true,
	"by": true, "about": true, "if": true, "than": true,
}

// notToldDone are past participles that tell a call still to come or only
// told of ("the call with X expected on Friday", "reported").
var notToldDone = map[string]bool{
	"expected": true, "scheduled": true, "planned": true, "proposed": true, "requested": true,
	"suggested": true, "rumoured": true, "rumored": true, "reported": true, "alleged": true,
	"mooted": true, "sought": true, "promised": true, "offered": true,
}

// reproachedMeans reports a meeting told by a gerund after "by" behind a
// verb of protest or charge ("protested the president's decision of
// breaking a tradition by speaking directly with the leader of
// Somaliland"): the gerund is the means of the act reproached, done by the
// one reproached, not by the subject who protests, so it is no meeting of
// the protester. "responded to the sanctions by holding talks with China"
// keeps its meeting: no protest stands before it.
func reproachedMeans(toks []token, m match, matches []match) bool {
	if m.cue.Type != "CONSULT" || m.form != formIng || m.start < 1 || toks[m.start-1].lower != "by" {
		return false
	}
	for _, n := range matches {
		if n.start < m.start && !n.noun && (n.cue.Type == "PROTEST" || n.cue.Type == "ACCUSE") {
			return true
		}
	}
	return false
}

// visitToPlaceAdjective reports an adjective of a country right after a
// visit cue (its "in", "to", "at" or its verb, with "the"), before a place
// noun: "arrived in the Malian capital", "visited the Malian town of
// Kayes". The host is the state the adjective names, as aid sent "to the
// Lebanese capital" goes to Lebanon (aid47b.go).
func visitToPlaceAdjective(toks []token, m match, sp span, typ string) bool {
	if typ != "CONSULT" || !m.cue.flags.dest || sp.start < m.end || sp.start > m.end+2 {
		return false
	}
	k := sp.start - 1
	if toks[k].lower == "the" && k >= m.end {
		k--
	}
	switch toks[k].lower {
	case "to", "in", "into", "at":
	default:
		if k != m.end-1 {
			return false // "visited the Malian town of Kayes": the cue's verb itself
		}
	}
	return nounWithin(toks, sp.end, 1, aidDestNouns)
}
