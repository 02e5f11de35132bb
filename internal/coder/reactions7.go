package coder

import (
	"strings"

	"storyline/internal/event"
)

// Rules of the seventh pass (stop 25) on reactions that name no one.

// judgedActs are the nouns a condemnation takes for an act told before:
// "condemned the move", "condemned the order", "condemns this outrageous
// and unjustified move".
var judgedActs = map[string]bool{
	"move": true, "decision": true, "order": true, "closure": true, "step": true, "measure": true,
	"measures": true, "action": true, "actions": true,
}

// answerActs gives a charge that names no target ("China condemned the
// move", "China has strongly condemned the order describing it as an
// escalation") the side the story tells acting on the one charging: the
// source of its two-sided events whose target is the accuser, the most
// often told. An attack is answered by answerAttacks; this is the
// decision, order or measure of a government.
func (c *articleCoder) answerActs(reports []*report, toks [][]token) {
	for _, r := range reports {
		if r.ev.Type != "ACCUSE" || r.parties != 1 {
			continue
		}
		self := onlyCountry(r.ev.Actors)
		if self == "" || !condemnsAnAct(toks[r.sentIdx]) {
			continue
		}
		actor := actorOn(reports, self)
		if actor == "" {
			continue
		}
		code := actor
		r.ev.Actors = append(r.ev.Actors, event.Actor{Name: c.countryName(code), Country: &code, Role: event.RoleTarget})
		r.parties++
	}
}

// condemnsAnAct reports a verb of condemning followed, within five words,
// by a noun of an act told before: "condemned the move".
func condemnsAnAct(toks []token) bool {
	for i, t := range toks {
		if !strings.HasPrefix(t.lower, "condemn") && !strings.HasPrefix(t.lower, "denounc") && !strings.HasPrefix(t.lower, "deplor") {
			continue
		}
		for j := i + 1; j < len(toks) && j <= i+5; j++ {
			if toks[j].punct {
				break
			}
			if judgedActs[toks[j].lower] {
				return true
			}
		}
	}
	return false
}

// actorOn is the country the reports show acting on self most often (the
// source of their events whose target is self), the earliest of equals;
// "" when none does.
func actorOn(reports []*report, self string) string {
	count := map[string]int{}
	var order []string
	for _, r := range reports {
		if r.parties < 2 {
			continue
		}
		onSelf := false
		for _, a := range r.ev.Actors {
			if a.Role == event.RoleTarget && a.Country != nil && *a.Country == self {
				onSelf = true
			}
		}
		if !onSelf {
			continue
		}
		for _, a := range r.ev.Actors {
			if a.Role != event.RoleSource || a.Country == nil || *a.Country == "" || *a.Country == self {
				continue
			}
			if count[*a.Country] == 0 {
				order = append(order, *a.Country)
			}
			count[*a.Country]++
			break
		}
	}
	best := ""
	for _, a := range order {
		if count[a] > count[best] {
			best = a
		}
	}
	return best
}
