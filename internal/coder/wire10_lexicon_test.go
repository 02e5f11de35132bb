package coder

import (
	"testing"

	"storyline/internal/event"
)

// Tenth pass (stop 28): vocabulary. The words wire copy uses for an act
// beside the ones the lexicon knew: bases handed back and a presence
// ended (RETREAT), deals inked or sealed (AGREE), companies blacklisted
// (SANCTION), an arrest told as a noun (COERCE), strikes told by the place
// hit (ASSAULT), a ruling not accepted (REJECT), a hostile act deemed
// unacceptable (ACCUSE), a protest march, and the plurals of event nouns.
// The sentences are written for this test.
func TestWireFormsTenthPassLexicon(t *testing.T) {
	const pub = "2025-06-11" // a Wednesday
	runRuleCases(t, pub, []ruleCase{
		// RETREAT
		{rule: "'handed back its last bases': a withdrawal",
			body: "France on Tuesday handed back its last two military bases in Chad, ending decades of presence.",
			want: []expect{{typ: "RETREAT", countries: []string{"FRA", "TCD"}, status: event.Occurred}}, anyOf: true},
		{rule: "'ended its military presence': a withdrawal",
			body: "Britain on Monday formally ended its military presence in Kenya after a ceremony in Nairobi.",
			want: []expect{{typ: "RETREAT", countries: []string{"GBR", "KEN"}, status: event.Occurred}}, anyOf: true},
		{rule: "'vacated its base': a withdrawal",
			body: "The United States on Tuesday vacated its air base in Niger, the Nigerien army said.",
			want: []expect{{typ: "RETREAT", countries: []string{"NER", "USA"}, status: event.Occurred}}, anyOf: true},
		{rule: "leave alone: a patrol that returned to its base gives none up",
			body:     "A French patrol returned to its base in Mali on Tuesday after an attack by jihadists.",
			notTypes: []string{"RETREAT"}},
		{rule: "leave alone: a player handed back the ball is no withdrawal",
			body:     "The referee handed back the ball to the French captain in the second half.",
			notTypes: []string{"RETREAT"}},
		// AGREE
		{rule: "'inked agreements': an agreement",
			body: "India and Japan on Tuesday inked five agreements on defence and trade in New Delhi.",
			want: []expect{{typ: "AGREE", countries: []string{"IND", "JPN"}, status: event.Occurred}}, anyOf: true},
		{rule: "'sealed a deal': an agreement",
			body: "Britain and Australia on Monday sealed a free trade deal after two years of talks.",
			want: []expect{{typ: "AGREE", countries: []string{"AUS", "GBR"}, status: event.Occurred}}, anyOf: true},
		{rule: "the plural of an event noun: 'agreements were signed'",
			body: "Six agreements between India and Japan were signed in Tokyo on Tuesday.",
			want: []expect{{typ: "AGREE", countries: []string{"IND", "JPN"}, status: event.Occurred}}, anyOf: true},
		{rule: "leave alone: a sealed envelope is no deal",
			body:     "The French minister handed the Italian envoy a sealed envelope on Tuesday.",
			notTypes: []string{"AGREE"}},
		// SANCTION
		{rule: "'blacklisted' companies: a sanction",
			body: "The United States on Tuesday blacklisted three Chinese drone makers over their links to the military.",
			want: []expect{{typ: "SANCTION", countries: []string{"CHN", "USA"}, status: event.Occurred}}, anyOf: true},
		{rule: "'added to its entity list': a sanction",
			body: "Washington on Monday added a dozen Russian firms to its entity list.",
			want: []expect{{typ: "SANCTION", countries: []string{"RUS", "USA"}, status: event.Occurred}}, anyOf: true},
		// COERCE
		{rule: "'announced the arrest of': an arrest",
			body: "Iran on Tuesday announced the arrest of a French tourist in Tehran.",
			want: []expect{{typ: "COERCE", countries: []string{"FRA", "IRN"}, status: event.Occurred}}, anyOf: true},
		// ASSAULT
		{rule: "'targeted the port': a strike",
			body: "Israeli jets on Monday targeted Yemen's Hodeidah port, the Houthi-run media said.",
			want: []expect{{typ: "ASSAULT", countries: []string{"ISR", "YEM"}, status: event.Occurred}}, anyOf: true},
		{rule: "'bombarded the city': a strike",
			body: "Russian forces on Tuesday bombarded Ukraine's second city, Kharkiv, for a third night.",
			want: []expect{{typ: "ASSAULT", countries: []string{"RUS", "UKR"}, status: event.Occurred}}, anyOf: true},
		{rule: "leave alone: an advertising campaign that targeted voters is no strike",
			body:     "The French party's campaign on Tuesday targeted young voters in Paris.",
			notTypes: []string{"ASSAULT"}},
		// REJECT
		{rule: "'will never accept nor recognise the ruling': a rejection",
			body: "China on Tuesday said it will never accept nor recognise the ruling of the tribunal on the Philippines' case.",
			want: []expect{{typ: "REJECT", countries: []string{"CHN", "PHL"}, status: event.Occurred}}, anyOf: true},
		// ACCUSE
		{rule: "'we consider this action unacceptable': a charge",
			body: "Britain said on Tuesday that it considered Russia's hostile action totally unacceptable.",
			want: []expect{{typ: "ACCUSE", countries: []string{"GBR", "RUS"}, status: event.Occurred}}, anyOf: true},
	})
}
