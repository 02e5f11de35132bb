package coder

import (
	"testing"

	"storyline/internal/event"
)

// Twenty-third pass (stop 41, support, cooperation and rejection): a
// country adjective before a decision, move, pledge or plan put forward
// names the side welcomed or refused, past a word of what the plan is
// about ("a Ukrainian peace plan"); the host compound of a boycotted
// meeting names the side refused, and a meeting boycott announced is a
// refusal made when said; suspects handed over, forces that train or sail
// together, joint inquiries launched and standing shoulder to shoulder are
// cues; a meeting snubbed, skipped or declined is refused, not attended,
// and votes cast for or against another's bid are support or rejection. The sentences are written for this test, learned filter on.
func TestWireFormsTwentyThirdPassCooperate(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"a decision welcomed names its decider",
			"India welcomed the American decision on Tuesday.",
			"SUPPORT", []string{"IND", "USA"}, true},
		{"a move praised names its mover",
			"Egypt praised the US move to pause the tariffs.",
			"SUPPORT", []string{"EGY", "USA"}, true},
		{"a pledge welcomed names who pledged",
			"Ukraine welcomed the British pledge of new air defence.",
			"SUPPORT", []string{"GBR", "UKR"}, true},
		{"a peace plan refused names its author",
			"Moscow rejected a Ukrainian peace plan on Friday.",
			"REJECT", []string{"RUS", "UKR"}, true},
		{"a ceasefire proposal rebuffed names its author",
			"Egypt rebuffed an Israeli ceasefire proposal on Monday.",
			"REJECT", []string{"EGY", "ISR"}, true},
		{"a truce proposal refused names its author",
			"Israel rejected the Qatari truce proposal on Sunday.",
			"REJECT", []string{"ISR", "QAT"}, true},
		{"a weak cue does not take the adjective as its side",
			"Kenya supports the Ugandan plan, officials said on Monday.",
			"SUPPORT", []string{"KEN", "UGA"}, false},
		{"an adjective before people is no proposal",
			"Japan welcomed the Chinese tourists on Monday.",
			"SUPPORT", []string{"CHN", "JPN"}, false},

		{"a US-hosted workshop boycotted",
			"The Palestinian Authority boycotted the US-hosted workshop.",
			"REJECT", []string{"PSE", "USA"}, true},
		{"an Algerian-hosted round of talks boycotted",
			"Mali boycotted the Algerian-hosted talks on Monday.",
			"REJECT", []string{"DZA", "MLI"}, true},
		{"a French-led meeting boycotted",
			"Azerbaijan boycotted the French-led meeting on the conflict.",
			"REJECT", []string{"AZE", "FRA"}, true},
		{"a US-backed group is still its own side",
			"Turkey boycotted the US-backed Kurdish fighters' talks on Monday.",
			"REJECT", []string{"TUR", "USA"}, false},
		{"a US-led summit skipped",
			"Brazil skipped the US-led summit on democracy.",
			"REJECT", []string{"BRA", "USA"}, true},
		{"a US-led summit skipped is no meeting",
			"Brazil skipped the US-led summit on democracy.",
			"CONSULT", []string{"BRA", "USA"}, false},
		{"a summit snubbed is no meeting",
			"India snubbed the summit hosted by Pakistan on Tuesday.",
			"CONSULT", []string{"IND", "PAK"}, false},
		{"a US-hosted summit declined",
			"China declined to attend the US-hosted summit on Friday.",
			"REJECT", []string{"CHN", "USA"}, true},
		{"a call snubbed in a headline",
			"Vietnam snubs Chinese call for talks on the islands on Monday.",
			"REJECT", []string{"CHN", "VNM"}, true},
		{"a Moroccan autonomy plan backed",
			"Germany backs the Moroccan autonomy plan, its foreign minister said on Monday.",
			"SUPPORT", []string{"DEU", "MAR"}, true},
		{"a meeting boycott announced is no threat",
			"Iraq will boycott the US-led conference in Bahrain, the foreign ministry said.",
			"THREATEN", []string{"IRQ", "USA"}, false},

		{"suspects handed over are an extradition",
			"Algeria handed over a wanted suspect to France on Monday.",
			"COOPERATE", []string{"DZA", "FRA"}, true},
		{"traffickers handed over are an extradition",
			"Mexico handed over drug traffickers to the United States on Thursday.",
			"COOPERATE", []string{"MEX", "USA"}, true},
		{"prisoners handed over stay a concession",
			"Russia handed over 90 prisoners to Ukraine on Friday.",
			"COOPERATE", []string{"RUS", "UKR"}, false},
		{"forces trained together",
			"British and Norwegian troops trained together in the Arctic on Friday.",
			"COOPERATE", []string{"GBR", "NOR"}, true},
		{"a train that runs together is no cooperation",
			"The trains from Austria and Hungary were delayed together on Friday.",
			"COOPERATE", []string{"AUT", "HUN"}, false},
		{"a joint investigation launched",
			"Pakistan and China launched a joint investigation on Monday.",
			"COOPERATE", []string{"CHN", "PAK"}, true},
		{"a joint probe opened",
			"Spain and Morocco opened a joint probe into the drownings on Tuesday.",
			"COOPERATE", []string{"ESP", "MAR"}, true},
		{"a vote in favour of another's bid",
			"France voted in favour of Palestine's bid for full UN membership on Friday.",
			"SUPPORT", []string{"FRA", "PSE"}, true},
		{"a vote against another's accession",
			"Hungary voted against Ukraine's accession on Thursday.",
			"REJECT", []string{"HUN", "UKR"}, true},
		{"a vote against a bill at home names no second side",
			"French lawmakers voted against the pension bill on Thursday.",
			"REJECT", []string{"FRA"}, false},
		{"standing shoulder to shoulder",
			"Estonia stood shoulder to shoulder with Finland on Tuesday.",
			"SUPPORT", []string{"EST", "FIN"}, true},
		{"standing shoulder to shoulder, present",
			"Latvia stands shoulder to shoulder with Lithuania, its president said on Monday.",
			"SUPPORT", []string{"LTU", "LVA"}, true},
	})
	checkStatusCases(t, []statusCase{
		{"a meeting boycott announced is refused when said",
			"Iraq will boycott the US-led conference in Bahrain, the foreign ministry said.",
			"REJECT", []string{"IRQ", "USA"}, event.Occurred},
		{"a boycott announced of the summit hosted by another",
			"Mali said it would boycott the Algerian-hosted summit.",
			"REJECT", []string{"DZA", "MLI"}, event.Occurred},
	})
}

// TestWireFormsTwentyThirdPassCooperateRule holds the rows whose undated
// one-sentence article the learned filter scores below its threshold (since
// the retraining of stop 43): they test the rule that proposes the event.
func TestWireFormsTwentyThirdPassCooperateRule(t *testing.T) {
	checkRuleCases(t, []codedCase{
		{"forces trained jointly",
			"British and Norwegian troops trained jointly in the Arctic.",
			"COOPERATE", []string{"GBR", "NOR"}, true},
	})
}
