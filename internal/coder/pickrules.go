package coder

import "strings"

// Which cue of a clause tells its act, and what a participle tail or a
// predicate adds (third real-news pass).

// frontedClause opens a subordinate clause before the main one.
var frontedClause = map[string]bool{"while": true, "whereas": true, "although": true, "though": true, "because": true, "when": true}

// answersBefore reports "response to", "retaliation for", "reaction to" or
// "revenge for" between tokens lo and i: what follows is the act answered.
func answersBefore(toks []token, lo, i int) bool {
	for j := lo; j+1 < i; j++ {
		w, next := toks[j].lower, toks[j+1].lower
		if (w == "response" || w == "reaction" || w == "answer") && next == "to" || (w == "retaliation" || w == "revenge" || w == "reprisal") && next == "for" {
			return true
		}
	}
	return false
}

// predicateCue reports a cue that is a charge written as a predicate: "was
// culpable", "is treacherous". It is an accusation only when someone says
// it of the subject.
func predicateCue(toks []token, m match) bool {
	return beVerbs[toks[m.start].lower] || toks[m.start].lower == "was" || toks[m.start].lower == "were" || perfectCharge(toks, m)
}

// pastSpeech reports a speech act of the sentence told in the past.
func pastSpeech(toks []token, speech []clause) bool {
	for _, r := range speech {
		for i := r.start; i < r.end && i < len(toks); i++ {
			if w := toks[i].lower; w == "said" || w == "told" || len(w) > 4 && strings.HasSuffix(w, "ed") {
				return true
			}
		}
	}
	return false
}

// drawsReaction reports a clause opened by a participle of drawing a
// reaction from others: ", prompting a vow of retaliation from", ",
// drawing condemnation from", ", sparking protests in".
func drawsReaction(toks []token, cl clause) bool {
	i := cl.start
	if i < cl.end && toks[i].lower == "," {
		i++
	}
	if i >= cl.end {
		return false
	}
	switch toks[i].lower {
	case "prompting", "drawing", "sparking", "triggering", "provoking":
		return true
	}
	return false
}

// predicateOf reports a verb cue that is the noun subject's own predicate
// in the passive: "The strike was condemned by Qatar", "the visit has been
// welcomed". The verb tells the news; the noun is what it is about.
func predicateOf(toks []token, noun, verb match) bool {
	noun.end = nounComplementEnd(toks, noun, verb) // "Bolivia's demand for sea access was rejected" (reject43.go)
	if verb.start-noun.end < 1 || verb.start-noun.end > 4 {
		return false
	}
	be := false
	for i := noun.end; i < verb.start; i++ {
		switch w := toks[i].lower; {
		case beVerbs[w] || w == "was" || w == "were" || w == "been" || w == "has" || w == "have":
			be = true
		case strings.HasSuffix(w, "ly"):
		default:
			return false
		}
	}
	return be
}

// drawVerbs have a reaction as their object: "drew condemnation from".
var drawVerbs = map[string]bool{"drew": true, "draws": true, "drawn": true, "sparked": true, "sparks": true,
	"prompted": true, "prompts": true, "triggered": true, "triggers": true, "provoked": true, "provokes": true}

// reactionDrawn finds the noun of a reaction an act drew: in "The strike
// drew swift condemnation from Qatar" the news is Qatar's condemnation.
func reactionDrawn(toks []token, matches []match, cl clause, subject match) (match, bool) {
	for _, m := range matches {
		if !m.noun || m.start <= subject.end || m.start >= cl.end || m.cue.flags.speech {
			continue
		}
		for i := subject.end; i < m.start && i < subject.end+6; i++ {
			if drawVerbs[toks[i].lower] {
				return m, true
			}
		}
	}
	return match{}, false
}
