package coder

// Rules of the ninth pass (stop 27) on meetings only asked for. News tells
// a meeting one side seeks as the object of the asking: "ordered his
// foreign minister to arrange a meeting with Trump", "said its invitation
// to talks was a ploy", "a rule that allows any member to request urgent
// talks", "pushed Zelensky to negotiate with Russia". No one has met or
// agreed to meet: PLOVER codes the asking (a REQUEST the gold leaves
// optional) and the meeting only once it is agreed or held. An invitation
// to visit is left alone (the gold codes a visit accepted as planned).

// askingNouns name a meeting asked for when "to" or "for" joins them to
// it: "an invitation to talks", "a request for a meeting", "calls for
// dialogue".
var askingNouns = map[string]bool{
	"invitation": true, "invitations": true, "request": true, "requests": true, "proposal": true, "proposals": true,
	"call": true, "calls": true, "appeal": true, "appeals": true, "demand": true, "demands": true, "plea": true,
}

// askingVerbs take a meeting sought as their object: "arrange a meeting",
// "requested urgent talks", "proposed fresh talks".
var askingVerbs = map[string]bool{
	"arrange": true, "arranged": true, "arranging": true, "request": true, "requested": true, "requesting": true,
	"propose": true, "proposed": true, "proposing": true, "seek": true, "sought": true, "seeking": true,
}

// pushingVerbs ask someone else to meet: "pushed Zelensky to negotiate".
var pushingVerbs = map[string]bool{
	"pushed": true, "pushes": true, "pushing": true, "pressed": true, "presses": true, "pressing": true,
	"urged": true, "urges": true, "urging": true, "pressured": true, "pressuring": true, "encouraged": true, "encourages": true,
}

// askedMeeting reports a meeting cue that is only asked for: after an
// asking verb (past up to three determiners and adjectives), after an
// asking noun and "to" or "for", or in the infinitive after a pushing verb
// and the one pushed.
func askedMeeting(toks []token, m match) bool {
	if m.cue.Type != "CONSULT" || m.cue.Mode == "visit" || m.start == 0 {
		return false
	}
	for k := m.start - 1; k >= 0 && k >= m.start-4; k-- {
		w := toks[k].lower
		if askingVerbs[w] {
			return true
		}
		if (w == "to" || w == "for") && k > 0 && askingNouns[toks[k-1].lower] {
			return true
		}
		if w == "to" && k == m.start-1 && !m.noun {
			for j := k - 1; j >= 0 && j >= k-8; j-- {
				if toks[j].punct {
					break
				}
				if pushingVerbs[toks[j].lower] {
					return j < k-1 // someone pushed between the verb and "to"
				}
			}
			return false
		}
		if toks[k].punct || !isLowerWord(toks[k].text) {
			return false
		}
	}
	return false
}
