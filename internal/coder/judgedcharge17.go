package coder

import "strings"

// A charge judged, not denied with a verb: "Norway's accusations are
// unfounded", "said the British allegations were unacceptable",
// "considers London's statements ... to be vague". News tells the accused
// side's answer with the charge noun as subject and a judgement of it as
// predicate. The one who judges rejects the charge; the accuser is the
// side the charge noun names with its possessive, adjective or "from"
// phrase. A judgement of an act ("the Russian action was unacceptable")
// stays a charge against its doer (judged8.go).

// judgedChargeNouns name a charge that a judgement of its truth rejects.
var judgedChargeNouns = map[string]bool{
	"accusation": true, "accusations": true, "allegation": true, "allegations": true,
	"claim": true, "claims": true, "charge": true, "charges": true,
	// "said Germany's account was inconsistent with the facts" (stop 46)
	"account": true, "accounts": true, "version": true, "information": true,
}

// untrueWords judge a statement untrue rather than wrong: said of a
// government's statements ("London's statements are vague") they reject
// it, where "unacceptable" would reproach its author.
var untrueWords = map[string]bool{
	"baseless": true, "unfounded": true, "groundless": true, "absurd": true, "false": true,
	"vague": true, "illogical": true, "untrue": true, "fabricated": true, "unsubstantiated": true,
	"ridiculous": true, "nonsense": true, "contradictory": true,
	"inconsistent": true, // "inconsistent with the facts" (stop 46)
}

// chargeOpeners may stand before a charge noun that heads a subject
// ("the accusations", "such allegations", "these claims").
var chargeOpeners = map[string]bool{
	"the": true, "these": true, "those": true, "such": true, "this": true, "that": true,
	"its": true, "their": true, "all": true, "any": true, "new": true, "latest": true,
}

// judgedCharge returns the index of the charge noun a judgement cue (a
// copula cue, or "consider ... to be") judges, or -1: the nearest charge
// noun before the judgement word, within twenty words of its clause, that
// opens its noun phrase (only an article, a possessive or a named side
// before it, then the clause's start, "that", a comma or a speech verb).
func judgedCharge(toks []token, cl clause, m match, spans []span) int {
	if m.cue.Type != "ACCUSE" && m.cue.Type != "REJECT" {
		return -1
	}
	if !predicateCue(toks, m) && !considerCue(toks, m) {
		return -1
	}
	from := m.start
	if considerCue(toks, m) {
		from = m.end - 1
	}
	for k := from - 1; k >= cl.start && k >= from-20; k-- {
		w := toks[k].lower
		if judgedChargeNouns[w] || w == "statements" && untrueJudged(toks, m) {
			if opensPhrase(toks, cl, k, spans) {
				return k
			}
			return -1
		}
	}
	return -1
}

// chargeContent drops the sides named in what a judged charge says
// ("accusations from the UK targeting Russia for its meddling", "London's
// statements about the alleged Russian interference"): the charge's
// content names the one it accuses, who is the one judging it. The
// accuser stays: before the noun, or in a "from" or "by" phrase right
// after it.
func chargeContent(toks []token, k int, m match, spans []span) []span {
	end := m.start
	if considerCue(toks, m) {
		end = m.end
	}
	from := k+1 < len(toks) && (toks[k+1].lower == "from" || toks[k+1].lower == "by")
	var out []span
	for _, sp := range spans {
		accuser := from && sp.start <= k+3 // "from the UK", "by Britain"
		if sp.start > k && sp.start < end && !accuser {
			continue
		}
		out = append(out, sp)
	}
	return out
}

// considerCue reports a cue opened by "consider" or "deem".
func considerCue(toks []token, m match) bool {
	return considerWord(toks[m.start].lower)
}

// untrueJudged reports a cue whose judgement word judges truth.
func untrueJudged(toks []token, m match) bool {
	return untrueWords[toks[m.end-1].lower]
}

// opensPhrase reports a charge noun at k whose noun phrase opens right
// before it: up to three words of article, possessive or named side.
func opensPhrase(toks []token, cl clause, k int, spans []span) bool {
	for j := k - 1; j >= cl.start && j >= k-4; j-- {
		w := toks[j].lower
		switch {
		case w == "that" && j < k-1:
			return true // "told reporters that Norway's accusations ..."
		case chargeOpeners[w] || inSpans(j, spans) || w == "'s" || w == "’s" || strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s"):
			continue
		case w == "," || toks[j].punct || speechWord(w) || considerWord(w):
			return true
		default:
			return false
		}
	}
	return true
}

// speechWord reports a verb of saying that may stand before a subject.
func speechWord(w string) bool {
	switch w {
	case "said", "says", "say", "told", "tells", "added", "stated", "insisted", "retorted", "noted", "wrote":
		return true
	case "saying", "adding", "insisting", "noting", "stating", "telling":
		return true // "pushed back, saying Chile's accusations were baseless" (stop 46)
	}
	return false
}

// considerWord reports a form of "consider" or "deem".
func considerWord(w string) bool {
	return strings.HasPrefix(w, "consider") || strings.HasPrefix(w, "deem")
}

// inSpans reports a token inside a named side.
func inSpans(k int, spans []span) bool {
	for _, sp := range spans {
		if k >= sp.start && k < sp.end {
			return true
		}
	}
	return false
}
