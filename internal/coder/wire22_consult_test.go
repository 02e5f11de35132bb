package coder

import (
	"testing"

	"storyline/internal/event"
)

// TestWireFormsTwentyFourthPassTalkers: those who talk for a state under
// the other names news gives them (mediators, delegates, representatives,
// emissaries, interlocutors) name their state after its adjective
// (build.go actorNouns). Sentences written for this test.
func TestWireFormsTwentyFourthPassTalkers(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"mediators", "Egyptian mediators met Israeli officials in Cairo on Monday.",
			"CONSULT", []string{"EGY", "ISR"}, true},
		{"delegates", "Russian and Ukrainian delegates met in Istanbul on Friday.",
			"CONSULT", []string{"RUS", "UKR"}, true},
		{"representatives", "Palestinian and Israeli representatives met in Amman on Sunday.",
			"CONSULT", []string{"ISR", "PSE"}, true},
		{"emissaries", "Iranian emissaries met Omani officials in Muscat on Sunday.",
			"CONSULT", []string{"IRN", "OMN"}, true},
		{"interlocutors", "North Korean and US interlocutors met in Stockholm on Saturday.",
			"CONSULT", []string{"PRK", "USA"}, true},
		{"no adjective, no state", "Israeli officials met mediators in Cairo on Monday.",
			"CONSULT", []string{"EGY", "ISR"}, false},
	})
}

// TestWireFormsTwentyFourthPassBlocGathering: states that both attend a
// bloc's summit or session hold no meeting between them; a meeting the
// clause names with a partner or on the sidelines stays (consult22.go
// attendsGathering). Sentences written for this test.
func TestWireFormsTwentyFourthPassBlocGathering(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"attended the BRICS summit", "Leaders of India and China attended the BRICS summit in Kazan on Wednesday.",
			"CONSULT", []string{"CHN", "IND"}, false},
		{"take part in the NATO summit", "Turkey and Greece will both take part in the NATO summit in Vilnius next month.",
			"CONSULT", []string{"GRC", "TUR"}, false},
		{"attended the African Union summit", "Kenyan President William Ruto and Ugandan President Yoweri Museveni attended the African Union summit in Addis Ababa on Sunday.",
			"CONSULT", []string{"KEN", "UGA"}, false},
		{"participated in the Arab League meeting", "Officials from Egypt and Jordan participated in the Arab League meeting in Cairo on Tuesday.",
			"CONSULT", []string{"EGY", "JOR"}, false},
		{"a plenary session", "The Armenian and Azerbaijani leaders attended a plenary session of the summit in Kazan on Thursday.",
			"CONSULT", []string{"ARM", "AZE"}, false},
		{"on the sidelines", "Indonesian President Prabowo Subianto met Malaysian Prime Minister Anwar Ibrahim on the sidelines of the ASEAN summit on Sunday.",
			"CONSULT", []string{"IDN", "MYS"}, true},
		{"talks with at the summit", "Indian Prime Minister Narendra Modi held talks with Chinese President Xi Jinping at the BRICS summit in Kazan on Wednesday.",
			"CONSULT", []string{"CHN", "IND"}, true},
		{"a bilateral meeting attended", "Canadian Prime Minister Mark Carney and US President Donald Trump attended a bilateral meeting in Kananaskis on Monday.",
			"CONSULT", []string{"CAN", "USA"}, true},
	})
}

// TestWireFormsTwentyFourthPassCallReceived: a call received or taken from
// a leader is a phone call between the two; a call from one "to" do a
// thing is an appeal (cues.tsv, consult22.go callToAct). Sentences written
// for this test.
func TestWireFormsTwentyFourthPassCallReceived(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"received a call from", "Brazilian President Luiz Inacio Lula da Silva received a call from French President Emmanuel Macron on Wednesday.",
			"CONSULT", []string{"BRA", "FRA"}, true},
		{"took a call from", "The Indian prime minister took a call from the US president on Tuesday.",
			"CONSULT", []string{"IND", "USA"}, true},
		{"a call to act", "Sudan received a call from the Egyptian foreign minister to open aid corridors.",
			"CONSULT", []string{"EGY", "SDN"}, false},
		{"calls to act", "Kenya received calls from Somalia to withdraw its troops.",
			"CONSULT", []string{"KEN", "SOM"}, false},
	})
}

// TestWireFormsTwentyFourthPassMeal: a meal had with a leader is a meeting
// (cues.tsv). Sentences written for this test.
func TestWireFormsTwentyFourthPassMeal(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"had dinner with", "German Chancellor Friedrich Merz had dinner with French President Emmanuel Macron in Paris on Wednesday.",
			"CONSULT", []string{"DEU", "FRA"}, true},
		{"had lunch with", "US President Donald Trump had lunch with Japanese Prime Minister Sanae Takaichi in Tokyo on Tuesday.",
			"CONSULT", []string{"JPN", "USA"}, true},
		{"a meal alone at a place", "The Indian prime minister had lunch in Paris on Tuesday.",
			"CONSULT", []string{"FRA", "IND"}, false},
	})
}

// TestWireFormsTwentyFourthPassDueIn: a leader "due in" a capital is on a
// trip to come (cues.tsv "due in", status.go). Sentences written for this
// test.
func TestWireFormsTwentyFourthPassDueIn(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"goods due in a city", "Chinese exports to the United States are due in Shanghai on Friday.",
			"CONSULT", []string{"CHN", "USA"}, false},
		{"a ruling due", "A ruling by the court in The Hague is due in July.",
			"CONSULT", []string{"NLD", "USA"}, false},
	})
	checkStatusCases(t, []statusCase{
		{"is due in Beijing", "The French president is due in Beijing on Wednesday.",
			"CONSULT", []string{"CHN", "FRA"}, event.Planned},
		{"is due in Nairobi", "Nigerian President Bola Tinubu is due in Nairobi next week for talks with the Kenyan president.",
			"CONSULT", []string{"KEN", "NGA"}, event.Planned},
	})
}

// TestWireFormsTwentyFourthPassAuxiliaryHave: "has" before another verb's
// participle is the perfect's auxiliary, not a meeting had ("has
// repeatedly called for talks"); a participle of holding a meeting keeps
// it (consult22.go auxiliaryHave). Sentences written for this test.
func TestWireFormsTwentyFourthPassAuxiliaryHave(t *testing.T) {
	checkCodedCases(t, []codedCase{
		{"has repeatedly called for talks", "South Korea has repeatedly called for talks with North Korea.",
			"CONSULT", []string{"KOR", "PRK"}, false},
		{"has repeatedly proposed a summit", "Japan has repeatedly proposed a summit with North Korea.",
			"CONSULT", []string{"JPN", "PRK"}, false},
		{"has repeatedly sought talks", "The Indian prime minister has repeatedly sought talks with the Pakistani prime minister.",
			"CONSULT", []string{"IND", "PAK"}, false},
		{"has held talks", "South Korea has held talks with North Korea.",
			"CONSULT", []string{"KOR", "PRK"}, true},
		{"has already held a meeting", "India has already held a meeting with Pakistan this week.",
			"CONSULT", []string{"IND", "PAK"}, true},
		{"had a meeting", "South Korea had a meeting with North Korea on Monday.",
			"CONSULT", []string{"KOR", "PRK"}, true},
	})
}
