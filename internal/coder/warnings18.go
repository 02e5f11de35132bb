package coder

import "strings"

// A warning that tells what is, not what will be, is no threat (eighteenth
// pass, stop 36). "Warn that" opens a threat when its clause says what
// will happen, or would if something is not done ("warned that it would
// retaliate", "warned that Turkey will face sanctions if ..."). News uses
// the same verb for an alarm about the present or the past: "warning that
// the move has led to a rapid deterioration in dialogue", "warned that
// Russia was trying to fuel discord", "warned that Putin is mocking the
// efforts of the West". With no word of the future, of a condition or of
// an obligation in the clause, and no act of force or threat told after
// it, the warning is a statement of fact.

// futureWords make the clause after "warned that" speak of what is to come
// or of what must be done.
var futureWords = map[string]bool{
	"will": true, "would": true, "'ll": true, "could": true, "can": true, "may": true, "might": true,
	"shall": true, "should": true, "must": true, "if": true, "unless": true, "otherwise": true,
	"or": true, "going": true, "face": true, "consequences": true, "wo": true, "won't": true,
}

// warnsOfFact reports a verb "warn" followed by a that-clause with no word
// of the future, a condition or an obligation, and no act of force,
// coercion or threat told after it.
func warnsOfFact(toks []token, m match, ms []match) bool {
	if m.cue.Type != "THREATEN" || m.noun || !strings.HasPrefix(toks[m.head].lower, "warn") {
		return false
	}
	that := -1
	for i := m.end; i < len(toks) && i < m.end+5; i++ {
		if toks[i].lower == "that" {
			that = i
			break
		}
	}
	if that < 0 {
		return false
	}
	for _, n := range ms {
		if n.start > m.start && (hostile[n.cue.Type] || n.cue.Type == "THREATEN") {
			return false
		}
	}
	for i := that + 1; i < len(toks); i++ {
		w := toks[i].lower
		if w == ";" {
			break
		}
		if futureWords[w] {
			return false
		}
	}
	return true
}
