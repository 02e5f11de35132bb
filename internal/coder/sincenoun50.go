package coder

// A span from a year can belong to a noun rather than to the perfect verb
// before it: "have signed an accord ending the visa regime in force since
// 2001", "has reopened the crossing closed since 2015". The words right
// before "since" say the noun's state ("in force", "active", "closed"),
// and the span measures how long that state held; the verb is the news of
// the day. "Russia has supported Venezuela since 1999" measures the verb
// and stays a state (habit19.go).

// nounStates are the words of a state a noun is in, right before "since".
var nounStates = map[string]bool{
	"active": true, "valid": true, "effective": true, "existing": true, "unchanged": true,
	"dormant": true, "frozen": true, "closed": true, "shut": true, "suspended": true,
	"stalled": true, "vacant": true, "pending": true, "force": true, "place": true,
	"operational": true, "applicable": true,
}

// nounStateSince reports "since" at i right after a word of a noun's state.
func nounStateSince(toks []token, i int) bool {
	return i > 0 && nounStates[toks[i-1].lower]
}
