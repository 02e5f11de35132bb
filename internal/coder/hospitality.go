package coder

import (
	"slices"
	"strings"

	"storyline/internal/event"
)

// Welcoming a visitor (fourth pass, precision). "Welcome" is support when
// its object is a decision, a plan or a move ("welcomed the ceasefire",
// "welcomed India's decision"); with a person as its object ("welcomed
// President Putin at the airport", "welcoming leaders to the summit") it
// tells how a host received a guest: part of a visit, not support.

// visitorWords head an object that is a person or a delegation.
var visitorWords = map[string]bool{
	"president": true, "prime": true, "premier": true, "chancellor": true, "minister": true,
	"king": true, "queen": true, "emir": true, "crown": true, "prince": true, "sultan": true,
	"leader": true, "leaders": true, "counterpart": true, "counterparts": true, "guest": true,
	"guests": true, "visitor": true, "visitors": true, "delegation": true, "delegations": true,
	"him": true, "her": true, "them": true, "envoy": true, "secretary": true,
}

// hostCue codes a welcome given to a visitor: a visit whose subject is the
// host, as "welcomed the visiting president" is in data/cues.tsv.
var hostCue = &cue{Type: "CONSULT", Mode: "visit", flags: cueFlags{host: true}, text: "(welcome a visitor)"}

// welcomesVisitor returns the match recoded as a host's welcome when a
// verb "welcome" has a person as its object: a title or a pronoun within
// the first words after it, not a possessive ("welcomed Russia's
// decision").
func welcomesVisitor(toks []token, m match) (match, bool) {
	if m.cue.Type != "SUPPORT" || m.noun || !strings.HasPrefix(toks[m.head].lower, "welcom") || m.end != m.start+1 {
		return m, false
	}
	from := m.end
	if welcomedBy(toks, m) {
		from++ // "was welcomed by the Indian president": the host after the agent's "by" (passive21.go)
	}
	for i := from; i < len(toks) && i < from+3; i++ {
		w := toks[i].lower
		if toks[i].punct || w == "'s" || i+1 < len(toks) && toks[i+1].lower == "'s" {
			return m, false
		}
		if visitorWords[w] {
			// "welcomed President Reagan's statement": the name is the
			// owner of what is welcomed.
			j := i + 1
			for j < len(toks) && toks[j].lower != "'s" && !toks[j].punct && !isLowerWord(toks[j].text) {
				j++
			}
			if j < len(toks) && toks[j].lower == "'s" {
				return m, false
			}
			m.cue = hostCue
			return m, true
		}
	}
	return m, false
}

// splitVisits makes one visit of each host of a trip that names several
// ("will visit Qatar and the United Arab Emirates"): in PLOVER a visit is
// between the visitor and the one country that receives him, so a tour of
// two capitals is two visits. A report whose hosts are told as the
// visitor's company, or with no single visiting country, stays whole.
func splitVisits(rs []*report) []*report {
	var out []*report
	for _, r := range rs {
		if r.ev.Type != "CONSULT" || r.ev.Mode != "visit" {
			out = append(out, r)
			continue
		}
		var source string
		var hosts []string
		split := true
		for _, a := range r.ev.Actors {
			if a.Country == nil || *a.Country == "" {
				continue
			}
			switch a.Role {
			case event.RoleSource:
				if source != "" && source != *a.Country {
					split = false
				}
				source = *a.Country
			case event.RoleTarget:
				if !slices.Contains(hosts, *a.Country) {
					hosts = append(hosts, *a.Country)
				}
			default:
				split = false
			}
		}
		if !split || source == "" || len(hosts) < 2 || slices.Contains(hosts, source) {
			out = append(out, r)
			continue
		}
		for _, h := range hosts {
			cp := *r
			cp.ev.Actors = nil
			for _, a := range r.ev.Actors {
				if a.Country != nil && (*a.Country == source || *a.Country == h) {
					cp.ev.Actors = append(cp.ev.Actors, a)
				}
			}
			if cp.ev.Location != nil && (cp.ev.Location.Country == nil || *cp.ev.Location.Country != h) {
				cp.ev.Location = nil
			}
			cp.ev.Evidence = append([]event.Evidence(nil), r.ev.Evidence...)
			cp.parties = 2
			out = append(out, &cp)
		}
	}
	return out
}
