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

// despiteNouns are what one side presses on another that a refusal goes
// against: "despite U.S. pressure", "despite South Korea's objections".
// ("despite pressure from China" names China as a noun, kept already.)
var despiteNouns = map[string]bool{
	"pressure": true, "demand": true, "demands": true, "call": true, "calls": true, "request": true, "requests": true,
	"appeal": true, "appeals": true, "plea": true, "pleas": true, "warning": true, "warnings": true,
	"objection": true, "objections": true, "protest": true, "protests": true, "threat": true, "threats": true,
}

// despiteReach is how many words before the mention "despite" may stand:
// "despite repeated U.S. warnings".
const despiteReach = 4

// refusedDespite reports the side whose pressure a refusal defies, named
// after "despite" past the refusal's cue: "refused to change the name
// despite Chinese pressure", "refused to halt the offensive despite U.S.
// calls for a ceasefire". English news tells who asked in that phrase; the one
// who refused turned that side down, so it is the side refused, not a
// scene.
func refusedDespite(toks []token, sp span, m match, typ string) bool {
	if typ != "REJECT" || sp.start < m.end {
		return false
	}
	d := -1
	for i := sp.start - 1; i >= m.end && i >= sp.start-despiteReach; i-- {
		if toks[i].punct && toks[i].lower != "-" && toks[i].lower != "'s" {
			return false
		}
		if toks[i].lower == "despite" {
			d = i
			break
		}
	}
	if d < 0 {
		return false
	}
	next := nextWord(toks, sp.end)
	if next == "'s" {
		next = nextWord(toks, sp.end+1)
	}
	return despiteNouns[next] // "despite U.S. calls", "despite South Korea's objections"
}
