package coder

import (
	"maps"
	"regexp"
	"slices"
	"strings"

	"storyline/internal/actors"
	"storyline/internal/event"
	"storyline/internal/nlp"
)

// Twenty-eighth pass (stop 46, the reader's pass on cj and ck). Aid named
// for a list of countries is given to each of them: "an initial $24
// million in assistance for Jamaica, Haiti and the Bahamas", "$12 million
// to Jamaica, $8.5 million to Haiti", "threatened to cut aid to Honduras,
// Guatemala and El Salvador". Money or supplies go to one recipient at a
// time, and a cut of aid ends each country's own aid, so the list tells
// one act per recipient, as one note of protest sent to two capitals is
// two. A joint act on several (diplomats of two countries expelled
// together, a threat to seize two territories) is not a transfer and is
// left whole.

// aidWords name what is given or cut in an act of aid.
var aidWords = regexp.MustCompile(`(?i)\b(aid|assistance|funding|funds|money|relief|supplies|donations?)\b`)

// listGlue is what may stand between two recipients of one list: commas,
// "and", "or", "as well as", articles, "the people of", and the sum and
// preposition that lead each name in a list of amounts ("$8.5 million to").
var listGlue = regexp.MustCompile(`(?i)^(?:[\s,;]|and\b|or\b|as well as\b|the\b|people of\b|to\b|for\b|in\b|us\$|\$|[\d.,]+|million\b|billion\b|thousand\b|dollars\b|assistance\b|aid\b)*$`)

// splitRecipients replaces a report of aid (or of aid cut or threatened)
// with one source country and two or more target countries listed
// together in its sentence by one report per target country.
func splitRecipients(reps []*report, s nlp.Sentence, ms []actors.Mention) []*report {
	var out []*report
	for _, r := range reps {
		out = append(out, recipientReports(r, s, ms)...)
	}
	return out
}

// recipientReports returns r split by recipient, or r alone.
func recipientReports(r *report, s nlp.Sentence, ms []actors.Mention) []*report {
	if !aidAct(r, s.Text) {
		return []*report{r}
	}
	sources, targets := map[string]bool{}, []string{}
	for _, a := range r.ev.Actors {
		if a.Country == nil || *a.Country == "" {
			continue
		}
		switch a.Role {
		case event.RoleSource:
			sources[*a.Country] = true
		case event.RoleTarget:
			if !slices.Contains(targets, *a.Country) {
				targets = append(targets, *a.Country)
			}
		default:
			return []*report{r}
		}
	}
	if len(sources) != 1 || len(targets) == 0 {
		return []*report{r}
	}
	list := recipientList(targets, s, ms)
	if len(list) < 2 || r.ev.Type != "AID" && !aidBefore(s, list[0]) {
		return []*report{r}
	}
	var model event.Actor // the first target, the model of one added from the list
	for _, a := range r.ev.Actors {
		if a.Role == event.RoleTarget && a.Country != nil && *a.Country == targets[0] {
			model = a
			break
		}
	}
	out := make([]*report, 0, len(list))
	for _, m := range list {
		if sources[m.Country] {
			return []*report{r}
		}
		n := *r
		n.ev.Evidence = slices.Clone(r.ev.Evidence)
		n.ev.Topics = slices.Clone(r.ev.Topics)
		n.standIns = maps.Clone(r.standIns)
		n.ev.Actors = slices.DeleteFunc(slices.Clone(r.ev.Actors), func(a event.Actor) bool {
			return a.Role == event.RoleTarget && a.Country != nil && *a.Country != m.Country
		})
		if !slices.ContainsFunc(n.ev.Actors, func(a event.Actor) bool {
			return a.Role == event.RoleTarget && a.Country != nil && *a.Country == m.Country
		}) {
			// "$8.5 million to Haiti" after "$12 million to Jamaica": the
			// list names a recipient the clause did not take as a party.
			a := model
			a.Name, a.Title, a.Sector, a.Basis = countryNameOf(m), nil, "", ""
			country := m.Country
			a.Country = &country
			n.ev.Actors = append(n.ev.Actors, a)
			if n.standIns == nil {
				n.standIns = map[string]bool{}
			}
			n.standIns[a.Name] = true // a bare country: a named person may take its place

		}
		out = append(out, &n)
	}
	return out
}

// countryNameOf is the name a country mention gives its country.
func countryNameOf(m actors.Mention) string {
	if m.Kind == actors.Country && m.Name != "" {
		return m.Name
	}
	return m.Country
}

// aidBefore reports a noun of aid in the few words before the list's
// first country: "threatened to cut aid to Honduras, Guatemala and El
// Salvador", "halted funding for Haiti and Cuba". A threat or sanction on
// several countries that names aid elsewhere in its sentence ("imposed
// sanctions on Russia and Belarus, freezing the funds of 20 officials")
// is one act on all of them.
func aidBefore(s nlp.Sentence, first actors.Mention) bool {
	end := first.Start - s.Start
	if end < 0 || end > len(s.Text) {
		return false
	}
	start := max(0, end-24)
	return aidWords.MatchString(s.Text[start:end])
}

// aidAct reports an AID report, or a threat or sanction whose sentence
// names aid (the aid cut or withheld).
func aidAct(r *report, text string) bool {
	switch r.ev.Type {
	case "AID":
		return true
	case "THREATEN", "SANCTION":
		return aidWords.MatchString(text)
	}
	return false
}

// recipientList returns the country mentions of the list that holds the
// first-written mention of a target: the mentions before and after it
// separated from it only by list glue, one per country, in the order
// written. A target named outside that list breaks it: nil.
func recipientList(targets []string, s nlp.Sentence, ms []actors.Mention) []actors.Mention {
	var in []actors.Mention
	for _, m := range ms {
		if m.Country != "" && !m.Group && !m.Adjective && m.Start >= s.Start && m.End <= s.End {
			in = append(in, m)
		}
	}
	slices.SortFunc(in, func(a, b actors.Mention) int { return a.Start - b.Start })
	first := slices.IndexFunc(in, func(m actors.Mention) bool { return slices.Contains(targets, m.Country) })
	if first < 0 {
		return nil
	}
	glued := func(a, b actors.Mention) bool {
		from, to := a.End-s.Start, b.Start-s.Start
		return from <= to && to <= len(s.Text) && listGlue.MatchString(strings.TrimSpace(s.Text[from:to]))
	}
	lo, hi := first, first
	for lo > 0 && glued(in[lo-1], in[lo]) {
		lo--
	}
	for hi+1 < len(in) && glued(in[hi], in[hi+1]) {
		hi++
	}
	var out []actors.Mention
	for _, m := range in[lo : hi+1] {
		if !slices.ContainsFunc(out, func(o actors.Mention) bool { return o.Country == m.Country }) {
			out = append(out, m)
		}
	}
	for _, t := range targets {
		if !slices.ContainsFunc(out, func(o actors.Mention) bool { return o.Country == t }) {
			return nil
		}
	}
	return out
}
