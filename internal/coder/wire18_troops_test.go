package coder

import (
	"testing"

	"storyline/internal/event"
)

// Twentieth pass (stop 38), the bj/bk family: troops sent to another
// country are a MOBILIZE, whether the deployment is told done, planned,
// for a purpose that is also an aid word, or by a verb of motion. The
// sentences are written for this test.
func TestWireFormsTwentiethPassTroopsSent(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"a planned deployment stays a mobilization",
			"Kenya will send troops to Somalia next week.",
			"MOBILIZE", []string{"KEN", "SOM"}, true},
		{"a planned deployment is no threat",
			"Kenya will send troops to Somalia next week.",
			"THREATEN", []string{"KEN", "SOM"}, false},
		{"troops sent in support are no aid",
			"Rwanda began sending troops into Mozambique in support of the government in Maputo on Monday.",
			"MOBILIZE", []string{"MOZ", "RWA"}, true},
		{"troops sent to train are no aid",
			"Rwanda began sending troops into Mozambique in support of the government in Maputo on Monday.",
			"AID", []string{"MOZ", "RWA"}, false},
		{"troops departing to a country",
			"Kenyan soldiers are gradually departing to Somalia, the defence ministry said on Monday.",
			"MOBILIZE", []string{"KEN", "SOM"}, true},
		{"military units moving to a country",
			"The defence minister said on Monday that Egyptian military units had started moving to Sudan.",
			"MOBILIZE", []string{"EGY", "SDN"}, true},
		{"doctors sent stay aid",
			"Cuba sent doctors and nurses to Peru on Monday to fight the epidemic.",
			"AID", []string{"CUB", "PER"}, true},
		{"a threat to send troops stays a threat",
			"Kenya threatened on Monday to send troops to Somalia.",
			"THREATEN", []string{"KEN", "SOM"}, true},
	})
}

// The planned deployment keeps its status: it is told as decided.
func TestWireFormsTwentiethPassTroopsPlanned(t *testing.T) {
	checkStatusCases(t, []statusCase{
		{"troops to be sent are planned",
			"Kenya will send troops to Somalia next week.",
			"MOBILIZE", []string{"KEN", "SOM"}, event.Planned},
	})
}

// Endorsing another side's plan backs it (vocabulary).
func TestWireFormsTwentiethPassEndorsedPlan(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"another's plan endorsed is support",
			"Spain endorsed Morocco's autonomy plan on Monday.",
			"SUPPORT", []string{"ESP", "MAR"}, true},
		{"the endorsement of another's proposal is support",
			"The Dutch foreign minister announced the Netherlands' endorsement of Morocco's autonomy proposal.",
			"SUPPORT", []string{"MAR", "NLD"}, true},
		{"another's plan endorsed is no agreement",
			"Spain endorsed Morocco's autonomy plan on Monday.",
			"AGREE", []string{"ESP", "MAR"}, false},
		{"a deal endorsed by a vote stays an agreement",
			"Greek lawmakers voted on Friday to endorse the deal with North Macedonia.",
			"AGREE", []string{"GRC", "MKD"}, true},
	})
}
