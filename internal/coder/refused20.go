package coder

// Rules of the twenty-second pass (stop 40) on refusals: English news
// writes a rejection with the thing refused as its object, and the thing
// is named by its owner's adjective ("rejected the Indian claims",
// "Venezuela rejects U.S. threats", "turned down French aid", "rebuffed a
// French call for a ceasefire"): the owner made the claim, the threat, the
// offer or the call, so the owner is the side refused.

// refusedNouns are things one side puts to another that the other can
// refuse: charges, demands, calls, threats, help offered.
var refusedNouns = map[string]bool{
	"claim": true, "claims": true, "demand": true, "call": true, "calls": true,
	"threat": true, "threats": true, "criticism": true, "aid": true, "assistance": true,
	"protest": true, "protests": true, "offers": true, "requests": true, "bids": true,
	"invitations": true, "pressure": true, "ultimatums": true, "complaint": true, "complaints": true,
	"concerns": true,
	// Twenty-fourth pass (stop 42): a state's sovereignty claimed, its
	// mediation and its terms offered ("does not recognise British
	// sovereignty", "rejected U.S. mediation", "rejected the Russian
	// peace terms").
	"sovereignty": true, "mediation": true, "terms": true,
	// and overtures made and notes of protest sent ("rebuffed repeated
	// U.S. overtures", "rejected a Croatian note of protest").
	"overture": true, "overtures": true, "note": true,
	// Twenty-fifth pass (stop 43): warnings defied, objections and
	// appeals rejected, conditions not accepted ("defied U.S. warnings",
	// "rejects Chinese objections", "rebuffed French appeals", "would not
	// accept U.S. conditions").
	"warning": true, "warnings": true, "objection": true, "objections": true,
	"appeal": true, "appeals": true, "condition": true, "conditions": true,
}

// refusedThing reports a country adjective right after a rejection's cue
// (within three words: "rejected the latest Indian claims") heading a
// thing refused: that country is the side refused, not a topic.
func refusedThing(toks []token, sp span, m match, typ string) bool {
	if typ != "REJECT" || sp.start < m.end || sp.start > m.end+3 {
		return false
	}
	next := nextWord(toks, sp.end)
	// "rejected the Russian peace terms": what the terms are about
	// stands between the owner and the thing refused (stop 42).
	return refusedNouns[next] || planTopics[next] && refusedNouns[nextWord(toks, sp.end+1)]
}

// sinceAdverb reports "since" as the adverb after a perfect's auxiliary
// ("Uganda has since denied the accusations", "had since withdrawn"): it
// means "after that" and opens no phrase of a starting point.
func sinceAdverb(toks []token, i int) bool {
	if i == 0 {
		return false
	}
	switch toks[i-1].lower {
	case "has", "have", "had", "having":
		return true
	}
	return false
}
