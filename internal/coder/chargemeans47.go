package coder

import "strings"

// The means of a charged act: in "blamed China for violating its
// sovereignty by deploying an oil rig" or "accused Japan of breaking the
// accord by tightening export curbs", the "by" phrase tells how the
// accused did what it is charged with. English attaches it to the
// gerund after "of" or "for", not to the verb of charging, so it is no
// second act of the accuser and the clause is not cut before it.

// chargingStems open the verbs of charging whose "of" or "for" phrase
// holds the act charged.
var chargingStems = []string{"accus", "blam", "charg", "fault", "critici", "condemn", "denounc", "censur", "rebuk", "slam", "responsib"}

// chargedMeans reports a "by" at i that follows, in the words from start,
// a verb of charging and then "of" or "for" with a gerund: the means of
// the act charged.
func chargedMeans(toks []token, start, i int) bool {
	if toks[i].lower != "by" {
		return false
	}
	charge := -1
	for k := start; k < i; k++ {
		if toks[k].punct && toks[k].lower != "," && toks[k].lower != "-" {
			charge = -1
			continue
		}
		w := toks[k].lower
		if chargingVerb(toks, k) {
			charge = k
		}
		if charge >= 0 && k > charge && k <= charge+6 && (w == "of" || w == "for") && k+1 < i && strings.HasSuffix(toks[k+1].lower, "ing") && len(toks[k+1].lower) > 4 {
			return true
		}
	}
	return false
}

// chargingVerb reports a verb (or "responsible") of chargingStems at k. A
// noun of charging ("reacted to criticism for hosting the talks by
// summoning the envoy", "answered the accusations of spying by expelling")
// names a charge another made: the "by" phrase after it is the means of
// the clause's own act, which is cut there as before.
func chargingVerb(toks []token, k int) bool {
	w := toks[k].lower
	for _, suf := range []string{"ation", "ations", "ism", "isms"} {
		if strings.HasSuffix(w, suf) {
			return false
		}
	}
	if k > 0 && (determiners[toks[k-1].lower] || chargeNounBefore[toks[k-1].lower]) {
		return false
	}
	for _, st := range chargingStems {
		if strings.HasPrefix(w, st) {
			return true
		}
	}
	return false
}

// chargeNounBefore are words after which a word of charging is a noun
// ("to charges of", "'s accusations").
var chargeNounBefore = map[string]bool{"to": true, "of": true, "on": true, "over": true, "'s": true, "new": true, "fresh": true, "such": true}
