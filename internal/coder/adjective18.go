package coder

import "strings"

// Eighteenth pass (stop 36), extras: a participle after an adverb of
// manner, inside a noun phrase, is an adjective. News English names a
// government, a border or a deal by the standing others gave it: "Libya's
// internationally recognised government", "within its internationally
// recognized borders", "the nation's democratically elected assembly".
// The participle there tells what the thing is, not an act of the page;
// the act, when it is news, is told with a verb ("Russia has formally
// recognised the Taliban") or a noun ("Russia's recognition of").

// adverbParticiple reports a one-word past participle cue right after an
// adverb in "-ly" that itself follows a determiner, a possessive or a
// preposition, and right before the noun it describes: the noun phrase
// "[the|its|X's|within] internationally recognised government". A
// subject or an auxiliary before the adverb ("Russia officially
// recognised", "has formally recognised") makes the participle a verb,
// and a noun phrase after "is" or "became" ("it is a fully sanctioned
// entity", "became a formally recognised state") says what the subject
// now is: the state the news leaves it in, kept.
func adverbParticiple(toks []token, m match) bool {
	if m.noun || m.form != formPast && m.form != formParticiple || m.start < 2 || m.end != m.start+1 || m.end >= len(toks) {
		return false
	}
	adv := toks[m.start-1]
	if !isLowerWord(adv.text) || len(adv.lower) < 5 || !strings.HasSuffix(adv.lower, "ly") {
		return false
	}
	before := strings.ReplaceAll(toks[m.start-2].lower, "’", "'")
	if !determiners[before] && !adjectivePrepositions[before] {
		return false
	}
	if m.start >= 3 && copulaWords[toks[m.start-3].lower] {
		return false
	}
	next := toks[m.end]
	return !next.punct && !phraseEnders[next.lower] && !determiners[next.lower]
}

// copulaWords put a noun phrase after them as what the subject is.
var copulaWords = map[string]bool{
	"is": true, "are": true, "was": true, "were": true, "be": true, "been": true, "being": true,
	"become": true, "becomes": true, "became": true, "remains": true, "remain": true, "remained": true,
}
