package coder

import (
	"storyline/internal/actors"
	"storyline/internal/event"
	"storyline/internal/nlp"
)

// Rules of the thirty-third pass (stop 51) on a ruling, verdict or award
// a state refuses.

// decidedNouns name what a court, a tribunal or a panel decides when the
// sentence names the body that decided it ("the arbitration decision",
// "the outcome of the tribunal's proceedings"); alone they are said of
// anything a government decides.
var decidedNouns = map[string]bool{
	"decision": true, "decisions": true, "outcome": true, "result": true,
}

// decidingBodies name the body whose decision is a ruling.
var decidingBodies = map[string]bool{
	"court": true, "tribunal": true, "arbitration": true, "arbitral": true, "arbitrators": true,
	"panel": true, "icj": true, "judges": true, "commission": true,
}

// namesDecidedRuling reports a sentence that names a court's ruling: a
// ruling noun ("ruling", "verdict", "award"), or a decision, outcome or
// result beside the court, tribunal or panel that gave it.
func namesDecidedRuling(toks []token) bool {
	decided, body := false, false
	for i, t := range toks {
		if rulingNouns[t.lower] && !verbSlot(toks, i) {
			return true
		}
		decided = decided || decidedNouns[t.lower]
		body = body || decidingBodies[t.lower]
	}
	return decided && body
}

// verbSlot reports a word after "to", a modal, "not" or a subject
// pronoun: a verb there ("would award exploration licences", "to award
// the contract"), not a ruling.
func verbSlot(toks []token, i int) bool {
	if i == 0 {
		return false
	}
	switch toks[i-1].lower {
	case "to", "will", "would", "could", "should", "may", "might", "can", "not", "they", "we", "it", "he", "she", "i", "you":
		return true
	}
	return false
}

// stateRefusesRuling reports a refusal of a court's ruling by a state
// itself ("Honduras will not implement the verdict of the international
// court", "Peru rejected the court's ruling"): the court words make the
// sentence read as court work, but a state that refuses a ruling answers
// the other side of the case, it judges no one at home.
func (c *articleCoder) stateRefusesRuling(toks []token, r *report) bool {
	if r.ev.Type != "REJECT" || !namesDecidedRuling(toks) {
		return false
	}
	for _, a := range r.ev.Actors {
		if a.Role == event.RoleSource && a.Country != nil && *a.Country != "" && a.Title == nil && a.Name == c.countryName(*a.Country) {
			return true
		}
	}
	return false
}

// rulingSides gives a refusal of a ruling that names only the refusing
// state the other side of the dispute the ruling settled: the country the
// page pairs with the refusing one (pagePartner), when the story names no
// claimant that brought the case (rulingClaimants). A ruling is given
// between two parties; news names the other once ("the maritime boundary
// with Togo", "the verdict was applauded by Namibia, but Botswana said it
// would never abide by it", a story about the two) and then tells the
// refusal with the refusing state alone. A sentence that names a third
// country leaves the side in doubt. The side is marked as found on the
// page when the sentence does not name it.
func (c *articleCoder) rulingSides(reports []*report, sents []nlp.Sentence, toks [][]token, ms []actors.Mention) {
	var named [][]string
	for _, r := range reports {
		if r.ev.Type != "REJECT" || r.sentIdx >= len(sents) {
			continue
		}
		self := onlyCountry(r.ev.Actors)
		if self == "" || !countrySources(r.ev.Actors) || !namesDecidedRuling(toks[r.sentIdx]) {
			continue
		}
		if named == nil {
			named = sentenceCountries(sents, ms)
		}
		other := pagePartner(named, self)
		if other == "" {
			continue
		}
		inSentence, third := false, false
		for _, x := range named[r.sentIdx] {
			inSentence = inSentence || x == other
			third = third || x != other && x != self
		}
		if third {
			continue // "defied the ruling and ignored calls from India and the US": the sentence names others
		}
		code := other
		a := event.Actor{Name: c.countryName(code), Country: &code, Role: event.RoleTarget}
		if !inSentence {
			a.Basis = event.ActorBasisPage
		}
		r.ev.Actors = append(r.ev.Actors, a)
		r.parties++
	}
}

// butSpeaker reports a speech verb whose clause opens with "but" and whose
// words open with a pronoun subject ("The verdict was applauded by Namibia,
// but Botswana said it would never abide by it"): the second side's answer
// is a head and its words, as after "while" (pronounAfterHead), not a
// tail naming the source of the act before.
func butSpeaker(toks []token, start int, m match) bool {
	but := start < m.start && toks[start].lower == "but" || start > 0 && toks[start-1].lower == "but"
	return but && pronounAfterHead(toks, m)
}

// namedSpeakerClause reports a clause at i opened by a name and a verb of
// saying ("Botswana said it would never abide by it"): after a bare "but"
// it is the other side's answer, a clause of its own ("The verdict was
// applauded by Namibia but Botswana said it would never abide by it"), as
// after ", but".
func namedSpeakerClause(toks []token, i int) bool {
	if !namedSubjectClause(toks, i) {
		return false
	}
	k := i
	for k < len(toks) && !toks[k].punct && !isLowerWord(toks[k].text) {
		k++
	}
	return k < len(toks) && speechWord(toks[k].lower)
}

// voidWords judge a ruling void: the last word of a REJECT cue of
// judgement ("was null and void", "is not valid", "has no legal effect").
var voidWords = map[string]bool{
	"invalid": true, "void": true, "illegitimate": true, "non-binding": true,
	"valid": true, "binding": true, "legitimate": true,
	"effect": true, "force": true, "validity": true,
}

// rulingJudgement reports a REJECT cue that judges a thing void, invalid
// or without legal effect.
func rulingJudgement(toks []token, m match) bool {
	return m.cue.Type == "REJECT" && m.end > 0 && voidWords[toks[m.end-1].lower]
}

// judgedRuling reports a ruling named within twenty words before a
// judgement of it ("the court's ruling on the fishing zone shared with
// Chile was not valid", "The award, which the government said had no
// legal force"): the one who judges a ruling void refuses it. A judgement of
// anything else ("the law is invalid") is no refusal.
func judgedRuling(toks []token, m match) bool {
	decided, body := false, false
	for k := m.start - 1; k >= 0 && k >= m.start-20; k-- {
		w := toks[k].lower
		if rulingNouns[w] && !verbSlot(toks, k) {
			return true
		}
		decided = decided || decidedNouns[w]
		body = body || decidingBodies[w]
	}
	return decided && body
}
