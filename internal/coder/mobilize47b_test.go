package coder

import "testing"

// Twenty-ninth pass (stop 47, sentences written for this test): an
// aircraft carrier sent is a warship sent, a MOBILIZE, not aid craft
// dropped for want of a load (data/cues.tsv).
func TestAircraftCarrierSent(t *testing.T) {
	tests := []struct{ body, source, target string }{
		{"The United States sent two aircraft carriers toward Iran on Monday.", "USA", "IRN"},
		{"France dispatched an aircraft carrier toward Libya on Tuesday.", "FRA", "LBY"},
	}
	for _, tt := range tests {
		wantFromTo(t, tt.body, "MOBILIZE", tt.source, tt.target)
	}
}

// A plane sent with a load stays aid.
func TestAircraftSentStaysAid(t *testing.T) {
	checkRuleCases(t, []codedCase{
		{"a plane with medical equipment is aid",
			"Russia sent an aircraft to Serbia with medical equipment on Monday.",
			"AID", []string{"RUS", "SRB"}, true},
		{"a plane with medical equipment is no mobilisation",
			"Russia sent an aircraft to Serbia with medical equipment on Monday.",
			"MOBILIZE", []string{"RUS", "SRB"}, false},
	})
}

// Twenty-ninth pass (stop 47, sentences written for this test): one
// exercise held near a country shows force to it as drills do
// (data/cues.tsv); a joint exercise stays cooperation.
func TestSingleExerciseNear(t *testing.T) {
	tests := []struct{ body, source, target string }{
		{"India conducted a military exercise near the Pakistani border on Monday.", "IND", "PAK"},
		{"Russia staged a naval exercise off the coast of Norway on Friday.", "RUS", "NOR"},
	}
	for _, tt := range tests {
		wantFromTo(t, tt.body, "MOBILIZE", tt.source, tt.target)
	}
	checkRuleCases(t, []codedCase{
		{"a joint exercise is cooperation, not force shown",
			"Japan and India held a joint exercise near the Andaman Islands on Monday.",
			"MOBILIZE", []string{"IND", "JPN"}, false},
	})
}

// Twenty-ninth pass (stop 47, sentences written for this test): warplanes
// flown near a country show force to it as warships sailed there do
// (data/cues.tsv); jets over a parade name no side.
func TestWarplanesFlownNear(t *testing.T) {
	tests := []struct{ body, source, target string }{
		{"Chinese bombers flew patrols near Japan on Wednesday.", "CHN", "JPN"},
		{"Russian warplanes flew off the Norwegian coast on Monday.", "RUS", "NOR"},
	}
	for _, tt := range tests {
		wantFromTo(t, tt.body, "MOBILIZE", tt.source, tt.target)
	}
	checkRuleCases(t, []codedCase{
		{"jets over a parade are no force shown to a state",
			"French fighter jets flew over Paris for the parade on Monday.",
			"MOBILIZE", []string{"FRA"}, false},
	})
}
