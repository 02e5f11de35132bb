package coder

import "storyline/internal/nlp"

// Rules of the eighth pass (stop 26) on threats and the reactions to
// them.

// forceNouns name the act of force a threat holds out: "threatened a
// military intervention", "not ruling out military action".
var forceNouns = map[string]bool{
	"intervention": true, "action": true, "strike": true, "strikes": true, "airstrike": true, "airstrikes": true,
	"attack": true, "attacks": true, "invasion": true, "operation": true, "incursion": true, "offensive": true,
	"force": true, "option": true, "war": true, "involvement": true,
}

// threatenedPlace reports a place named as where the force a threat holds
// out would be used ("threatened a military intervention in Venezuela",
// "the threat of military action in Syria"): "in" right after a noun of
// force that follows the cue. The place is where the act would land, so
// its country is the one threatened, not the venue of the words.
func threatenedPlace(toks []token, m match, sp span, typ string) bool {
	if typ != "THREATEN" || sp.start <= m.start {
		return false
	}
	k := sp.start - 1
	for k > m.start && (toks[k].lower == "the" || compassWords[toks[k].lower] && isLowerWord(toks[k].text)) {
		k--
	}
	return k > m.start && toks[k].lower == "in" && forceNouns[toks[k-1].lower]
}

// judgesThreat reports a judgement predicated of a threat told as a noun
// before it: in "Trump's threat of military intervention was an act of
// craziness, the minister said" the news is the minister's charge, not
// the threat, which the story tells elsewhere.
func judgesThreat(toks []token, noun, verb match) bool {
	return noun.cue.Type == "THREATEN" && verb.cue.Type == "ACCUSE" && predicateCue(toks, verb)
}

// threatJudged returns the threat a judgement of it names as its subject
// (judgesThreat), or nil: the charge against the threat does not unsay
// it, so the clause reports both, the threat with the parties it names
// ("Trump's threat of military intervention in Venezuela").
func (c *articleCoder) threatJudged(s nlp.Sentence, toks []token, cl clause, m match, matches []match, spans []span, speech []clause, main *report) *report {
	if main == nil || m.cue.Type != "ACCUSE" || !predicateCue(toks, m) {
		return nil
	}
	for _, n := range matches {
		if n.start >= cl.start && n.start < m.start && judgesThreat(toks, n, m) && n.noun {
			return c.buildReport(s, toks, cl, n, "THREATEN", main.ev.Status, spans, speech)
		}
	}
	return nil
}
