package coder

import "storyline/internal/event"

// A noun of an act whose doer is named after it, by "from" or "by", was
// not done by the subject that holds it: "Britain approved an extradition
// request from the United States", "Israel faced condemnation from Qatar".
// The subject is the one the act is done to. roleOf takes whatever comes
// before the cue as its doer, so without this the subject and the doer
// were both sources and the event had no side it was done to.

// doerNamedAfter turns the sources named before a noun cue into targets
// when a party right after its "from" or "by" ("from the") is the doer.
func doerNamedAfter(typ string, toks []token, m match, parties []*party) []*party {
	if symmetric[typ] || !m.noun || m.end >= len(toks) {
		return parties
	}
	if w := toks[m.end].lower; w != "from" && w != "by" {
		return parties
	}
	named := false
	for _, p := range parties {
		if p.role == event.RoleSource && rightAfter(toks, m.end, p.at) {
			named = true
		}
	}
	if !named {
		return parties
	}
	for _, p := range parties {
		if p.at < m.start && p.role == event.RoleSource {
			p.role = event.RoleTarget
		}
	}
	return parties
}
