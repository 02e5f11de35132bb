package coder

import "testing"

// Twenty-seventh pass (stop 45): mobilisation, read from sentences written
// for these tests (mobilize45.go, mobilize44.go, data/cues.tsv).

// The noun "forces" is no "force ... to" that hides the verb of moving
// inside it; a kind of forces may stand between the country and the noun.
func TestWireFormsTwentySeventhPassForcesNoun(t *testing.T) {
	for _, tt := range []struct{ body, typ, source, target string }{
		{"Egyptian forces were deployed to Libya on Monday.", "MOBILIZE", "EGY", "LBY"},
		{"Ugandan forces deployed to South Sudan on Tuesday.", "MOBILIZE", "UGA", "SSD"},
		{"Egyptian forces have been deployed to the border with Libya.", "MOBILIZE", "EGY", "LBY"},
		{"Ugandan special forces have been deployed to South Sudan.", "MOBILIZE", "UGA", "SSD"},
		// must not change: the verb "forces" still compels
		{"Russia forces Ukraine to give up land, the Ukrainian minister said.", "COERCE", "RUS", "UKR"},
	} {
		wantFromTo(t, tt.body, tt.typ, tt.source, tt.target)
	}
}

// Forces that move towards a country, or cross the border into it, are
// sent against it; people who do so are no forces.
func TestWireFormsTwentySeventhPassTowardsAndAcross(t *testing.T) {
	for _, tt := range []struct{ body, source, target string }{
		{"Senegalese troops have moved towards the Gambian border.", "SEN", "GMB"},
		{"Chadian troops headed towards Cameroon on Friday.", "TCD", "CMR"},
		{"Rwandan soldiers crossed the border into Congo overnight.", "RWA", "COD"},
		{"Senegalese troops crossed the border into Gambia on Thursday.", "SEN", "GMB"},
	} {
		wantFromTo(t, tt.body, "MOBILIZE", tt.source, tt.target)
	}
	checkRuleCases(t, []codedCase{
		{"refugees crossing the border are no forces",
			"Ukrainian refugees crossed the border into Poland on Monday.",
			"MOBILIZE", []string{"POL", "UKR"}, false},
		{"protesters heading towards an embassy are no forces",
			"Thai protesters headed towards the Chinese embassy.",
			"MOBILIZE", []string{"CHN", "THA"}, false},
	})
}

// Forces named "from" or "of" a country inside the cue belong to it: the
// country moves them (forcesOwner, mobilize45.go).
func TestWireFormsTwentySeventhPassTroopsFrom(t *testing.T) {
	for _, tt := range []struct{ body, source, target string }{
		{"Troops from Senegal entered Gambia on Thursday.", "SEN", "GMB"},
		{"Soldiers from Ethiopia crossed into Somalia on Tuesday.", "ETH", "SOM"},
		// must not change: the adjective's country moves its troops
		{"Nigerian troops entered Niger on Monday.", "NGA", "NER"},
	} {
		wantFromTo(t, tt.body, "MOBILIZE", tt.source, tt.target)
	}
}

// A law or vote that allows forces to be deployed decides the deployment
// (data/cues.tsv); a state that allows others' troops to use its bases
// sends none.
func TestWireFormsTwentySeventhPassAllowedDeployment(t *testing.T) {
	for _, tt := range []struct{ body, source, target string }{
		{"The Japanese parliament passed a law allowing troops to be sent to South Sudan.", "JPN", "SSD"},
		{"The Turkish parliament approved a motion authorising soldiers to be deployed to Libya.", "TUR", "LBY"},
	} {
		wantFromTo(t, tt.body, "MOBILIZE", tt.source, tt.target)
	}
	checkRuleCases(t, []codedCase{
		{"troops allowed to use bases are not sent",
			"Qatar allowed US troops to use its bases.",
			"MOBILIZE", []string{"QAT", "USA"}, false},
	})
}
