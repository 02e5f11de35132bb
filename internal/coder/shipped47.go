package coder

// Stop 47 (groups cp, cq): a participle hung on a noun names where the
// thing went before its date, as it names its doer ("garbage shipped to
// the Philippines in 2013", "jets sold to Taiwan in 2019", "oil bought
// from Iran in March"): the date is the shipment's, not the act the clause
// codes ("recalled its ambassador over garbage shipped to Manila in 2013").
// "to", "from" and "into" link such a participle to its date as "by" does
// (participleLinks, days22.go), and "sold" and "bought" name the passage
// as "shipped" does (objectParticiples, objectdate18.go).

// agoOfThing reports a vague "years ago" at token i after the cue m that
// closes a phrase of the cue's object with a verb of its own: a participle
// hung on a noun ("over garbage shipped to Manila years ago") or a
// relative clause ("over garbage that officials say was shipped years
// ago"). The long-gone time is the thing's; the act is news (past19.go).
func agoOfThing(toks []token, m match, i int) bool {
	if i <= m.end {
		return false
	}
	for p := m.end; p < i; p++ {
		w := toks[p].lower
		if w == "that" || w == "which" {
			return true
		}
		if pastParticiple(w) && p > m.end && hungOnNoun(toks, p) {
			return true
		}
	}
	return false
}
