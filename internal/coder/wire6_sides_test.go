package coder

import (
	"testing"

	"storyline/internal/event"
)

// Sixth pass (stop 24), which countries are the sides once the type is
// right. The sentences are written for this test; each rule has at least
// two that it must code and one it must leave alone.
func TestWireFormsSixthPassSides(t *testing.T) {
	const pub = "2025-06-11" // a Wednesday
	tests := []ruleCase{
		// "said in a statement that he", "told reporters Wednesday that
		// he": a phrase of setting or addressee between the speech verb
		// and a pronoun subject leaves the speaker the one who acts.
		{rule: "'told reporters on Monday that he would meet X': the speaker meets X",
			body: "German Chancellor Olaf Scholz told reporters on Monday that he would meet Indian Prime Minister Narendra Modi in Berlin.",
			want: []expect{{typ: "CONSULT", countries: []string{"DEU", "IND"}, status: event.Planned}}, anyOf: true},
		{rule: "'said in a radio interview that he will visit X'",
			body: "Kenyan President William Ruto said in a radio interview that he will visit Ethiopia next month.",
			want: []expect{{typ: "CONSULT", countries: []string{"ETH", "KEN"}, status: event.Planned}}, anyOf: true},
		{rule: "'told reporters he would meet X': the addressee alone",
			body: "Brazilian President Luiz Inácio Lula da Silva told reporters he would meet Argentine President Javier Milei in Brasilia.",
			want: []expect{{typ: "CONSULT", countries: []string{"ARG", "BRA"}, status: event.Planned}}, anyOf: true},
		{rule: "'told reporters that X would visit Y': a named subject, the speaker is no side",
			body: "German Chancellor Olaf Scholz told reporters on Monday that Indian Prime Minister Narendra Modi would visit Brazil.",
			want: []expect{{typ: "CONSULT", countries: []string{"BRA", "IND"}, status: event.Planned, notActor: "DEU"}}, anyOf: true},

		// "in the part of X", "in an area of X": a place inside X, as "in
		// the city of" is; not a side.
		{rule: "'met in the part of X that hosts the summit': X is the venue",
			body: "The presidents of Kenya and Uganda met on Monday in the part of Tanzania that hosts the lake summit.",
			want: []expect{{typ: "CONSULT", countries: []string{"KEN", "UGA"}, status: event.Occurred, notActor: "TZA"}}, anyOf: true},
		{rule: "'signed a pact in an area of X'",
			body: "Nigeria and Niger signed a border pact on Monday in an area of Benin near the coast.",
			want: []expect{{typ: "AGREE", countries: []string{"NER", "NGA"}, status: event.Occurred, notActor: "BEN"}}, anyOf: true},
		{rule: "'criticised the part of X's government': no venue word, X stays a side",
			body: "Kenya on Monday criticised the part of Somalia's government that backs the militia.",
			want: []expect{{typ: "ACCUSE", countries: []string{"KEN", "SOM"}, status: event.Occurred}}, anyOf: true},

		// A meeting that "will no longer go ahead" is cancelled, as one
		// "called off" is.
		{rule: "'the visit will no longer go ahead': cancelled",
			body: "Kenyan President William Ruto's visit to Ethiopia will no longer go ahead.",
			want: []expect{{typ: "CONSULT", countries: []string{"ETH", "KEN"}, status: event.Cancelled}}, anyOf: true},
		{rule: "'talks would not go ahead on Friday': cancelled",
			body: "Egypt said on Monday its talks with Sudan would not go ahead on Friday.",
			want: []expect{{typ: "CONSULT", countries: []string{"EGY", "SDN"}, status: event.Cancelled}}, anyOf: true},
		{rule: "'the summit will go ahead': still planned",
			body: "The summit between Egypt and Sudan will go ahead on Friday.",
			want: []expect{{typ: "CONSULT", countries: []string{"EGY", "SDN"}, status: event.Planned}}, anyOf: true},

		// Iraqi armed groups named after Lebanon's Hezbollah are Iraqi:
		// the longer name wins over the Lebanese group's.
		{rule: "'Kataib Hezbollah supporters stormed the US embassy': Iraq protests",
			body: "Kataib Hezbollah supporters stormed the US Embassy in Baghdad on Tuesday.",
			want: []expect{{typ: "PROTEST", countries: []string{"IRQ", "USA"}, status: event.Occurred, notActor: "LBN"}}, anyOf: true},
		{rule: "'bombed five Kataeb Hezbollah bases': Iraq is hit",
			body: "US jets bombed five Kataeb Hezbollah bases on Sunday.",
			want: []expect{{typ: "ASSAULT", countries: []string{"IRQ", "USA"}, status: event.Occurred, notActor: "LBN"}}, anyOf: true},
		{rule: "'Hezbollah fired rockets at Israel': Lebanon's Hezbollah stays Lebanese",
			body: "Hezbollah fired rockets at Israel on Sunday.",
			want: []expect{{typ: "ASSAULT", countries: []string{"ISR", "LBN"}, status: event.Occurred}}, anyOf: true},

		// ", discussing a possible meeting with X": a phrase of what a
		// meeting was about names its topic; X met no one in it.
		{rule: "'held a summit with X, discussing a meeting with Y': Y is the topic",
			body: "South Korean President Lee Jae-myung held his first summit with US President Donald Trump at the White House on Monday, discussing a possible meeting with North Korean leader Kim Jong Un and boosting bilateral cooperation.",
			want: []expect{{typ: "CONSULT", countries: []string{"KOR", "USA"}, status: event.Occurred, notActor: "PRK"}}},
		{rule: "'met X, discussing a possible summit with Y'",
			body: "Kenyan President William Ruto met Ugandan President Yoweri Museveni in Nairobi on Monday, discussing a possible summit with Tanzanian President Samia Suluhu Hassan.",
			want: []expect{{typ: "CONSULT", countries: []string{"KEN", "UGA"}, status: event.Occurred, notActor: "TZA"}}},
		{rule: "', signing a deal with Y': an act of its own, its side stays",
			body: "US President Donald Trump met Chinese President Xi Jinping and Indian Prime Minister Narendra Modi in bilateral talks on Monday, signing a trade deal with Modi.",
			want: []expect{{typ: "CONSULT", countries: []string{"CHN", "USA"}, status: event.Occurred},
				{typ: "CONSULT", countries: []string{"IND", "USA"}, status: event.Occurred},
				{typ: "AGREE", countries: []string{"IND", "USA"}, status: event.Occurred}}},

		// A country adjective heads an actor through a list only when
		// the list ends in an actor noun: a place after "and" ends it
		// ("in the US and Europe"); "governments" is such a noun ("the
		// Turkish and European governments").
		{rule: "'watched in the US and Europe': the US is where, not who",
			body: "The India-Russia summit will be closely watched in the US and Europe.",
			want: []expect{{typ: "CONSULT", countries: []string{"IND", "RUS"}, status: event.Planned, notActor: "USA"}}},
		{rule: "'followed closely in the US and London'",
			body: "The Kenya-Uganda summit will be followed closely in the US and London.",
			want: []expect{{typ: "CONSULT", countries: []string{"KEN", "UGA"}, status: event.Planned, notActor: "USA"}}},
		{rule: "'rebuked the Turkish and European governments': Turkey is rebuked",
			body: "US President Donald Trump rebuked the Turkish and European governments on Monday.",
			want: []expect{{typ: "ACCUSE", countries: []string{"TUR", "USA"}, status: event.Occurred}}},
		{rule: "'criticised the Ugandan and Rwandan governments'",
			body: "Kenya criticised the Ugandan and Rwandan governments on Monday.",
			want: []expect{{typ: "ACCUSE", countries: []string{"KEN", "RWA", "UGA"}, status: event.Occurred}}},
		{rule: "'Chinese and US officials held talks': the list of countries stays",
			body: "Chinese and US officials held talks in Geneva on Monday.",
			want: []expect{{typ: "CONSULT", countries: []string{"CHN", "USA"}, status: event.Occurred}}},

		// Where a speaker's words begin and end. A sentence cut inside a
		// quotation ends it at the closing mark before its attribution
		// (`anything else," Ruto said at a meeting with X`); a speaker who
		// opens a clause after "while" or "after" and goes on with a
		// pronoun is a head, and the words after it have their sides.
		{rule: "a sentence opened inside a quote: the attribution after the closing mark is the reporter's",
			body: "Kenyan President William Ruto spoke on Monday. He called the deal \"a betrayal. We cannot accept anything else,\" Ruto said at a meeting with Ugandan President Yoweri Museveni.",
			want: []expect{{typ: "CONSULT", countries: []string{"KEN", "UGA"}, status: event.Occurred}}, anyOf: true},
		{rule: "'..., Erdogan said during talks with X' after a quote cut by the splitter",
			body: "Turkish President Recep Tayyip Erdogan spoke on Monday. He said: \"It was a mistake. Nothing else can explain it,\" Erdogan said during talks with Iraqi Prime Minister Mohammed Shia al-Sudani.",
			want: []expect{{typ: "CONSULT", countries: []string{"IRQ", "TUR"}, status: event.Occurred}}, anyOf: true},
		{rule: "'while X said he had cancelled a trip to Y': X cancelled",
			body: "Egypt called a meeting of the Arab League while Sudanese Foreign Minister Ali Youssef said he had cancelled a planned trip to Egypt.",
			want: []expect{{typ: "CONSULT", countries: []string{"EGY", "SDN"}, status: event.Cancelled}}, anyOf: true},
		{rule: "'while X said he would visit Y': X visits",
			body: "Kenya recalled its envoy while Ugandan President Yoweri Museveni said he would visit Tanzania next week.",
			want: []expect{{typ: "CONSULT", countries: []string{"TZA", "UGA"}, status: event.Planned}}, anyOf: true},
		{rule: "'after X said the United States should expect Iran to retaliate': no pronoun, the words stay speech",
			body:     "The strikes came hours after US Defense Secretary Pete Hegseth said the United States should expect Iran to retaliate against Israel.",
			notTypes: []string{"ASSAULT", "THREATEN"}},
	}
	runRuleCases(t, pub, tests)
}
