package coder

// Rules of the fifteenth pass (stop 33) on an act told as the content of
// a report.
//
// News names who holds or comments on a report before the act the report
// tells: "Pompeo described reports that Russian vessels rammed Ukrainian
// ships as a dangerous escalation", "Trudeau said the country has
// intelligence indicating the airliner was shot down by an Iranian
// missile", "officials found evidence that the regime had poisoned him".
// The one who describes, holds or weighs the report is its teller, no side
// of the act it tells, as the teller of "the announcement of a Turkish
// offensive" is not (toldacts8.go).

// reportNouns name an account or a sign of an act that a content clause
// follows.
var reportNouns = map[string]bool{
	"report": true, "reports": true, "intelligence": true, "evidence": true, "indications": true,
	"information": true, "claims": true, "news": true, "allegations": true, "suggestions": true,
}

// reportOpeners join a report noun to the act it tells.
var reportOpeners = map[string]bool{
	"that": true, "indicating": true, "showing": true, "suggesting": true,
}

// reportedActStart returns the index of the opener when cue m stands in a
// content clause joined to a noun of report ("reports that", "intelligence
// indicating"), -1 otherwise. Only names from there on are the act's sides.
func reportedActStart(toks []token, cl clause, m match) int {
	for i := m.start - 1; i > cl.start; i-- {
		if reportOpeners[toks[i].lower] && reportNouns[toks[i-1].lower] {
			return i
		}
	}
	return -1
}
