package coder

import "strings"

// Twenty-sixth pass (stop 44): a release told of one held, named by a
// reduced relative ("A Japanese academic detained in Beijing since
// September has been released"). The participle of detention after its
// noun, with no auxiliary, is a passive whose subject is the one held, not
// the one holding: the main verb is the passive release after it.

// heldReduced reports a detention participle at m.start that ends a noun
// phrase as a reduced relative ("academic detained in Beijing",
// "Canadians held in China") and is followed in the sentence by a passive
// release of that noun ("has been released", "were freed"): the sentence's
// main verb is the release, so the detention is passive. A subject and a
// past verb ("China detained a Japanese academic in March and has
// released him") leaves no such release: "and" stops the search.
func heldReduced(toks []token, m match) bool {
	if m.start < 1 || m.end >= len(toks) || !heldVerbs[toks[m.start].lower] {
		return false
	}
	prev := toks[m.start-1]
	if prev.punct || beforeParticiple[prev.lower] || subjectPronouns[prev.lower] || articles[prev.lower] {
		return false
	}
	switch toks[m.end].lower {
	case "in", "by", "since", "for", "at", "on":
	default:
		return false
	}
	for k := m.end; k < len(toks); k++ {
		w := toks[k].lower
		if (w == "since" || w == "until") && k+1 < len(toks) && sinceWhen(toks[k+1]) {
			continue // "detained in Beijing since September": a time, not a clause
		}
		if releaseStoppers[w] {
			return false
		}
		if releasedVerbs[w] && doneBefore(toks, k) {
			return true
		}
	}
	return false
}

// sinceWhen reports the word after "since" that begins a time ("since
// September", "since 2019", "since mid-February", "since last year"), not
// a clause ("since he was released").
func sinceWhen(t token) bool {
	if t.text == "" {
		return false
	}
	c := t.text[0]
	return c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' || strings.HasPrefix(t.lower, "mid") || t.lower == "last" || t.lower == "early" || t.lower == "late"
}
