package coder

// Rules of the twenty-sixth pass (stop 44) on aid offered. A government
// that "expressed its willingness to provide assistance to Armenia" or
// "its readiness to send aid to Sri Lanka" tells the aid it will give, as
// "stands ready to provide assistance" does (aid43.go): the aid, planned,
// not an agreement struck with anyone.

// readinessNouns end an intent cue of readiness ("expressed its
// willingness", "voiced readiness").
var readinessNouns = map[string]bool{"willingness": true, "readiness": true}

// readinessIntent reports an intent cue that ends on a noun of readiness.
func readinessIntent(toks []token, intent match) bool {
	return intent.end > intent.start && intent.end <= len(toks) && readinessNouns[toks[intent.end-1].lower]
}
