package coder

// Twenty-fourth pass (stop 42, requests written by hand). Three ways
// English news uses a verb of asking without one state asking another:
//
//   - A government's call on its own people: "India called on its citizens
//     to leave Ukraine", "Seoul urged its nationals to leave Israel". The
//     country after the call is where the people are, not the one asked.
//   - "Called on" a office holder with no "to" after it is the courtesy
//     call of diplomatic copy: "the ambassador called on the foreign
//     minister in Kathmandu" is a visit, not a request.
//   - "X joined Y in calling for an inquiry": Y asks with X, it is not
//     asked; with no country after the call nobody is asked.
//   - A call on a bare home institution: "the president asked parliament
//     to approve the deal with Saudi Arabia", "protesters urged the
//     authorities to deport Chinese migrants". "The authorities" or
//     "parliament" with no country named in or after it are the speaker's
//     own; the foreign country is inside the act asked for, not asked.

// notAskedOfState reports a request cue that asks no other state: a call
// on the asker's own people, a courtesy call on an office holder, or a
// call made jointly with no country asked.
func notAskedOfState(toks []token, cl clause, m match, spans []span) bool {
	if m.cue.Type != "REQUEST" || m.noun {
		return false
	}
	return callsOwnPeople(toks, m) || courtesyCall(toks, m) || joinedCall(toks, cl, m, spans) || asksHomeInstitution(toks, m)
}

// callsOwnPeople reports a call whose object opens with "its" or "their"
// (or "all") and names a people noun within a few words: "urged its
// nationals", "called on all German citizens".
func callsOwnPeople(toks []token, m match) bool {
	i := m.end
	if i < len(toks) && toks[i].lower == "on" {
		i++
	}
	if i >= len(toks) || !ownOpeners[toks[i].lower] {
		return false
	}
	for j := i + 1; j < len(toks) && j <= i+3; j++ {
		if ownPeople[toks[j].lower] {
			return true
		}
		if toks[j].punct {
			return false
		}
	}
	return false
}

// ownOpeners open a government's own people as the object of its call.
var ownOpeners = map[string]bool{"its": true, "their": true, "all": true}

// ownPeople are the nouns of a state's people abroad or at home.
var ownPeople = map[string]bool{
	"citizens": true, "nationals": true, "people": true, "residents": true,
	"expatriates": true, "compatriots": true, "diaspora": true,
	"students": true, "countrymen": true, "travellers": true, "travelers": true,
}

// courtesyCall reports "called on" followed within a few words by an
// office holder's title, with no "to" anywhere after it in the sentence:
// the envoy's visit, not a call for an act.
func courtesyCall(toks []token, m match) bool {
	if !callForms[toks[m.head].lower] || m.head+1 >= len(toks) || toks[m.head+1].lower != "on" {
		return false
	}
	titled := false
	for j := m.head + 2; j < len(toks) && j <= m.head+6; j++ {
		if officeTitles[toks[j].lower] {
			titled = true
		}
	}
	if !titled {
		return false
	}
	for j := m.head + 2; j < len(toks); j++ {
		if toks[j].lower == "to" {
			return false
		}
	}
	return true
}

// callForms are the forms of "call" that "on" makes a visit or a request.
var callForms = map[string]bool{"call": true, "calls": true, "called": true, "calling": true}

// officeTitles are the titles of office holders an envoy calls on.
var officeTitles = map[string]bool{
	"minister": true, "president": true, "premier": true, "chancellor": true,
	"king": true, "emir": true, "governor": true, "secretary": true,
	"ambassador": true, "envoy": true, "speaker": true,
}

// joinedCall reports a call in "X joined Y in calling/urging ..." with
// no country named after the call in its clause: Y asked together with X.
func joinedCall(toks []token, cl clause, m match, spans []span) bool {
	h := m.head
	if h < 2 || toks[h-1].lower != "in" {
		return false
	}
	joined := false
	for j := h - 2; j >= 0 && j >= h-7; j-- {
		if joinForms[toks[j].lower] {
			joined = true
		}
	}
	if !joined {
		return false
	}
	for _, sp := range spans {
		if sp.start >= m.end && sp.start < cl.end {
			return false
		}
	}
	return true
}

// joinForms are the forms of "join" that make a co-asker.
var joinForms = map[string]bool{"join": true, "joins": true, "joined": true, "joining": true}

// asksHomeInstitution reports a call whose object is a bare institution
// ("parliament", "the authorities", "the government") with no "of", "in"
// or possessive after it to make it another country's.
func asksHomeInstitution(toks []token, m match) bool {
	i := m.end
	if i < len(toks) && toks[i].lower == "on" {
		i++
	}
	if i < len(toks) && toks[i].lower == "the" {
		i++
	}
	if i+1 >= len(toks) || !homeInstitutions[toks[i].lower] {
		return false
	}
	switch toks[i+1].lower {
	case "of", "in", "'s", "’s":
		return false
	}
	if (toks[i].lower == "defence" || toks[i].lower == "defense") && i+2 < len(toks) && toks[i+2].lower == "of" {
		return false // "the defence ministry of Ukraine" (request43.go)
	}
	return true
}

// homeInstitutions are the bodies of a state that, named bare, are the
// speaker's own.
var homeInstitutions = map[string]bool{
	"government": true, "authorities": true, "parliament": true, "lawmakers": true,
	"legislators": true, "congress": true, "senate": true, "cabinet": true,
	"legislature": true, "courts": true, "police": true, "administration": true,
	"pentagon": true, "treasury": true, "defence": true, "defense": true,
}

// pairAskedByNoState reports a request verb, with no state as its
// subject, whose object is two countries joined by "and": "the UN envoy
// urged Israel and Hamas to agree a truce", "the Red Cross called on
// Russia and Ukraine to swap prisoners". The two are both asked; neither
// asks the other, so there is no request between them.
func pairAskedByNoState(toks []token, cl clause, m match, spans []span) bool {
	if m.cue.Type != "REQUEST" || m.noun {
		return false
	}
	i := m.end
	if i < len(toks) && toks[i].lower == "on" {
		i++
	}
	var after []span
	for _, sp := range spans {
		if sp.start >= i && sp.start < cl.end && sp.m.Country != "" {
			after = append(after, sp)
		}
	}
	if len(after) < 2 || after[0].start != i {
		return false
	}
	return after[0].end < len(toks) && toks[after[0].end].lower == "and" && after[1].start == after[0].end+1
}

// noStateSubject reports a subject that names no state: none at all, or
// only bodies with no country ("the UN envoy", "the Red Cross").
func noStateSubject(subject []span) bool {
	for _, sp := range subject {
		if sp.m.Country != "" {
			return false
		}
	}
	return true
}

// askedForAct reports an act cue in the infinitive after a noun of asking,
// "for" and the one asked: "Cambodia's call for Thailand to withdraw its
// troops", "Mali's request for France to pull out its soldiers". The act
// is only asked for; the noun of asking is the event (askedMeeting does
// the same for meetings).
func askedForAct(toks []token, m match) bool {
	if m.cue.Type == "REQUEST" || m.noun || m.start < 4 || toks[m.start-1].lower != "to" {
		return false
	}
	for k := m.start - 2; k >= 1 && k >= m.start-6; k-- {
		w := toks[k]
		if w.lower == "for" {
			return k < m.start-2 && askingNouns[toks[k-1].lower]
		}
		if w.punct || !w.capital() && w.lower != "the" {
			return false
		}
	}
	return false
}
