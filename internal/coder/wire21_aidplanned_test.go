package coder

import (
	"testing"

	"storyline/internal/event"
)

// Aid a government announces is the aid, still to come, not an agreement;
// and unlike a sanction announced it is not carried out when said
// (sentence.go decidedActs, givenLater). Sentences written for the rule.
func TestAidAnnouncedIsPlannedAid(t *testing.T) {
	checkStatusCases(t, []statusCase{
		{"aid to be sent, told by a ministry",
			"India will send two naval ships with relief supplies to Mozambique, the ministry said.",
			"AID", []string{"IND", "MOZ"}, event.Planned},
		{"a sum to be provided",
			"Britain is to provide $10 million in humanitarian aid to Sudan.",
			"AID", []string{"GBR", "SDN"}, event.Planned},
		{"goods to be sent next week",
			"Japan will send 50 tonnes of rice to the Philippines next week.",
			"AID", []string{"JPN", "PHL"}, event.Planned},
	})
	checkCodedCases(t, []codedCase{
		{"aid already sent stays done",
			"Japan sent 50 tonnes of rice to the Philippines on Monday.",
			"AGREE", []string{"JPN", "PHL"}, false},
		{"support promised for a bid is no aid",
			"Germany will support Sudan's bid to join the council, the chancellor said.",
			"AID", []string{"DEU", "SDN"}, false},
	})
}
