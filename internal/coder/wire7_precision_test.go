package coder

import (
	"testing"

	"storyline/internal/event"
)

// Seventh pass (stop 25), precision: events built from words that tell
// no act between two states. The sentences are written for this test;
// each rule has two it must code right and one it must leave alone.
func TestPrecisionSeventhPass(t *testing.T) {
	const pub = "2025-06-11" // a Wednesday
	tests := []ruleCase{
		{rule: "a state calling a meeting of an alliance it sits in is no meeting between states",
			body:     "Norway called an extraordinary meeting of NATO on Tuesday after the drone incursion.",
			notTypes: []string{"CONSULT"}},
		{rule: "a state conferring with its partners in international bodies is no meeting between states",
			body:     "Oslo will confer with its EU and NATO partners on a joint answer, the foreign ministry said on Tuesday.",
			notTypes: []string{"CONSULT"}},
		{rule: "two states meeting at an international body still meet",
			body: "Kenyan President William Ruto met Ugandan President Yoweri Museveni at the United Nations in New York on Tuesday.",
			want: []expect{{typ: "CONSULT", countries: []string{"KEN", "UGA"}, status: event.Occurred}}, anyOf: true},

		{rule: "those who attended the meeting told before do not meet each other",
			body: "Kenyan President William Ruto met Ugandan President Yoweri Museveni in Nairobi on Tuesday. The meeting was attended by the British ambassador and the French ambassador.",
			want: []expect{{typ: "CONSULT", countries: []string{"KEN", "UGA"}, status: event.Occurred}}},
		{rule: "envoys attending the talks told before do not meet each other",
			body: "Kenya and Uganda held talks in Nairobi on Tuesday to end the border dispute. Britain and France also helped, with their envoys attending the talks at the invitation of the hosts.",
			want: []expect{{typ: "CONSULT", countries: []string{"KEN", "UGA"}, status: event.Occurred}}},
		{rule: "leaders attending a summit still meet there",
			body: "Kenyan President William Ruto met Ugandan President Yoweri Museveni in Nairobi on Tuesday. Britain and France attended the summit in Addis Ababa on Wednesday.",
			want: []expect{{typ: "CONSULT", countries: []string{"KEN", "UGA"}, status: event.Occurred}, {typ: "CONSULT", countries: []string{"FRA", "GBR"}, status: event.Occurred}}, anyOf: true},

		{rule: "criticism met from unnamed critics is no accusation by the one who met it",
			body:     "Kenyan President William Ruto reversed course on Tuesday following widespread criticism over his decision to pull Kenyan troops out of Somalia.",
			notTypes: []string{"ACCUSE"}},
		{rule: "criticism drawn from those who accuse is no accusation between states",
			body:     "The withdrawal from Somalia drew much criticism by those who accused Kenya of abandoning its allies to al-Shabaab.",
			notTypes: []string{"ACCUSE"}},
		{rule: "condemnation drawn from a named state stays an accusation",
			body: "Kenya launched an air strike on Uganda on Monday. The strike drew swift condemnation from Uganda on Tuesday.",
			want: []expect{{typ: "ACCUSE", countries: []string{"KEN", "UGA"}, status: event.Occurred}}, anyOf: true},
		{rule: "closer ties as what two sides look to is an aim, no cooperation",
			body:     "Kenyan ministers arrived in Kampala on Tuesday as both sides look to deepen trade cooperation with Uganda.",
			notTypes: []string{"COOPERATE"}},
		{rule: "closer ties as what a body was used for is an aim, no cooperation",
			body:     "Kenya and Uganda have used the regional bloc to strengthen ties with Ethiopia.",
			notTypes: []string{"COOPERATE"}},
		{rule: "closer ties after a promise stay what was agreed",
			body: "Kenya and Uganda agreed on Tuesday to deepen security cooperation.",
			want: []expect{{typ: "AGREE", countries: []string{"KEN", "UGA"}, status: event.Occurred}}, anyOf: true},
		{rule: "a tally of wars is history, no attack",
			body:     "Kenya and Uganda have fought two wars over the disputed island, the last of them in 1998.",
			notTypes: []string{"ASSAULT"}},
		{rule: "a history of detaining foreigners is a habit, no detention",
			body:     "Uganda has a long history of detaining foreigners, and the Kenyan government advises against travel there.",
			notTypes: []string{"COERCE"}},
		{rule: "a count of the people of one act is news",
			body: "Uganda has freed six Kenyan detainees, Kenya's foreign ministry said on Tuesday.",
			want: []expect{{typ: "CONCEDE", countries: []string{"KEN", "UGA"}, status: event.Occurred}}, anyOf: true},
		{rule: "a meeting suggested is proposed, no meeting",
			body:     "Both sides signalled openness to a settlement on Tuesday, with Kenya suggesting a follow-up summit with Uganda in Nairobi.",
			notTypes: []string{"CONSULT"}},
		{rule: "a visit looked forward to is a wish, no visit",
			body:     "Kenyan President William Ruto said he had been looking forward to the state visit of Ugandan President Yoweri Museveni.",
			notTypes: []string{"CONSULT"}},
		{rule: "talks that moved forward still took place",
			body: "Kenya and Uganda moved forward with talks in Nairobi on Tuesday.",
			want: []expect{{typ: "CONSULT", countries: []string{"KEN", "UGA"}, status: event.Occurred}}, anyOf: true},
		{rule: "a passive accusation with no accuser has the accused as its one side",
			body: "Kenya was accused on Tuesday of attacking the enemies of Ethiopia rather than the militants.",
			want: []expect{{typ: "ACCUSE", countries: []string{"KEN"}, status: event.Occurred}}},
		{rule: "a passive accusation by an actor the text does not know has the accused as its one side",
			body: "Kenya was denounced on Tuesday by local militias as a proxy of Ethiopia in the war.",
			want: []expect{{typ: "ACCUSE", countries: []string{"KEN"}, status: event.Occurred}}},
		{rule: "a passive accusation by a named state stays",
			body: "Kenya was accused by Uganda on Tuesday of arming rebels.",
			want: []expect{{typ: "ACCUSE", countries: []string{"KEN", "UGA"}, status: event.Occurred}}, anyOf: true},
	}
	runRuleCases(t, pub, tests)
}

// Seventh pass (stop 25), sides: a country named in an apposition that
// gives the role of a side is no side.
func TestSidesSeventhPass(t *testing.T) {
	const pub = "2025-06-11" // a Wednesday
	tests := []ruleCase{
		{rule: "the country a role apposition names after 'of' is no side",
			body: "Kenya on Tuesday warned Uganda, the chief sponsor of the Sudanese army, that it must stop the arms flights.",
			want: []expect{{typ: "THREATEN", countries: []string{"KEN", "UGA"}, status: event.Occurred}}},
		{rule: "the countries a role apposition names after 'between' are no sides",
			body: "Uganda on Tuesday condemned Kenya, the main mediator between Somalia and Ethiopia, for the border raids.",
			want: []expect{{typ: "ACCUSE", countries: []string{"KEN", "UGA"}, status: event.Occurred}}},
		{rule: "a list after a comma and 'the' names sides",
			body: "Kenya, the United States and Uganda signed a security agreement in Nairobi on Tuesday.",
			want: []expect{{typ: "AGREE", countries: []string{"KEN", "UGA", "USA"}, status: event.Occurred}}, anyOf: true},

		{rule: "what a demand after 'X that' names is its content, no side",
			body: "Kenya on Tuesday urged Uganda that a halt to arms flights to Somalia must come first.",
			want: []expect{{typ: "REQUEST", countries: []string{"KEN", "UGA"}, status: event.Occurred}}},
		{rule: "the one told is no side of what is told",
			body:     "Kenyan President William Ruto told Ugandan President Yoweri Museveni that Ethiopia and Somalia will exchange prisoners on Friday.",
			want:     []expect{{typ: "CONCEDE", countries: []string{"ETH", "SOM"}, status: event.Planned}},
			notTypes: []string{"CONSULT"}},
		{rule: "a warning to someone stays aimed at them",
			body: "Kenya warned Uganda that it would respond with force to any new raid.",
			want: []expect{{typ: "THREATEN", countries: []string{"KEN", "UGA"}, status: event.Occurred}}, anyOf: true},

		{rule: "an act after 'as' with its own subject has its own sides",
			body:     "Clashes erupted along the border on Tuesday as Somalis protested the opening of the Kenyan base.",
			want:     []expect{{typ: "PROTEST", countries: []string{"KEN", "SOM"}, status: event.Occurred}},
			notTypes: []string{"ASSAULT"}},
		{rule: "talks that stalled as one side accused the other are no meeting of theirs",
			body:     "Talks stalled on Tuesday as Uganda accused Kenya of arming rebels.",
			want:     []expect{{typ: "ACCUSE", countries: []string{"KEN", "UGA"}, status: event.Occurred}},
			notTypes: []string{"CONSULT"}},
		{rule: "'acted as' names a role, no clause of its own",
			body: "Uganda acted as Kenya's envoy and mediated talks with Somalia on Tuesday.",
			want: []expect{{typ: "CONSULT", countries: []string{"KEN", "SOM", "UGA"}, status: event.Occurred}}},
	}
	runRuleCases(t, pub, tests)
}
