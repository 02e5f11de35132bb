package coder

import "testing"

// Twenty-second pass (stop 40, the agree family): a deal's sum ("$10
// billion") is one word, which keeps the deal within reach of its verb ("signed a $1 billion loan agreement" was
// read as a plan for next Tuesday); a country's navies, armies and
// bombers stand for it as its troops and warships do; "a visiting forces
// agreement" names a pact, no visit; a pact, accord or treaty announced
// is agreed, as a deal announced is; a joint statement issued is agreed,
// no one side's speech. The sentences are written for this
// test.
func TestWireFormsTwentySecondPassAgree(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"a deal with a sum is signed on the past day",
			"Ghana signed a $1 billion loan agreement with China on Tuesday.",
			"AGREE", []string{"CHN", "GHA"}, true},
		{"a sum with its scale is one word before the deal",
			"Japan and South Korea signed a $10 billion currency swap agreement on Thursday.",
			"AGREE", []string{"JPN", "KOR"}, true},
		{"a credit deal with a sum is signed on the past day",
			"Kenya on Monday signed a $2 billion credit deal with Japan.",
			"AGREE", []string{"JPN", "KEN"}, true},

		{"two countries' bombers fly a joint patrol",
			"Chinese and Russian bombers conducted a joint patrol over the Sea of Japan on Thursday.",
			"COOPERATE", []string{"CHN", "RUS"}, true},
		{"one navy's drills name no partner",
			"The Indian navy held exercises in the Arabian Sea on Wednesday.",
			"COOPERATE", []string{"FRA", "IND"}, false},

		{"a visiting forces agreement ratified is an agreement",
			"The Philippine Senate ratified a visiting forces agreement with Japan on Thursday.",
			"AGREE", []string{"JPN", "PHL"}, true},
		{"a visiting forces agreement ratified is no visit",
			"The Philippine Senate ratified a visiting forces agreement with Japan on Thursday.",
			"CONSULT", []string{"JPN", "PHL"}, false},
		{"a pact announced by two countries is agreed",
			"The United States and Japan announced a new security pact on Saturday.",
			"AGREE", []string{"JPN", "USA"}, true},
		{"an accord announced by two countries is agreed",
			"Egypt and Sudan on Monday announced a water accord.",
			"AGREE", []string{"EGY", "SDN"}, true},
		{"a pact announced by one country names no partner",
			"Japan announced a new security pact with no partner named on Saturday.",
			"AGREE", []string{"JPN", "USA"}, false},

		{"a joint statement issued is agreed",
			"France and Britain issued a joint statement on Friday.",
			"AGREE", []string{"FRA", "GBR"}, true},
		{"a joint communique released is agreed",
			"China and Brazil released a joint communique on Tuesday.",
			"AGREE", []string{"BRA", "CHN"}, true},
		{"one side's statement on another is no agreement",
			"France issued a statement on Britain's migration plan on Friday.",
			"AGREE", []string{"FRA", "GBR"}, false},

		{"a minister visiting still visits",
			"Japan's foreign minister visited Manila on Thursday.",
			"CONSULT", []string{"JPN", "PHL"}, true},
	})
	// The retrained filter of stop 41 (threshold 0.318) scores this
	// one-sentence article below its threshold; the row tests the rule.
	checkRuleCases(t, []codedCase{
		{"two navies named by their adjectives hold joint drills",
			"Indian and French navies held joint exercises in the Arabian Sea on Wednesday.",
			"COOPERATE", []string{"FRA", "IND"}, true},
	})
}

// The sum's sign counts as no word of the gap, and the deal is told as
// done, not planned.
func TestWireAgreeSumStatus(t *testing.T) {
	checkStatusCases(t, []statusCase{
		{"a signed deal with a sum occurred",
			"Ghana signed a $1 billion loan agreement with China on Tuesday.",
			"AGREE", []string{"CHN", "GHA"}, "occurred"},
	})
}
