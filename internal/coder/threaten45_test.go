package coder

import "testing"

// Twenty-seventh pass (stop 45): threats, read from sentences written for
// these tests (condforce45.go, data/cues.tsv).

// A move of forces held out on a condition put to another country is a
// threat; the condition's subject is the one threatened.
func TestWireFormsTwentySeventhPassConditionalForce(t *testing.T) {
	for _, tt := range []struct{ body, source, target string }{
		{"The Russian president suggested Russia could move its troops closer to the Finnish-Russian border if Finland joins NATO.", "RUS", "FIN"},
		{"Russia would move troops to the border if Finland joined NATO.", "RUS", "FIN"},
		{"Chile would send warships if Peru entered its waters.", "CHL", "PER"},
		{"Moscow could send nuclear missiles against Danish ships if Denmark joins the missile shield, the Russian ambassador said.", "RUS", "DNK"},
	} {
		wantFromTo(t, tt.body, "THREATEN", tt.source, tt.target)
	}
	checkRuleCases(t, []codedCase{
		{"forces offered on request are no threat",
			"Egypt will send troops to Somalia if the Somali government asks for them.",
			"THREATEN", []string{"EGY", "SOM"}, false},
		{"a move foreseen by analysts is no threat",
			"Analysts said Russia could move troops to the Finnish border if Finland joins NATO.",
			"THREATEN", []string{"FIN", "RUS"}, false},
		{"a deployment with no condition stays a deployment",
			"France will deploy troops to Chad next month.",
			"MOBILIZE", []string{"FRA", "TCD"}, true},
		{"a deployment with no condition is no threat",
			"France will deploy troops to Chad next month.",
			"THREATEN", []string{"FRA", "TCD"}, false},
	})
	// must not change: a threat that names its target before the
	// condition keeps it, and the condition's subject is no side.
	evs := Code(art("The Turkish president said Turkey would devastate Syria's economy if Kurdish fighters attacked.", "2025-06-01"), Options{NoLearnedFilter: true})
	if !codedFromTo(evs, "THREATEN", "TUR", "SYR") {
		t.Errorf("want a THREATEN by TUR to SYR, got %s", summary(evs))
	}
}

// A strike or military action a side is weighing is held out, as tariffs
// it is weighing are (data/cues.tsv).
func TestWireFormsTwentySeventhPassWeighedForce(t *testing.T) {
	checkRuleCases(t, []codedCase{
		{"considering a missile strike",
			"North Korea said it was considering a missile strike on the United States.",
			"THREATEN", []string{"PRK", "USA"}, true},
		{"mulling military action",
			"Washington is mulling military action against Venezuela, officials said.",
			"THREATEN", []string{"USA", "VEN"}, true},
		{"weighing a military response",
			"Israel is weighing a military response to Iran.",
			"THREATEN", []string{"IRN", "ISR"}, true},
		{"military aid weighed is no threat",
			"Kenya is considering military aid to Somalia.",
			"THREATEN", []string{"KEN", "SOM"}, false},
	})
}
