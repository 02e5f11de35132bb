package coder

import "strings"

// Twenty-eighth pass (stop 46), the reader's pass on groups cl and cm:
// a government judges another's act by naming it with the doer's
// adjective, then the verdict: "called the North Korean threat
// unacceptable", "described the Bolivian statement as unacceptable",
// "branded the Russian move a provocation" (the verdict words are the
// cues'; "provocative", "outrageous", "egregious" were tried at stop 46
// and reverted by check totals). As in "condemned the US
// killing" (condemned20.go), the adjective before the act judged names
// the one charged; elsewhere a country adjective is no party ("called
// the Japanese people brave").

// judgedActs are the acts a verdict is passed on: what a state said or
// did.
var judgedActs = map[string]bool{
	"threat": true, "threats": true, "statement": true, "statements": true, "remarks": true,
	"comments": true, "move": true, "moves": true, "decision": true, "actions": true, "action": true,
	"rhetoric": true, "warning": true, "warnings": true,
}

// judgingVerbs call an act by what they hold it to be.
var judgingVerbs = map[string]bool{
	"called": true, "calls": true, "call": true, "calling": true,
	"described": true, "describes": true, "describe": true, "describing": true,
	"branded": true, "brands": true, "brand": true, "branding": true,
	"labelled": true, "labeled": true, "labels": true, "label": true, "labelling": true, "labeling": true,
}

// judgedDoer reports a country adjective ending before token i that
// names the doer of the act a verdict is passed on: "called the North
// Korean threat", "described the latest Bolivian statement". Up to three
// words (the adjective and any words before it, "latest", "new") stand
// between "the" and the act.
func judgedDoer(toks []token, i int) bool {
	if i >= len(toks) || !judgedActs[toks[i].lower] {
		return false
	}
	for k := i - 2; k >= 1 && k >= i-4; k-- {
		if toks[k].lower == "the" {
			return judgingVerbs[toks[k-1].lower]
		}
	}
	return false
}

// sufferedActs are acts done to people: whose people they are is told
// after "of" ("the expulsion of Russian diplomats", "the arrest of two
// Estonian citizens").
var sufferedActs = map[string]bool{
	"expulsion": true, "expulsions": true, "arrest": true, "arrests": true, "detention": true,
	"deportation": true, "deportations": true, "killing": true, "killings": true, "jailing": true,
	"persecution": true, "treatment": true, "harassment": true, "mistreatment": true,
}

// judgedSufferer reports a country named inside a verdict's cue after an
// act done to people and "of": "called the expulsion of Russian
// diplomats unacceptable" judges whoever expelled them, and Russia, whose
// diplomats were expelled, is not the one charged.
func judgedSufferer(toks []token, m match, sp span) bool {
	if sp.start <= m.start || sp.start >= m.end {
		return false
	}
	i := sp.start - 1
	if i > m.start && (articles[toks[i].lower] || isCount(toks[i].lower)) {
		i--
	}
	return i > m.start && toks[i].lower == "of" && sufferedActs[toks[i-1].lower]
}

// relationsPair reports a country written in a hyphenated pair before a
// noun of ties: "a move to undermine Moldova-Russia relations" names the
// relationship harmed, not a state charged with harming it. The pair is
// one token ("moldova-russia") or, with spaces, three.
func relationsPair(toks []token, sp span) bool {
	if sp.end < 1 || sp.end >= len(toks) || !relationNouns[toks[sp.end].lower] {
		return sp.end+2 < len(toks) && (toks[sp.end].lower == "-" || toks[sp.end].lower == "–") && relationNouns[toks[sp.end+2].lower]
	}
	w := toks[sp.end-1].lower
	return strings.ContainsAny(w, "-–") || sp.start >= 1 && (toks[sp.start-1].lower == "-" || toks[sp.start-1].lower == "–")
}

// spiedOn reports a country named as the one spied on: "charged with
// spying on Cambodia", "accused of espionage against Estonia". In a
// charge it is the state wronged (and, in the passive, the one charging),
// never the one charged.
func spiedOn(toks []token, sp span) bool {
	i := sp.start - 1
	if i >= 0 && toks[i].lower == "the" {
		i--
	}
	if i < 1 || toks[i].lower != "on" && toks[i].lower != "against" {
		return false
	}
	w := toks[i-1].lower
	return w == "spying" || w == "espionage" || w == "spied"
}
