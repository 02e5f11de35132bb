package coder

import (
	"storyline/internal/actors"
	"storyline/internal/event"
)

// listedMeetings splits a meeting of one subject with a list of three or
// more leaders of other countries into one meeting with each: "On
// Saturday, Xi met with Cambodian Prime Minister Hun Manet, Egyptian Prime
// Minister Mostafa Madbouly and Nepali Prime Minister KP Sharma Oli" tells
// of three talks, not of one four-party meeting. Two listed leaders may
// well be one three-way meeting and stay as they are, unless the talks are
// called bilateral or separate or the leaders are members of a group
// ("several leaders, including"); a meeting the text calls a group's
// (mode multilateral) stays whole.
func listedMeetings(r *report, toks []token, cl clause, m match, spans []span) []*report {
	if r.ev.Type != "CONSULT" || r.ev.Mode == "multilateral" || r.ev.Mode == "visit" {
		return []*report{r}
	}
	subject, objects := "", []string{}
	bound := participleTail(toks, cl, m) // "..., discussing a meeting with X": what was discussed (sides6.go)
	seen := map[string]bool{}
	for _, sp := range spans {
		if sp.start < cl.start || sp.start >= cl.end || sp.m.Country == "" {
			continue
		}
		switch {
		case sp.start < m.start:
			if subject != "" && subject != sp.m.Country {
				return []*report{r} // several subjects: a joint meeting
			}
			subject = sp.m.Country
		case sp.start >= m.end && sp.start < bound && sp.m.Kind == actors.Person && !seen[sp.m.Country]:
			seen[sp.m.Country] = true
			objects = append(objects, sp.m.Country)
		}
	}
	least := 3
	for i := cl.start; i < bound; i++ {
		w := toks[i].lower
		if w == "bilateral" || w == "separate" || w == "including" && i >= 2 && groupNouns[toks[i-2].lower] {
			least = 2 // "bilateral talks with", "several leaders, including": one by one
		}
	}
	if subject == "" || seen[subject] || len(objects) < least {
		return []*report{r}
	}
	out := make([]*report, 0, len(objects))
	for _, o := range objects {
		cp := *r
		cp.ev.Actors = nil
		for _, a := range r.ev.Actors {
			if a.Country != nil && (*a.Country == subject || *a.Country == o) {
				cp.ev.Actors = append(cp.ev.Actors, a)
			}
		}
		if len(cp.ev.Actors) < 2 {
			continue
		}
		cp.ev.Mode = "meet"
		cp.ev.Evidence = append([]event.Evidence(nil), r.ev.Evidence...)
		cp.parties = 2
		out = append(out, &cp)
	}
	if len(out) == 0 {
		return []*report{r}
	}
	return out
}
