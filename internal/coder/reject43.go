package coder

// Twenty-fifth pass (stop 43): refusals read from wire sentences written by
// hand.

// complementOpeners open the phrase that completes a noun of request or
// proposal: "the demand for sea access", "a request to extradite the
// suspect", "the call on Tokyo".
var complementOpeners = map[string]bool{"for": true, "to": true, "of": true, "on": true, "over": true, "against": true}

// complementStops open another clause inside the words after the noun.
var complementStops = map[string]bool{"because": true, "after": true, "as": true, "while": true, "when": true,
	"since": true, "that": true, "which": true, "who": true, "and": true, "but": true, "before": true, "until": true}

// nounComplementReach is how many words the noun's complement may run
// before the form of "be" that opens its predicate.
const nounComplementReach = 8

// nounComplementEnd is where the phrase completing the noun subject ends
// when a passive predicate follows it: English news puts what was asked or
// proposed between the noun and its verb ("Bolivia's demand for sea access
// was rejected by Chile", "A U.S. request to extradite the cartel leader
// was refused by Mexico"), so the noun is still the subject the verb tells
// of. Without such a phrase, or when punctuation or no form of "be" closes
// it, the noun's own end is kept.
func nounComplementEnd(toks []token, noun, verb match) int {
	// The cue may hold its opener itself ("call for", "appeal for").
	opened := noun.end-noun.start > 1 && complementOpeners[toks[noun.end-1].lower]
	if noun.end >= verb.start || !opened && !complementOpeners[toks[noun.end].lower] {
		return noun.end
	}
	for i := noun.end + 1; i < verb.start && i <= noun.end+nounComplementReach; i++ {
		w := toks[i].lower
		if toks[i].punct && w != "-" && w != "'s" || complementStops[w] {
			return noun.end // "a planned trip to Denmark because she has rejected": another clause
		}
		if w == "was" || w == "were" || w == "is" || w == "are" ||
			(w == "has" || w == "have" || w == "had") && i+1 < len(toks) && toks[i+1].lower == "been" {
			return i // the passive's auxiliary
		}
	}
	return noun.end
}
