package coder

// Rules of the seventeenth pass (stop 35) on charges. English news aims a
// verbal attack with "at": "lashed out at China", "hit back at the United
// States for doubling the tariff", "hit out at Moscow". The country after
// that "at" is the one charged, not where the charge was made, though
// "at" before a place is elsewhere a venue ("met at Camp David").

// aimedAt reports a party named right after the "at" that ends a charge's
// cue or follows it ("lashed out at China", "hit back at the United
// States"): the target of the charge, not its venue. At most one word
// ("the") may stand between "at" and the party.
func aimedAt(toks []token, m match, sp span) bool {
	if m.cue.Type != "ACCUSE" || m.noun {
		return false
	}
	at := -1
	switch {
	case m.end >= 1 && m.end <= len(toks) && toks[m.end-1].lower == "at":
		at = m.end - 1 // the cue ends in "at": "hit+ back|out at"
	case m.end < len(toks) && toks[m.end].lower == "at":
		at = m.end // "at" follows the cue: "lash+ out" at
	default:
		return false
	}
	return rightAfter(toks, at, sp.start)
}
