package coder

import (
	"strings"

	"storyline/internal/event"
)

// Courtesies between leaders (sixth pass, precision). A visit is told
// with the politeness around it: the guest thanks the host for a dinner,
// says "thank you", and the host invites the guest back. News English
// reports these as part of the visit; they are no support and no request
// between the two sides.

// hospitalityWords are what a guest thanks a host for.
var hospitalityWords = map[string]bool{
	"dinner": true, "dinners": true, "lunch": true, "luncheon": true, "banquet": true, "breakfast": true,
	"meal": true, "hospitality": true, "welcome": true, "reception": true, "invitation": true,
	"hosting": true,
}

// courtesyThanks reports a verb "thank" used as a courtesy: the formula
// "thank you" ("replied 'thank you so much'"), or thanks for a host's
// hospitality ("thanked his host for the dinner they gave",
// "thanked the emir for the warm welcome"). Thanks for an act ("thanked
// Malaysia for its mediation") are left alone.
func courtesyThanks(toks []token, m match) bool {
	if m.cue.Type != "SUPPORT" || m.noun || !strings.HasPrefix(toks[m.head].lower, "thank") {
		return false
	}
	if m.end < len(toks) && toks[m.end].lower == "you" {
		return true
	}
	for i := m.end; i < len(toks) && i < m.end+10; i++ {
		if toks[i].punct {
			return false
		}
		if toks[i].lower != "for" {
			continue
		}
		for j := i + 1; j < len(toks) && j <= i+4; j++ {
			if toks[j].punct {
				return false
			}
			if hospitalityWords[toks[j].lower] {
				return true
			}
		}
		return false
	}
	return false
}

// inviteCue codes an invitation to visit: the one who invites is the
// host, the one invited the visitor, as "hosted" is in data/cues.tsv.
var inviteCue = &cue{Type: "CONSULT", Mode: "visit", flags: cueFlags{host: true}, text: "(invite to visit)"}

// visitWords name a visit or a host's seat an invitation asks a guest to.
var visitWords = map[string]bool{
	"visit": true, "visits": true, "trip": true, "house": true, "kremlin": true, "palace": true,
	"residence": true, "chancellery": true, "elysee": true, "élysée": true,
}

// invitedToVisit returns the match recoded as a planned visit when an
// invitation names a visit or the host's seat within the next words
// ("invited Netanyahu to make an official visit to India", "handed him an
// invitation for a state visit", "hinted at inviting Lee to the White
// House"): in PLOVER an invitation to visit is a meeting announced, as
// "agreed to meet" is, not a request between the two sides.
func invitedToVisit(toks []token, m match) (match, event.Status, bool) {
	if m.cue.Type != "REQUEST" || !strings.HasPrefix(toks[m.head].lower, "invit") {
		return m, "", false
	}
	for i := m.end; i < len(toks) && i < m.end+10; i++ {
		if toks[i].punct && toks[i].lower != "-" {
			return m, "", false
		}
		if visitWords[toks[i].lower] {
			m.cue = inviteCue
			return m, event.Planned, true
		}
	}
	return m, "", false
}

// teamWords head a subject that is a sports team.
var teamWords = map[string]bool{
	"team": true, "teams": true, "squad": true, "side": true, "players": true, "footballers": true,
	"cricketers": true, "club": true, "xi": true,
}

// teamTour reports a visit cue in a story of sport whose traveller, in
// the few words before the cue, is a team ("the national football team
// arrived in the capital", "the first foreign team to tour Bangladesh"):
// a side travelling to play, not a visit between states. Officials who
// meet at a game ("the two presidents met at the final") stay a meeting.
func teamTour(toks []token, cl clause, m match) bool {
	return m.cue.Mode == "visit" && !m.cue.flags.host && !m.noun && wordShortlyBefore(toks, cl, m, 4, teamWords)
}
