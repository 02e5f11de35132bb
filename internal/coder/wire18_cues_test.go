package coder

import "testing"

// Eighteenth pass (stop 36), acts no cue read: forms of news English that
// tell an act with words the cue table lacked (data/cues.tsv, the block
// "acts no cue read"). Each form codes in two sentences written for this
// test and stays silent in one where its words are used in another sense.
func TestWireFormsEighteenthPassCues(t *testing.T) {
	checkCodedCases(t, []codedCase{
		// Export controls tightened or imposed are a sanction.
		{"export regulations tightened on a country",
			"Beijing will tighten regulations on the export to Japan of rare earth metals from Friday.",
			"SANCTION", []string{"CHN", "JPN"}, true},
		{"the noun export controls, said of one country against another",
			"China's new export controls against the Netherlands took effect on Monday.",
			"SANCTION", []string{"CHN", "NLD"}, true},
		{"a control on a country's own imports is no export control",
			"Vietnam tightened checks on imports of Thai rice on Monday.",
			"SANCTION", []string{"THA", "VNM"}, false},
		// Troops put on or declared in a state of war are mobilized.
		{"troops declared in a state of war",
			"Armenia declared its border units in a state of war against Azerbaijan on Sunday.",
			"MOBILIZE", []string{"ARM", "AZE"}, true},
		{"troops put on full combat readiness",
			"Pakistan put its frontline troops on full combat readiness along the border with India on Friday.",
			"MOBILIZE", []string{"IND", "PAK"}, true},
		{"countries that remain in a state of war tell no act",
			"Armenia and Azerbaijan have remained in a state of war since the 1990s, Armenian officials said on Sunday.",
			"MOBILIZE", []string{"ARM", "AZE"}, false},
		// No interest in a proposal is a refusal.
		{"no interest in an offer",
			"Norway's prime minister said on Tuesday she had no interest in selling Svalbard to Russia.",
			"REJECT", []string{"NOR", "RUS"}, true},
		{"no interest in a purchase",
			"Mexico's president said on Monday she had no interest in discussing the sale of Baja California with the United States.",
			"REJECT", []string{"MEX", "USA"}, true},
		{"a loan that carries no interest is no refusal",
			"Kenya's loan from China carries no interest in its first five years, Kenyan officials said on Monday.",
			"REJECT", []string{"CHN", "KEN"}, false},
		// Refusing, on a day, to rule out force holds it out.
		{"declined on a day to rule out military action",
			"The Turkish president declined on Monday to rule out military action against Syria.",
			"THREATEN", []string{"SYR", "TUR"}, true},
		{"refused to rule out economic coercion",
			"The American president refused on Tuesday to rule out economic coercion against Mexico.",
			"THREATEN", []string{"MEX", "USA"}, true},
		{"a meeting not ruled out is no threat",
			"The Turkish president declined on Monday to rule out a meeting with Syria's leader.",
			"THREATEN", []string{"SYR", "TUR"}, false},
		// An extradition notice sent is a request.
		{"an extradition notice sent",
			"Spain's justice minister has formally sent an extradition notice to the Argentine government for the former officer.",
			"REQUEST", []string{"ARG", "ESP"}, true},
		{"extradition proceedings begun",
			"Germany launched extradition proceedings with Turkey on Monday for the businessman.",
			"REQUEST", []string{"DEU", "TUR"}, true},
		{"an extradition notice received is no request of the receiver",
			"Brazil said on Monday it had received no extradition notice from Italy.",
			"REQUEST", []string{"BRA", "ITA"}, false},
		// A leader who reached out to another contacted him.
		{"a president reached out to another",
			"Brazil's president reached out to Argentina's president on Monday over the tariff dispute.",
			"CONSULT", []string{"ARG", "BRA"}, true},
		{"a minister reached out to his counterpart",
			"Japan's foreign minister reached out to his South Korean counterpart on Tuesday after the missile launch.",
			"CONSULT", []string{"JPN", "KOR"}, true},
		{"aid agencies that reach out to refugees are no government's contact",
			"Aid agencies reached out to Syrian refugees in Turkey on Monday.",
			"CONSULT", []string{"SYR", "TUR"}, false},
	})
}
