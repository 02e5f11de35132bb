package coder

import (
	"testing"

	"storyline/internal/event"
)

// Fourth pass (stop 22), precision: constructions of news English that use
// an event word for background or for no act. The sentences are written
// for this test; each rule has two it must code right and one it must
// leave alone.
func TestPrecisionFourthPass(t *testing.T) {
	const pub = "2025-06-11" // a Wednesday
	tests := []ruleCase{
		{rule: "an act inside a 'since' phrase is background: the trip stays, the attack goes",
			body: "It was Ruto's first trip to Uganda since Ugandan troops attacked Kenyan border posts in 2019.",
			want: []expect{{typ: "CONSULT", countries: []string{"KEN", "UGA"}, status: event.Occurred}}},
		{rule: "'the first of its kind since' a clause: the clause's shelling is background",
			body:     "The raid was the first of its kind since Sudan shelled an Egyptian border post in 2021.",
			notTypes: []string{"ASSAULT"}},
		{rule: "a 'since' phrase closed by a comma leaves the act after it alone",
			body: "Since the election, Kenyan President William Ruto has met Ugandan President Yoweri Museveni twice.",
			want: []expect{{typ: "CONSULT", countries: []string{"KEN", "UGA"}, status: event.Occurred}}},

		{rule: "'declined to comment' is a source keeping silent, no rejection",
			body:     "Israeli Defense Minister Israel Katz declined to comment on Iranian military activities near the border.",
			notTypes: []string{"REJECT"}},
		{rule: "'refused to say whether' is silence too",
			body:     "The Pentagon refused to say whether Iran had moved missiles into Iraq on Monday.",
			notTypes: []string{"REJECT"}},
		{rule: "'refused to respond to a demand' still rejects it",
			body: "Iran refused to respond to a demand from the United States to halt enrichment.",
			want: []expect{{typ: "REJECT", countries: []string{"IRN", "USA"}, status: event.Occurred}}, anyOf: true},

		{rule: "'welcomed President X at the airport' is a host receiving a guest, not support",
			body: "Egyptian President Abdel Fattah el-Sisi welcomed Kenyan President William Ruto at Cairo airport on Tuesday.",
			want: []expect{{typ: "CONSULT", mode: "visit", countries: []string{"EGY", "KEN"}, status: event.Occurred, start: "2025-06-10"}}, notTypes: []string{"SUPPORT"}},
		{rule: "'welcomed her counterpart to' a capital: a visit",
			body: "German Chancellor Angela Merkel welcomed her Indian counterpart to Berlin on Monday.",
			want: []expect{{typ: "CONSULT", mode: "visit", countries: []string{"DEU", "IND"}, status: event.Occurred}}, anyOf: true, notTypes: []string{"SUPPORT"}},
		{rule: "'welcomed President X's decision' is support of the decision",
			body: "Kenya welcomed Ugandan President Yoweri Museveni's decision to reopen the border.",
			want: []expect{{typ: "SUPPORT", countries: []string{"KEN", "UGA"}, status: event.Occurred}}, anyOf: true, notTypes: []string{"CONSULT"}},

		{rule: "'praised X for' a reason: who the reason names is no party",
			body: "Kenyan President William Ruto praised Uganda for its help in the talks with Sudan.",
			want: []expect{{typ: "SUPPORT", countries: []string{"KEN", "UGA"}, status: event.Occurred}}},
		{rule: "'was criticised for meeting X without consulting Y': no charge against X or Y",
			body:     "Egyptian President Abdel Fattah el-Sisi, who was criticised in some quarters for meeting Ethiopia's prime minister without consulting Sudan, flew home on Monday.",
			notTypes: []string{"ACCUSE"}},
		{rule: "'blamed X for the launch' keeps the one blamed",
			body: "Japan blamed North Korea for the missile launch.",
			want: []expect{{typ: "ACCUSE", countries: []string{"JPN", "PRK"}, status: event.Occurred}}},

		{rule: "'calling President X a \"dictator\"' says what X is called: no phone call",
			body:     "The senator shocked allies by drawing closer to Moscow, calling Ukrainian President Volodymyr Zelenskyy a \"dictator\" in a speech.",
			notTypes: []string{"CONSULT"}},
		{rule: "'called President X a great leader' is no call either",
			body:     "US President Donald Trump called Chinese President Xi Jinping a great leader on Monday.",
			notTypes: []string{"CONSULT"}},
		{rule: "'called President X a day after' is a call",
			body: "Indian Prime Minister Narendra Modi called Russian President Vladimir Putin a day after the summit.",
			want: []expect{{typ: "CONSULT", mode: "phone", countries: []string{"IND", "RUS"}, status: event.Occurred}}},

		{rule: "'chargé d'affaires' is an envoy's title, not a charge",
			body:     "She served as Kenya's charge d'affaires to Egypt and as high commissioner to Uganda.",
			notTypes: []string{"ACCUSE"}},
		{rule: "a 'charge d’affaires' with a curly apostrophe is a title too",
			body:     "Israel's charge d’affaires in Ankara was formerly posted to Egypt.",
			notTypes: []string{"ACCUSE"}},
		{rule: "'charged X with spying' is a charge",
			body: "Kenya charged two Ugandan soldiers with spying on Monday.",
			want: []expect{{typ: "ACCUSE", countries: []string{"KEN", "UGA"}, status: event.Occurred, start: "2025-06-09"}}},

		{rule: "'has repeatedly accused' tells a habit, no act of a day",
			body:     "Kenya has repeatedly accused Uganda of arming rebels.",
			notTypes: []string{"ACCUSE"}},
		{rule: "'has long threatened to cut ties': neither the threat nor the cut is news",
			body:     "Egypt has long threatened to cut ties with Ethiopia over the dam.",
			notTypes: []string{"THREATEN", "SANCTION"}},
		{rule: "an act of the day with 'repeatedly' in a later phrase stays",
			body: "Kenya accused Uganda on Monday of arming rebels, a charge it has repeatedly made.",
			want: []expect{{typ: "ACCUSE", countries: []string{"KEN", "UGA"}, status: event.Occurred, start: "2025-06-09"}}},

		{rule: "'in the fight against' a group is the purpose of troops abroad, no attack",
			body:     "About 3,000 Kenyan troops are based in Somalia, helping the government in the fight against al-Shabaab.",
			notTypes: []string{"ASSAULT"}},
		{rule: "'in the fight against' after a deployment: the deployment alone",
			body:     "Roughly 1,500 French troops are deployed in Chad, assisting the army in the fight against jihadists.",
			notTypes: []string{"ASSAULT"}},
		{rule: "troops that fought someone on a day attacked",
			body: "Kenyan troops fought Ugandan soldiers at the border on Monday.",
			want: []expect{{typ: "ASSAULT", countries: []string{"KEN", "UGA"}, status: event.Occurred, start: "2025-06-09"}}},

		{rule: "a perfect inside a quotation reports an act someone else did, no statement of the speaker's",
			body:     "He recalled old quarrels, saying, “Uganda has accused Kenyan firms of fraud,” and moved on.",
			notTypes: []string{"ACCUSE"}},
		{rule: "'“X has threatened Y before,” the minister said' is the same",
			body:     "“Egypt has threatened Ethiopian engineers before,” the Ethiopian minister said in an interview.",
			notTypes: []string{"THREATEN"}},
		{rule: "a quoted present 'condemns' still performs the act",
			body: "“Kenya strongly condemns the Ugandan attack on our border post,” the Kenyan foreign ministry said.",
			want: []expect{{typ: "ACCUSE", countries: []string{"KEN", "UGA"}, status: event.Occurred}}},

		{rule: "'agreed to limit attacks' is de-escalation agreed, no threat",
			body: "Kenyan President William Ruto and Ugandan President Yoweri Museveni agreed to limit attacks on border villages.",
			want: []expect{{typ: "AGREE", countries: []string{"KEN", "UGA"}, status: event.Occurred}}},
		{rule: "'agreed to curb attacks' likewise",
			body: "Ethiopia and Eritrea agreed to curb attacks near the frontier town.",
			want: []expect{{typ: "AGREE", countries: []string{"ERI", "ETH"}, status: event.Occurred}}},
		{rule: "'threatened to step up attacks' stays a threat",
			body: "Russia threatened on Monday to step up attacks on Ukrainian energy assets.",
			want: []expect{{typ: "THREATEN", countries: []string{"RUS"}, status: event.Occurred}}},

		{rule: "a 'joint commitment' is an agreement the two sides made",
			body: "Kenya and Uganda made a joint commitment on Monday to reopen the border.",
			want: []expect{{typ: "AGREE", countries: []string{"KEN", "UGA"}, status: event.Occurred}}},
		{rule: "'under a joint commitment made by' two leaders",
			body: "The envoys were named under a joint commitment made by the Egyptian and Kenyan presidents in May.",
			want: []expect{{typ: "AGREE", countries: []string{"EGY", "KEN"}, status: event.Occurred}}},
		{rule: "one country's 'commitment to' a process is no agreement",
			body:     "Kenya reaffirmed its commitment to the peace process with Uganda.",
			notTypes: []string{"AGREE"}},

		{rule: "', backed by X,' after a group says who stands behind it: no act of support",
			body:     "Protesters hung flags belonging to the Kenyan militia, backed by Uganda, outside the embassy walls.",
			notTypes: []string{"SUPPORT"}},
		{rule: "'the group, backed by X,' before the verb is the same",
			body:     "Fighters of the Somali group, backed by Eritrea, paraded through Mogadishu with Ethiopian flags.",
			notTypes: []string{"SUPPORT"}},
		{rule: "'was backed by France' is the act",
			body: "The resolution was backed by France on Monday.",
			want: []expect{{typ: "SUPPORT", countries: []string{"FRA"}, status: event.Occurred}}},

		{rule: "'cannot prevent an attack' is an inability: neither coercion nor attack",
			body:     "Kenya cannot prevent an Ugandan attack under the current agreement.",
			notTypes: []string{"COERCE", "ASSAULT"}},
		{rule: "'cannot arrest' is no arrest",
			body:     "Kenya cannot arrest the Ugandan general without a warrant.",
			notTypes: []string{"COERCE"}},
		{rule: "an arrest made, with 'cannot' after a comma, stays",
			body: "Kenya arrested the Ugandan general on Monday, saying it cannot ignore the warrant.",
			want: []expect{{typ: "COERCE", countries: []string{"KEN", "UGA"}, status: event.Occurred}}, anyOf: true},

		{rule: "'gratitude for' aid recalls aid given before: no aid reported",
			body:     "Kenyan President William Ruto stressed Kenya's gratitude for Ugandan military aid on Friday.",
			notTypes: []string{"AID"}},
		{rule: "'appreciation for' aid likewise",
			body:     "Egyptian President Abdel Fattah el-Sisi stressed his country's appreciation for Saudi financial aid on Monday.",
			notTypes: []string{"AID"}},
		{rule: "aid sent is aid",
			body: "The United States sent aid to Ukraine on Monday.",
			want: []expect{{typ: "AID", countries: []string{"UKR", "USA"}, status: event.Occurred, start: "2025-06-09"}}},
	}
	runRuleCases(t, pub, tests)
}
