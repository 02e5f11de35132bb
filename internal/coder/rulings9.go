package coder

import (
	"strings"

	"storyline/internal/actors"
	"storyline/internal/event"
	"storyline/internal/nlp"
)

// Rules of the ninth pass (stop 27) on what governments say to each other:
// a court's ruling rejected.

// rulingNouns name what a court or a tribunal decides: rejecting one of
// them rejects the party that won it.
var rulingNouns = map[string]bool{
	"ruling": true, "rulings": true, "verdict": true, "award": true, "judgment": true,
	"judgement": true, "findings": true,
}

// caseNouns name a case put before a court or a tribunal.
var caseNouns = map[string]bool{
	"case": true, "arbitration": true, "complaint": true, "lawsuit": true, "suit": true,
	"petition": true, "claim": true, "claims": true, "proceedings": true,
}

// bringVerbs put a case before a court: "the case brought by", "which
// filed the complaint".
var bringVerbs = map[string]bool{
	"brought": true, "filed": true, "initiated": true, "lodged": true, "launched": true, "instituted": true,
}

// rulingClaimants gives a refusal of a ruling ("China rejected the
// tribunal's ruling", "refused to recognize the award") that names only
// the one who refuses the party that brought the case, as the story names
// it elsewhere: "an arbitration case brought by the Philippines against
// China", "The Philippines, which brought the case", "the arbitration
// case unilaterally initiated by the Philippines", "established at the
// request of the Philippines", "the Philippines asked in 2013 for
// arbitration". A court is no side; the one who took the other to it is
// the one its ruling is refused to.
func (c *articleCoder) rulingClaimants(reports []*report, sents []nlp.Sentence, toks [][]token, ms []actors.Mention) {
	var claimants []string
	done := false
	for _, r := range reports {
		if r.ev.Type != "REJECT" {
			continue
		}
		self := onlyCountry(r.ev.Actors)
		if self == "" || !countrySources(r.ev.Actors) || !namesRuling(toks[r.sentIdx]) {
			continue
		}
		if !done {
			claimants, done = caseClaimants(sents, toks, ms), true
		}
		for _, code := range claimants {
			if code == self {
				continue
			}
			r.ev.Actors = append(r.ev.Actors, event.Actor{Name: c.countryName(code), Country: &code, Role: event.RoleTarget})
			r.parties++
			break
		}
	}
}

// countrySources reports actors whose countries are all sources: the one
// who refuses, with at most a body of no country beside it.
func countrySources(as []event.Actor) bool {
	for _, a := range as {
		if a.Country != nil && *a.Country != "" && a.Role != event.RoleSource {
			return false
		}
	}
	return true
}

// namesRuling reports a sentence that names a court's ruling.
func namesRuling(toks []token) bool {
	for _, t := range toks {
		if rulingNouns[t.lower] {
			return true
		}
	}
	return false
}

// caseClaimants lists, in story order, the countries the story says
// brought a case.
func caseClaimants(sents []nlp.Sentence, toks [][]token, ms []actors.Mention) []string {
	var out []string
	for si, s := range sents {
		ts := toks[si]
		for i, t := range ts {
			code := ""
			switch {
			case bringVerbs[t.lower] && caseBefore(ts, i):
				// "the case brought by the Philippines", "initiated by the former Philippine government"
				j := i + 1
				if j < len(ts) && strings.HasSuffix(ts[j].lower, "ly") {
					j++
				}
				if j < len(ts) && ts[j].lower == "by" {
					code = countryAt(s, ts, ms, j+1, j+7)
				}
			case bringVerbs[t.lower] && caseAfter(ts, i):
				// "The Philippines, which brought the arbitration case against China"
				code = countryAt(s, ts, ms, 0, i)
			case t.lower == "request" && i >= 2 && ts[i-1].lower == "the" && ts[i-2].lower == "at" && i+1 < len(ts) && ts[i+1].lower == "of" && caseIn(ts):
				// "established at the request of the Philippines"
				code = countryAt(s, ts, ms, i+2, i+5)
			case (t.lower == "asked" || t.lower == "applied") && forArbitration(ts, i):
				// "The Philippines asked in 2013 for arbitration"
				code = countryAt(s, ts, ms, 0, i)
			}
			if code != "" {
				out = append(out, code)
			}
		}
	}
	return out
}

// caseBefore reports a case noun within six words before i ("the
// arbitration when it was unilaterally initiated by").
func caseBefore(ts []token, i int) bool {
	for j := i - 1; j >= 0 && j >= i-6; j-- {
		if caseNouns[ts[j].lower] {
			return true
		}
	}
	return false
}

// caseAfter reports a case noun within four words after i, with no
// punctuation between.
func caseAfter(ts []token, i int) bool {
	for j := i + 1; j < len(ts) && j <= i+4; j++ {
		if ts[j].punct {
			return false
		}
		if caseNouns[ts[j].lower] {
			return true
		}
	}
	return false
}

// caseIn reports a sentence that names a case.
func caseIn(ts []token) bool {
	for _, t := range ts {
		if caseNouns[t.lower] {
			return true
		}
	}
	return false
}

// forArbitration reports "for arbitration" within four words after i.
func forArbitration(ts []token, i int) bool {
	for j := i + 1; j+1 < len(ts) && j <= i+4; j++ {
		if ts[j].lower == "for" && ts[j+1].lower == "arbitration" {
			return true
		}
	}
	return false
}

// countryAt is the country of the first mention of a country or its
// government that starts within tokens [from, to) of a sentence, or "".
func countryAt(s nlp.Sentence, ts []token, ms []actors.Mention, from, to int) string {
	to = min(to, len(ts))
	if from >= to {
		return ""
	}
	lo, hi := s.Start+ts[from].start, s.Start+ts[to-1].end
	for _, m := range ms {
		if m.Start >= hi {
			break
		}
		if m.Start >= lo && m.Country != "" && !m.Group {
			return m.Country
		}
	}
	return ""
}
