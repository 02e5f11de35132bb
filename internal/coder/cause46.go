package coder

// Twenty-eighth pass (stop 46, the reader's pass on cj and ck): the cause
// of an act is given after "in protest at|against|over" as it is after
// "over" (overCause, causes13.go): "Sudan expelled the Iranian ambassador
// in protest at an attack on Saudi Arabia's embassy in Tehran". Whoever
// that phrase names is what the act answers, not a side of it; the one
// named right after the preposition ("in protest at Iran's decision") is
// the one reacted to and stays.

// protestCause reports a mention at token at, after cue m, inside a phrase
// opened by "in protest at|against|over|of" and running to the next comma,
// semicolon or colon, that does not stand right after the preposition.
func protestCause(toks []token, m match, at int) bool {
	opened := -1
	for i := m.end; i < at && i < len(toks); i++ {
		switch w := toks[i].lower; {
		case w == "," || w == ";" || w == ":":
			opened = -1
		case w == "protest" && i > 0 && toks[i-1].lower == "in" && i+1 < len(toks):
			switch toks[i+1].lower {
			case "at", "against", "over", "of":
				opened = i + 1
			}
		}
	}
	return opened >= 0 && !rightAfter(toks, opened, at)
}
