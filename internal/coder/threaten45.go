package coder

// Rules of the twenty-seventh pass (stop 45) on threats, from news
// sentences written for it.

// forceModals are the modals a move of forces is held out with: "would
// move troops", "will send troops", "could deploy".
var forceModals = map[string]bool{
	"will": true, "would": true, "'ll": true, "could": true, "may": true, "might": true,
}

// grantedConditions are the verbs of a condition that asks for or allows
// the move: "if the Somali government asks for them", "if parliament
// approves": forces offered or awaiting leave, no threat.
var grantedConditions = map[string]bool{
	"ask": true, "asks": true, "asked": true, "request": true, "requests": true, "requested": true,
	"invite": true, "invites": true, "invited": true, "want": true, "wants": true, "wanted": true,
	"need": true, "needs": true, "needed": true, "approve": true, "approves": true, "approved": true,
	"agree": true, "agrees": true, "agreed": true, "consent": true, "consents": true, "consented": true,
	"seek": true, "seeks": true, "sought": true, "call": true, "calls": true, "called": true,
	"permit": true, "permits": true, "allow": true, "allows": true, "welcome": true, "welcomes": true,
}

// conditionalForce reports a move of forces held out under a modal with a
// condition put, after it, to another country: "Russia would move troops
// toward its border with Finland if the Nordic country joined NATO",
// "Nigeria will send troops into Gambia if Jammeh refuses to step down",
// "Russia could move its troops closer to the border if Finland joins
// NATO". Nothing has moved: the side tells what it will do if the other
// does what it warns against, which is a threat made when it is said
// (PLOVER's THREATEN), as a sanction held out on a condition is
// (conditionalMeasure, protest22.go). The condition's subject is a named
// party or a pronoun, within three words of "if"/"unless"; a condition
// that asks for or allows the forces ("if the government asks") is an
// offer, and one of harm suffered ("if Lithuania is attacked") a pledge
// of defence (contingency, offers.go).
func conditionalForce(toks []token, m match, spans []span) bool {
	if m.cue.Type != "MOBILIZE" || m.noun {
		return false
	}
	modal := false
	for k := m.start - 1; k >= 0 && k >= m.start-3; k-- {
		if toks[k].punct {
			break
		}
		if forceModals[toks[k].lower] && isModal(toks[k]) || toks[k].lower == "'ll" {
			modal = true
			break
		}
	}
	if !modal {
		return false
	}
	for i := m.end; i < len(toks); i++ {
		w := toks[i].lower
		if w == "." || w == ";" {
			return false
		}
		if !threatConditions[w] {
			continue
		}
		if contingency(toks, i+1) {
			return false
		}
		subject := false
		for j := i + 1; j < len(toks) && j <= i+4; j++ {
			if toks[j].punct {
				break
			}
			if grantedConditions[toks[j].lower] {
				return false
			}
			if j <= i+3 && (selfPronouns[toks[j].lower] || toks[j].lower == "they" || conditionNouns[toks[j].lower]) {
				subject = true
			}
			for _, sp := range spans {
				if sp.start == j && j <= i+3 && sp.m.Country != "" {
					subject = true
				}
			}
		}
		return subject
	}
	return false
}

// conditionNouns stand for a country as the subject of a condition ("if
// the Nordic country joins NATO").
var conditionNouns = map[string]bool{"country": true, "nation": true, "kingdom": true, "republic": true}

// threatenedInCondition returns the end of the party that is the subject
// of a threat's condition after the cue ("... if Finland joins NATO"),
// when every party named between the cue and the condition is of the
// threatening side's own country or of a place the threat is aimed at
// beside the one threatened ("closer to the Finnish-Russian border"), so
// that the threat would be left with no other side; else 0. English
// names the one threatened as the doer of what must not happen: the
// condition cuts its act and its places off the threat (conditionStart),
// not its subject.
func threatenedInCondition(toks []token, m match, q int, spans []span) int {
	own := map[string]bool{}
	for _, sp := range spans {
		if sp.start < m.start && sp.m.Country != "" {
			own[sp.m.Country] = true
		}
	}
	if len(own) == 0 {
		return 0
	}
	end, subject := 0, ""
	for _, sp := range spans {
		if sp.start > q && sp.start <= q+3 && sp.m.Country != "" && !own[sp.m.Country] {
			end, subject = sp.end, sp.m.Country
			break
		}
	}
	if end == 0 {
		return 0
	}
	for _, sp := range spans {
		if sp.start > m.start && sp.start < q && sp.m.Country != "" && !own[sp.m.Country] && sp.m.Country != subject {
			return 0 // "would devastate Turkey's economy if ...": the threat names its own target
		}
	}
	return end
}
