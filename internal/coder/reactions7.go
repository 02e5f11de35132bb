package coder

import "storyline/internal/event"

// Rules of the seventh pass (stop 25) on reactions: a country that
// condemns "the move" or "the order" answers the hostile act the story
// tells against it, and its charge is aimed at whoever did that act.

// judgedDecisions are the nouns by which a reaction names a government's
// act told before: "condemned the order", "denounced this unjustified
// move", "slammed the decision".
var judgedDecisions = map[string]bool{
	"move": true, "order": true, "decision": true, "closure": true, "expulsion": true, "expulsions": true,
	"seizure": true, "seizures": true, "measure": true, "measures": true, "step": true, "sanctions": true,
}

// judgedDeterminers point back to an act told before.
var judgedDeterminers = map[string]bool{"the": true, "this": true, "such": true, "that": true, "these": true}

// judgesDecision reports a verb of judging whose object is a decision told
// before ("China condemned the move", "strongly condemns this outrageous
// and unjustified move"): up to three words (adjectives, "and") between
// the determiner and the noun, none of them punctuation.
func judgesDecision(toks []token) bool {
	for i := 0; i+2 < len(toks); i++ {
		if !judging[toks[i].lower] || !judgedDeterminers[toks[i+1].lower] {
			continue
		}
		for k := i + 2; k < len(toks) && k <= i+5; k++ {
			if toks[k].punct {
				break
			}
			if judgedDecisions[toks[k].lower] {
				return true
			}
		}
	}
	return false
}

// offendingTypes are the hostile acts a country answers by condemning
// "the move".
var offendingTypes = map[string]bool{"SANCTION": true, "COERCE": true, "ASSAULT": true, "REJECT": true}

// storyOffender is the side whose hostile act against self the story
// tells most often, the earliest of equals: the side a condemnation of
// "the move" is aimed at. It is "" when no act of the story falls on self.
func storyOffender(reports []*report, self string) string {
	var told []string
	for _, r := range reports {
		if !offendingTypes[r.ev.Type] || r.ev.Status != event.Occurred {
			continue
		}
		hit, doer := false, ""
		for _, a := range r.ev.Actors {
			if a.Country == nil {
				continue
			}
			switch {
			case a.Role == event.RoleTarget && *a.Country == self:
				hit = true
			case a.Role == event.RoleSource && *a.Country != self && doer == "":
				doer = *a.Country
			}
		}
		if !hit || doer == "" {
			continue
		}
		told = append(told, doer)
	}
	return mostOften(told)
}
