package coder

import "testing"

// Twenty-fifth pass (stop 43): protests and threats, read from sentences
// written for these tests (protest22.go, build.go, data/cues.tsv,
// actors/data/institutions.tsv).

// A crowd protests against the state whose rules or curbs it
// names after "against", past the words that qualify the noun.
func TestWireFormsTwentyFifthPassProtestedAct(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"against X fishing policy",
			"Moroccan farmers protested in Rabat on Monday against Spanish fishing policy.",
			"PROTEST", []string{"ESP", "MAR"}, true},
		{"against X fishing restrictions",
			"Filipinos rallied in Manila on Sunday against Chinese fishing restrictions.",
			"PROTEST", []string{"CHN", "PHL"}, true},
		{"against X visa restrictions, qualified",
			"Algerians protested in Algiers on Monday against French visa restrictions.",
			"PROTEST", []string{"DZA", "FRA"}, true},
		{"against X migration policies, qualified",
			"Tunisians protested in Tunis on Monday against Italian migration policies.",
			"PROTEST", []string{"ITA", "TUN"}, true},
		{"a demonym before no act of a state is not the side protested",
			"Moroccans protested in Rabat on Monday against the high fees of French schools.",
			"PROTEST", []string{"FRA", "MAR"}, false},
	})
}

// A high commission is a state's mission, where a crowd protests as it
// does at an embassy.
func TestWireFormsTwentyFifthPassMissionCrowd(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"protested outside the X High Commission",
			"Pakistani students protested outside the Indian High Commission in Islamabad on Monday.",
			"PROTEST", []string{"IND", "PAK"}, true},
		{"gathered outside the X High Commission",
			"Hundreds of Sri Lankans gathered outside the Indian High Commission in Colombo on Friday.",
			"PROTEST", []string{"IND", "LKA"}, true},
		{"demonstrated in front of the X High Commission",
			"Nigerian activists demonstrated in front of the British High Commission in Abuja on Tuesday.",
			"PROTEST", []string{"GBR", "NGA"}, true},
		{"diplomats at a high commission for a reception are no crowd",
			"British diplomats gathered at the Indian High Commission on Friday for a reception.",
			"PROTEST", []string{"GBR", "IND"}, false},
	})
}

// Stones, eggs or bottles hurled at a mission are a crowd's protest.
func TestWireFormsTwentyFifthPassMissionPelted(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"crowds threw eggs at the X embassy",
			"Crowds threw eggs at the French embassy in Bamako on Friday.",
			"PROTEST", []string{"FRA", "MLI"}, true},
		{"mobs hurled bricks at the X embassy",
			"Mobs hurled bricks at the Danish embassy in Islamabad on Sunday.",
			"PROTEST", []string{"DNK", "PAK"}, true},
		{"a demonym's crowd hurled stones at the X embassy",
			"Serbs hurled stones at the US embassy in Belgrade on Thursday.",
			"PROTEST", []string{"SRB", "USA"}, true},
		{"bottles hurled at players are no protest at a state",
			"Fans hurled bottles at the Croatian players in Belgrade on Saturday.",
			"PROTEST", []string{"HRV", "SRB"}, false},
	})
}

// A response promised to any act of the other side, or promised firmly,
// is a threat; a reply to a proposal is not.
func TestWireFormsTwentyFifthPassPromisedResponse(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"would respond firmly",
			"Japan said on Monday it would respond firmly to North Korea.",
			"THREATEN", []string{"JPN", "PRK"}, true},
		{"will respond strongly to any provocation by X",
			"South Korea will respond strongly to any provocation by North Korea, the defence ministry said on Monday.",
			"THREATEN", []string{"KOR", "PRK"}, true},
		{"would respond to any X incursion",
			"Greece said on Tuesday that it would respond to any Turkish incursion into its waters.",
			"THREATEN", []string{"GRC", "TUR"}, true},
		{"a reply in writing to a proposal is no threat",
			"France said on Monday it would respond in writing to the German proposal.",
			"THREATEN", []string{"DEU", "FRA"}, false},
		{"a reply to any proposal is no threat",
			"France said it would respond to any German proposal within a week.",
			"THREATEN", []string{"DEU", "FRA"}, false},
	})
}
