package coder

import "testing"

// Twenty-sixth pass (stop 44): mobilisation and threats, read from
// sentences written for these tests (threaten44.go, data/cues.tsv).

// A condition put first names the one threatened; the main clause's
// subject threatens, and the condition's own act is no event.
func TestWireFormsTwentySixthPassFrontedCondition(t *testing.T) {
	for _, tt := range []struct{ body, source, target string }{
		{"If Seoul continues the drills, Pyongyang will take military countermeasures, state media said.", "PRK", "KOR"},
		{"If Ghana closes the border, Togo will retaliate, the Togolese minister said.", "TGO", "GHA"},
		{"If Ukraine attacks Crimea, Russia will respond with force.", "RUS", "UKR"},
		{"If Egypt signs a deal with Turkey, Greece will retaliate.", "GRC", "EGY"},
	} {
		evs := Code(art(tt.body, "2025-06-01"), Options{})
		if !codedFromTo(evs, "THREATEN", tt.source, tt.target) {
			t.Errorf("%q: want a THREATEN by %s to %s, got %s", tt.body, tt.source, tt.target, summary(evs))
		}
	}
	checkCodedCases(t, []codedCase{
		{"the condition's other party is no side",
			"If Egypt signs a deal with Turkey, Greece will retaliate.",
			"THREATEN", []string{"EGY", "GRC", "TUR"}, false},
		{"a condition with no threat after it stays no event",
			"If Ghana closes the border, Togo will lose revenue, the minister said.",
			"THREATEN", []string{"GHA", "TGO"}, false},
		{"a condition with no threat: the border closure is no sanction",
			"If Ghana closes the border, Togo will lose revenue, the minister said.",
			"SANCTION", []string{"GHA", "TGO"}, false},
	})
}

// Warships sail "towards" the side faced as they sail "near" it; force
// promised in answer is a threat.
func TestWireFormsTwentySixthPassSailTowardsAndForce(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"warships sailing towards a country",
			"Indian warships are sailing towards the Maldives, officials said.",
			"MOBILIZE", []string{"IND", "MDV"}, true},
		{"destroyers headed toward a country",
			"Two Chinese destroyers headed toward Japan on Friday.",
			"MOBILIZE", []string{"CHN", "JPN"}, true},
		{"a ferry sailing towards a country is no mobilisation",
			"A Greek ferry sailed towards Turkey on Friday.",
			"MOBILIZE", []string{"GRC", "TUR"}, false},
		{"will respond with force if",
			"Russia will respond with force if Ukraine attacks Crimea.",
			"THREATEN", []string{"RUS", "UKR"}, true},
		{"would respond with military force",
			"Azerbaijan said it would respond with military force to Armenia.",
			"THREATEN", []string{"ARM", "AZE"}, true},
		{"responding with aid is no threat",
			"Kenya said it would respond with food aid to Somalia.",
			"THREATEN", []string{"KEN", "SOM"}, false},
	})
}

// Forces moved in the passive belong to the country that moves them: the
// country named with them is the source, not the target (mobilize44.go).
func TestWireFormsTwentySixthPassPassiveForces(t *testing.T) {
	for _, tt := range []struct{ body, typ, source, target string }{
		{"Moroccan troops were deployed to the Algerian border on Monday.", "MOBILIZE", "MAR", "DZA"},
		{"The Greek military has been placed on high alert following Turkey's decision to send a survey ship.", "MOBILIZE", "GRC", "TUR"},
		{"Rwandan soldiers were deployed to Mozambique.", "MOBILIZE", "RWA", "MOZ"},
		// must not: forces attacked in the passive are still the ones hit
		{"Ukrainian troops were attacked by Russia on Monday.", "ASSAULT", "RUS", "UKR"},
	} {
		wantFromTo(t, tt.body, tt.typ, tt.source, tt.target)
	}
}
