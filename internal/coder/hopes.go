package coder

// An act named after a noun of hope or doubt ("expressed optimism that
// the deal would restore trust", "signaled optimism about restarting
// talks", "voiced doubts over the truce") is what someone expects or
// fears, not an act the sentence reports (fifth pass, precision).

// hopeNouns are the nouns of an expectation.
var hopeNouns = map[string]bool{
	"optimism": true, "pessimism": true, "hope": true, "hopes": true, "confidence": true,
	"doubt": true, "doubts": true, "skepticism": true, "scepticism": true,
}

// hopeLinks join a noun of hope to what is hoped.
var hopeLinks = map[string]bool{"about": true, "that": true, "over": true, "for": true}

// hopedFor reports a cue a few words after a noun of hope and its link,
// with no break between.
func hopedFor(toks []token, m match) bool {
	for i := m.start - 1; i >= 1 && i >= m.start-7; i-- {
		if toks[i].punct {
			return false
		}
		if hopeLinks[toks[i].lower] && hopeNouns[toks[i-1].lower] {
			return true
		}
	}
	return false
}
