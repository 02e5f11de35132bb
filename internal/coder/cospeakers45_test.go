package coder

import "testing"

// Stop 45 (the lead's closing pass): a coordinated subject whose second
// member comes with its article ("Egypt and the Jordanian government") is
// still one subject speaking together, not two sides of a refusal or a
// demand (cospeakers.go). Sentences written for this test.
func TestWireFormsStop45CoSpeakersWithArticle(t *testing.T) {
	checkRuleCases(t, []codedCase{
		{"a joint refusal with an article",
			"Egypt and the Jordanian government rejected the plan to move Palestinians, officials said.",
			"REJECT", []string{"EGY", "JOR"}, false},
		{"a joint appeal with an article",
			"France and the German government urged restraint on Monday.",
			"REQUEST", []string{"DEU", "FRA"}, false},
		// must not change: a side after the verb is its target
		{"the target after the verb keeps its charge",
			"Egypt accused the Jordanian government of breaking the agreement.",
			"ACCUSE", []string{"EGY", "JOR"}, true},
	})
}
