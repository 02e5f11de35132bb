package coder

import "strings"

// Twenty-second pass (stop 40): the strike a threat holds out. News tells a
// threat by the act it promises: "Iran threatened to attack Israel",
// "warned it would strike US bases", "threatened to launch an attack on
// Israel". The attack word there is the threatener's own act, in the
// infinitive, after a modal or as the object of a verb of launching, and
// the country after it is the one threatened. Only the noun of a deed
// already done or feared from someone else ("warned of an attack on
// Israel", "condemned the strike on Qatar") names a victim who is no side
// of the words (afterAttackNoun, sides.go).

// modalsOfIntent are the words before a base form that promise the act.
var modalsOfIntent = map[string]bool{"to": true, "will": true, "would": true, "'ll": true, "could": true, "might": true, "shall": true}

// launchVerbs carry out an attack named as a noun: "to launch an attack on".
var launchVerbs = map[string]bool{"launch": true, "carry": true, "conduct": true, "mount": true, "stage": true, "order": true}

// ownStrikeThreatened reports that every attack word between a threat cue m
// and the mention at token at is the threatener's promised act, so the
// mention is the side threatened, not a victim named by the act.
func ownStrikeThreatened(toks []token, m match, at int, typ string) bool {
	if typ != "THREATEN" || m.noun {
		return false
	}
	seen := false
	for i := m.end; i < at && i < len(toks); i++ {
		if !attackNouns[toks[i].lower] {
			continue
		}
		if !promisedAct(toks, m.end, i) && !threatObject(toks, m, i) {
			return false
		}
		seen = true
	}
	return seen
}

// promisedAct reports that the attack word at i is a base form after "to"
// or a modal ("to attack", "would strike"), or the object of a launching
// verb in such a form ("to launch an attack", "would carry out strikes"),
// looking back no further than lo.
func promisedAct(toks []token, lo, i int) bool {
	if i-1 >= lo && modalsOfIntent[toks[i-1].lower] {
		return true
	}
	for j := i - 1; j >= lo && j >= i-4; j-- {
		if launchVerbs[toks[j].lower] {
			return j-1 >= lo && modalsOfIntent[toks[j-1].lower]
		}
	}
	return false
}

// paidPrice reports a threat cue told by the price its target will pay
// ("said Iran would pay a heavy price", data/cues.tsv, twenty-second
// pass): the subject of "pay" is the one threatened and the speaker makes
// the threat, as with a tariff the target "would face" (facethreat18.go).
func paidPrice(toks []token, m match) bool {
	if m.cue.Type != "THREATEN" || m.end-1 <= m.start || toks[m.end-1].lower != "price" {
		return false
	}
	for i := m.start; i < m.end; i++ {
		if toks[i].lower == "pay" {
			return true
		}
	}
	return false
}

// objectBreakers end the object of a threat verb before an attack word:
// "warned of an attack on", "threatened Israel with strikes on Gaza".
var objectBreakers = map[string]bool{
	"of": true, "about": true, "against": true, "to": true, "with": true, "that": true, "on": true,
	"over": true, "for": true, "from": true, "by": true, ",": true, "after": true, "amid": true,
}

// threatObject reports an attack word at i that is the object of a verb of
// threatening or vowing ("threatened a merciless strike on South Korea",
// "threatened military strikes against Israel"): only determiners,
// adjectives and quotation marks stand between.
func threatObject(toks []token, m match, i int) bool {
	verb := toks[m.head].lower
	if !strings.HasPrefix(verb, "threat") && !strings.HasPrefix(verb, "vow") {
		return false
	}
	for j := m.end; j < i; j++ {
		w := toks[j].lower
		if objectBreakers[w] || !toks[j].punct && !isLowerWord(toks[j].text) {
			return false
		}
	}
	return true
}
