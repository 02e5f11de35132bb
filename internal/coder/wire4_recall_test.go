package coder

import (
	"testing"

	"storyline/internal/event"
)

// Fourth pass over wire forms (stop 22), recall: constructions of news
// English that tell an act the lexicon and clauses missed. The sentences
// are written for this test; each rule has two that it must code and one
// it must leave alone.
func TestWireFormsFourthPassRecall(t *testing.T) {
	const pub = "2025-06-11" // a Wednesday
	tests := []ruleCase{
		{rule: "', where the two leaders signed' after a hosted meeting is an agreement of the hosted",
			body: "Kenyan President William Ruto hosted Ugandan President Yoweri Museveni and Tanzanian President Samia Suluhu Hassan in Nairobi, where the two leaders signed a border treaty.",
			want: []expect{{typ: "AGREE", countries: []string{"KEN", "TZA", "UGA"}, status: event.Occurred}}, anyOf: true},
		{rule: "', where the ministers agreed' after a meeting",
			body: "Egypt's foreign minister met his Jordanian counterpart in Amman on Monday, where the two ministers agreed on a plan for aid convoys.",
			want: []expect{{typ: "CONSULT", countries: []string{"EGY", "JOR"}, status: event.Occurred, start: "2025-06-09"},
				{typ: "AGREE", countries: []string{"EGY", "JOR"}, status: event.Occurred}}, anyOf: true},
		{rule: "', where he began his visit' after an arrival with no cue of its own is the one visit",
			body: "Kenyan President William Ruto landed on Monday in Uganda's capital Kampala, where he began a three-day visit.",
			want: []expect{{typ: "CONSULT", countries: []string{"KEN", "UGA"}, status: event.Occurred}}, notTypes: []string{"AGREE"}},

		{rule: "'crashed after being shot down': the crash tells what the attack did; the subject is its target",
			body: "The Indian helicopter crashed in a field near the Chinese border after being shot down by Pakistani troops.",
			want: []expect{{typ: "ASSAULT", countries: []string{"IND", "PAK"}, status: event.Occurred, notActor: "CHN"}}, anyOf: true},
		{rule: "'came down after being shot down' by another country's jets",
			body: "A Syrian military plane crashed on Monday after being shot down by Turkish jets.",
			want: []expect{{typ: "ASSAULT", countries: []string{"SYR", "TUR"}, status: event.Occurred, start: "2025-06-09"}}, anyOf: true},
		{rule: "a crash with no act of force is no attack",
			body:     "A Russian airliner crashed near the Egyptian border after its engine failed, killing 200 people.",
			notTypes: []string{"ASSAULT"}},

		{rule: "'called it a betrayal' after an attack: the charge is aimed at the attacker",
			body: "Turkish jets shot down a Syrian helicopter on Tuesday. Syria's president called it a betrayal by a neighbour.",
			want: []expect{{typ: "ACCUSE", countries: []string{"SYR", "TUR"}, status: event.Occurred}}, anyOf: true},
		{rule: "'denounced the killing as a crime' after an attack",
			body: "Israeli forces killed three Lebanese soldiers at the border on Monday. Lebanon's prime minister denounced the killing as a crime.",
			want: []expect{{typ: "ACCUSE", countries: []string{"ISR", "LBN"}, status: event.Occurred}}, anyOf: true},
		{rule: "'called it a provocation' after no attack aims at no one",
			body: "Ugandan troops held joint drills with Kenya on Monday. Tanzania's president called it a provocation.",
			want: []expect{{typ: "ACCUSE", countries: []string{"TZA"}, status: event.Occurred}}, anyOf: true},

		{rule: "'X, speaking at a news conference with Y, said': X and Y met",
			body: "Kenyan President William Ruto, speaking at a news conference with Ugandan President Yoweri Museveni, said on Monday that the border would reopen.",
			want: []expect{{typ: "CONSULT", countries: []string{"KEN", "UGA"}, status: event.Occurred}}, anyOf: true},
		{rule: "'X, speaking at a joint press conference with Y in Warsaw, said'",
			body: "German Chancellor Olaf Scholz, speaking at a joint press conference with Polish Prime Minister Donald Tusk in Warsaw, said the pipeline was safe.",
			want: []expect{{typ: "CONSULT", countries: []string{"DEU", "POL"}, status: event.Occurred}}, anyOf: true},
		{rule: "a news conference with no one beside the speaker is no meeting",
			body:     "Kenyan President William Ruto, speaking at a news conference in Nairobi, said on Monday that the border would reopen.",
			notTypes: []string{"CONSULT"}},

		{rule: "'branded the shelling of the crossing a \"violation\"': a judgement several words on",
			body: "Israeli troops shelled the Rafah crossing on Monday. Egypt's foreign minister branded the shelling of the crossing a “violation” of the treaty.",
			want: []expect{{typ: "ACCUSE", countries: []string{"EGY", "ISR"}, status: event.Occurred}}, anyOf: true},
		{rule: "'branded the shooting down of the helicopter a \"stab in the back\"'",
			body: "Turkish jets shot down a Syrian army helicopter on Tuesday. Syria's president branded the shooting down of the helicopter a “stab in the back”.",
			want: []expect{{typ: "ACCUSE", countries: []string{"SYR", "TUR"}, status: event.Occurred}}, anyOf: true},
		{rule: "'called' with no word of blame is no charge",
			body:     "Kenya's president called the summit with Uganda and Tanzania in the capital a useful step.",
			notTypes: []string{"ACCUSE"}},

		{rule: "'said X “will be met with force”': the speaker threatens X in a quoted predicate",
			body: "Kenya's president said on Monday that Uganda “will be met with force” if its troops cross the border.",
			want: []expect{{typ: "THREATEN", countries: []string{"KEN", "UGA"}, status: event.Occurred, start: "2025-06-09"}}, anyOf: true},
		{rule: "'said X “will be met with a firm response”'",
			body: "The Egyptian foreign minister said Ethiopia “will be met with a firm response” if it fills the dam.",
			want: []expect{{typ: "THREATEN", countries: []string{"EGY", "ETH"}, status: event.Occurred}}, anyOf: true},
		{rule: "'reserves the right to respond' to an attack is a threat",
			body: "Qatar reserves the right to respond to the Iranian attack, its foreign ministry said on Monday.",
			want: []expect{{typ: "THREATEN", countries: []string{"IRN", "QAT"}, status: event.Occurred, start: "2025-06-09"}}, anyOf: true},
		{rule: "'will be met with a warm welcome' is no threat",
			body:     "Kenya's president said Uganda's delegation “will be met with a warm welcome” at the airport.",
			notTypes: []string{"THREATEN"}},

		{rule: "'welcomed X to State House' is a visit the subject hosts",
			body: "Kenyan President William Ruto welcomed Ugandan President Yoweri Museveni to State House in Nairobi on Monday.",
			want: []expect{{typ: "CONSULT", countries: []string{"KEN", "UGA"}, mode: "visit", status: event.Occurred, start: "2025-06-09"}}},
		{rule: "'greeted X at the Elysee palace'",
			body: "French President Emmanuel Macron greeted German Chancellor Olaf Scholz at the Elysee palace on Monday.",
			want: []expect{{typ: "CONSULT", countries: []string{"DEU", "FRA"}, mode: "visit", status: event.Occurred, start: "2025-06-09"}}},
		{rule: "'welcomed a decision' is no visit",
			body:     "Kenya welcomed Uganda's decision to reopen the border.",
			notTypes: []string{"CONSULT"}},

		{rule: "a prisoner exchange announced for a day is the release, planned",
			body: "Armenia and Azerbaijan will exchange prisoners of war on Friday, the foreign ministry said.",
			want: []expect{{typ: "CONCEDE", countries: []string{"ARM", "AZE"}, status: event.Planned, start: "2025-06-13"}}, anyOf: true, notTypes: []string{"AGREE"}},
		{rule: "'would swap 90 prisoners each' is a planned release",
			body: "The Kremlin said Russia and Ukraine would swap 90 prisoners each on Saturday.",
			want: []expect{{typ: "CONCEDE", countries: []string{"RUS", "UKR"}, status: event.Planned, start: "2025-06-14"}}, anyOf: true, notTypes: []string{"AGREE"}},
		{rule: "a release promised by one side stays a promise",
			body:     "Kenya promised to release the Ugandan opposition leader next week.",
			notTypes: []string{"CONCEDE"}},

		{rule: "'reassured X in a phone call': the call happened when the verb did",
			body: "Kenyan President William Ruto reassured Ugandan President Yoweri Museveni in a phone call that the border would stay open.",
			want: []expect{{typ: "CONSULT", countries: []string{"KEN", "UGA"}, mode: "phone", status: event.Occurred, start: pub}}, anyOf: true},
		{rule: "'updated X in a telephone call'",
			body: "French President Emmanuel Macron updated German Chancellor Olaf Scholz in a telephone call late at night.",
			want: []expect{{typ: "CONSULT", countries: []string{"DEU", "FRA"}, mode: "phone", status: event.Occurred, start: pub}}, anyOf: true},
		{rule: "a call the verb puts ahead is not told as done",
			body:     "Kenyan President William Ruto is expected to brief Ugandan President Yoweri Museveni in a phone call.",
			notTypes: []string{"CONSULT"}},

		{rule: "'announced the expulsion ..., following accusations that X': the subject charges X",
			body: "Kenyan President William Ruto announced the expulsion of Uganda's ambassador on Monday, following accusations that Uganda armed the rebels.",
			want: []expect{{typ: "SANCTION", countries: []string{"KEN", "UGA"}, status: event.Occurred},
				{typ: "ACCUSE", countries: []string{"KEN", "UGA"}, status: event.Occurred}}, anyOf: true},
		{rule: "'expelled the envoy over allegations that X' with no verb of saying",
			body: "Kenya expelled Uganda's ambassador on Monday over allegations that Uganda spied on its ministers.",
			want: []expect{{typ: "ACCUSE", countries: []string{"KEN", "UGA"}, status: event.Occurred}}, anyOf: true},
		{rule: "a charge noun with no 'that' clause gives no second event",
			body:     "Kenya expelled Uganda's ambassador on Monday amid a row over accusations of spying.",
			notTypes: []string{"ACCUSE"}},

		{rule: "'praised X for their release': X released them, to the praiser's side",
			body: "Kenyan President William Ruto praised Uganda for their release after the two aid workers landed in Nairobi on Monday.",
			want: []expect{{typ: "CONCEDE", countries: []string{"KEN", "UGA"}, status: event.Occurred}}, anyOf: true},
		{rule: "'thanked X for freeing the hostages'",
			body: "French President Emmanuel Macron thanked Qatar for freeing the two French hostages.",
			want: []expect{{typ: "CONCEDE", countries: []string{"FRA", "QAT"}, status: event.Occurred}}, anyOf: true},
		{rule: "praise for something else credits no release",
			body:     "French President Emmanuel Macron thanked Qatar for its hospitality during the talks.",
			notTypes: []string{"CONCEDE"}},

		{rule: "'A and B had a tense exchange' is a meeting of the two",
			body: "Kenyan President William Ruto and Ugandan President Yoweri Museveni had a tense exchange in Kampala on Monday.",
			want: []expect{{typ: "CONSULT", countries: []string{"KEN", "UGA"}, mode: "meet", status: event.Occurred, start: "2025-06-09"}}},
		{rule: "'had a frank exchange with'",
			body: "The Egyptian foreign minister had a frank exchange with his Ethiopian counterpart in Addis Ababa.",
			want: []expect{{typ: "CONSULT", countries: []string{"EGY", "ETH"}, mode: "meet", status: event.Occurred}}, anyOf: true},
		{rule: "an exchange of fire is no meeting",
			body:     "Indian and Pakistani troops had an exchange of fire along the border on Monday.",
			notTypes: []string{"CONSULT"}},

		{rule: "'After the call,' after an event of two sides is their call",
			body: "Kenyan President William Ruto and Ugandan President Yoweri Museveni agreed on Monday to reopen the border. After the call, Ruto's office said trade would resume within a week.",
			want: []expect{{typ: "CONSULT", countries: []string{"KEN", "UGA"}, mode: "phone", status: event.Occurred, start: "2025-06-09"}}, anyOf: true},
		{rule: "'During the talks,' after an agreement is the talks of its sides",
			body: "Russia and Ukraine agreed on Tuesday to swap prisoners. During the talks, the Russian side raised the question of grain exports.",
			want: []expect{{typ: "CONSULT", countries: []string{"RUS", "UKR"}, status: event.Occurred, start: "2025-06-10"}}, anyOf: true},
		{rule: "'After the war,' points back to no meeting",
			body:     "Kenya and Uganda agreed on Monday to reopen the border. After the war, the two countries rebuilt their roads.",
			notTypes: []string{"CONSULT"}},
	}
	runRuleCases(t, pub, tests)
}
