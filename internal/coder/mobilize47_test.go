package coder

import "testing"

// Twenty-ninth pass (stop 47): mobilisation, read from sentences written
// for these tests (mobilize47.go, troops18.go, build.go, data/cues.tsv).

// A deployment agreed to, or promised to help, is a deployment planned,
// not a threat; one vowed with no aim of help stays a threat.
func TestWireFormsTwentyNinthPassAgreedDeployment(t *testing.T) {
	for _, tt := range []struct{ body, source, target string }{
		{"Colombia has agreed to send troops to Ecuador.", "COL", "ECU"},
		{"Colombia agreed to deploy soldiers to Ecuador next month.", "COL", "ECU"},
		{"Ghana pledged to send troops to help Mali fight the rebels.", "GHA", "MLI"},
	} {
		wantFromTo(t, tt.body, "MOBILIZE", tt.source, tt.target)
	}
	checkRuleCases(t, []codedCase{
		{"an agreed deployment is no threat",
			"Colombia has agreed to send troops to Ecuador.",
			"THREATEN", []string{"COL", "ECU"}, false},
		{"a vowed deployment with no help named stays a threat",
			"Russia vowed to send troops to Georgia.",
			"THREATEN", []string{"GEO", "RUS"}, true},
	})
}

// Troops joined by "and" to the goods sent make the sending a deployment;
// goods alone stay aid.
func TestWireFormsTwentyNinthPassTroopsJoined(t *testing.T) {
	for _, tt := range []struct{ body, source, target string }{
		{"Colombia sent weapons and troops to Ecuador on Monday.", "COL", "ECU"},
		{"Colombia agreed to send weapons and soldiers to Ecuador.", "COL", "ECU"},
	} {
		wantFromTo(t, tt.body, "MOBILIZE", tt.source, tt.target)
	}
	checkRuleCases(t, []codedCase{
		{"goods alone are aid",
			"Colombia sent food and medicine to Ecuador on Monday.",
			"AID", []string{"COL", "ECU"}, true},
	})
}

// A law allowing "troop deployment", a country's "military" sent abroad,
// tanks that head out towards a country and army vehicles that head for
// it are deployments (data/cues.tsv); a country's tanks are its own
// (build.go); "military aid" stays aid.
func TestWireFormsTwentyNinthPassDeploymentWords(t *testing.T) {
	for _, tt := range []struct{ body, source, target string }{
		{"Peru's congress on Tuesday passed a bill that allows troop deployment to Ecuador.", "PER", "ECU"},
		{"The Brazilian Senate on Monday approved a bill on sending the country's military to Haiti.", "BRA", "HTI"},
		{"Dozens of Chadian tanks headed out of the capital on Friday south towards Cameroon.", "TCD", "CMR"},
		{"Kenyan tanks headed towards Somalia on Friday.", "KEN", "SOM"},
		{"Kenyan army vehicles head for Somalia to fight the militants", "KEN", "SOM"},
	} {
		wantFromTo(t, tt.body, "MOBILIZE", tt.source, tt.target)
	}
	checkRuleCases(t, []codedCase{
		{"military aid is no deployment",
			"Brazil will send military aid to Haiti.",
			"MOBILIZE", []string{"BRA", "HTI"}, false},
		{"trucks are no forces",
			"Dozens of Kenyan trucks headed out of Nairobi towards Uganda on Friday.",
			"MOBILIZE", []string{"KEN", "UGA"}, false},
	})
}

// Review of stop 47: a country's think tank is no tank of its forces
// (actorNounAt, build.go).
func TestThinkTankIsNoActor(t *testing.T) {
	checkRuleCases(t, []codedCase{
		{"a think tank's charge is not its country's",
			"A Chinese think tank accused Japan of militarism on Monday.",
			"ACCUSE", []string{"CHN", "JPN"}, false},
		{"a think tank's criticism is not its country's",
			"An American think tank criticised China over its treatment of Uyghurs.",
			"ACCUSE", []string{"CHN", "USA"}, false},
		{"a country's tank fires for it",
			"The Israeli tank fired on Egyptian soldiers near the border.",
			"ASSAULT", []string{"EGY", "ISR"}, true},
	})
}
