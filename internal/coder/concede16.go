package coder

// Sixteenth pass (stop 34, the ar and as families): a sanction ended.
//
// English news tells the end of a sanction with verbs of undoing as much
// as with "lift" ("will revoke economic sanctions on Sudan", "ended its
// embargo on Vietnam"; cues.tsv), and tells it in the future when the
// government has decided it: "The United States will revoke a range of
// economic sanctions effective on October 12", "decided to lift the
// embargo". Like a sanction decided (decidedActs), the decision is the
// act: the concession itself, planned, not a promise (AGREE) to make it;
// since the eighteenth pass, "decided to lift" is the concession made,
// occurred, as a sanction decided is (announced15.go).
// A release, a pardon or an amnesty told in the future stays a promise.

// endedMeasures are the nouns of a measure whose end a CONCEDE cue tells.
var endedMeasures = map[string]bool{
	"sanctions": true, "embargo": true, "embargoes": true, "restrictions": true, "ban": true,
	// Taxes and curbs on a country's goods end as a ban does (stop 43,
	// concede43): "China will lift tariffs on Australian wine" is the
	// decision, planned, as "China to lift its ban on Australian wine" is.
	"tariffs": true, "tariff": true, "duties": true, "levies": true, "curbs": true, "controls": true,
	// Flights resumed end their suspension as a ban lifted does (stop 50,
	// measures50.go): "will resume flights to Sudan next week" is decided.
	"flights": true, "flight": true,
}

// endsMeasure reports a CONCEDE cue whose words end a sanction: its
// planned form is the decision, kept as the concession.
func endsMeasure(toks []token, m match) bool {
	if m.cue.Type != "CONCEDE" {
		return false
	}
	for i := m.start; i < m.end && i < len(toks); i++ {
		if endedMeasures[toks[i].lower] {
			return true
		}
	}
	return false
}
