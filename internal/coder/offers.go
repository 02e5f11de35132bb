package coder

// Rules that tell an offer from the act it names (fifth pass,
// precision). News English puts an offer with a condition to the other
// side ("offered to release the tanker if Iran could guarantee ...",
// "is ready to send a team if Italy so wishes"): nothing was agreed or
// done, and no one has taken it up.

// offerWords open an offer: what follows is put to the other side.
var offerWords = map[string]bool{
	"offer": true, "offers": true, "offered": true, "offering": true,
	"ready": true, "willing": true, "prepared": true,
	"willingness": true, "readiness": true, // "expressed a willingness to collaborate, provided ..." (nineteenth pass)
}

// offerConditions open the condition an offer is made on.
var offerConditions = map[string]bool{"if": true, "provided": true, "providing": true}

// conditionalOffer reports a cue that is, holds, or follows within a few
// words, an offer, with a condition after it in the sentence: the act is only
// offered, on terms the other side has not met. Threats are left alone:
// a threat is conditional by nature ("will strike if attacked").
func conditionalOffer(toks []token, m match) bool {
	if m.cue.Type == "THREATEN" || hostile[m.cue.Type] {
		return false
	}
	offer := false
	for i := m.end - 1; i >= 0 && i >= m.start-4; i-- {
		if i < m.start && toks[i].punct {
			break
		}
		if offerWords[toks[i].lower] {
			offer = true
			break
		}
	}
	if !offer {
		return false
	}
	for i := m.end; i < len(toks); i++ {
		w := toks[i].lower
		if w == "." || w == ";" {
			return false
		}
		if offerConditions[w] || w == "on" && i+1 < len(toks) && toks[i+1].lower == "condition" || asLongAs(toks, i) {
			return !contingency(toks, i+1)
		}
	}
	return false
}

// harmsSuffered name what befalls the side a pledge protects ("willing to
// send arms if it is attacked"): a pledge against a contingency is a
// commitment, not an offer awaiting terms.
var harmsSuffered = map[string]bool{"attacked": true, "invaded": true, "threatened": true, "struck": true, "targeted": true}

// contingency reports a condition, from token i, that is a harm suffered
// within a few words.
func contingency(toks []token, i int) bool {
	for j := i; j < len(toks) && j < i+5; j++ {
		if harmsSuffered[toks[j].lower] {
			return true
		}
	}
	return false
}

// asLongAs reports "as long as" from token i: a condition, as "if" is
// ("ready to allow the flights to land, as long as those on board were not
// treated like criminals"; nineteenth pass).
func asLongAs(toks []token, i int) bool {
	return i+2 < len(toks) && toks[i].lower == "as" && toks[i+1].lower == "long" && toks[i+2].lower == "as"
}
