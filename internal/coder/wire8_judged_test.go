package coder

import (
	"testing"

	"storyline/internal/event"
)

// Eighth pass (stop 26): a government quoted calling another's act what it
// is, with a copula, charges the other side. The sentences are written
// for this test.
func TestWireFormsEighthPassJudged(t *testing.T) {
	const pub = "2019-07-20" // a Saturday
	runRuleCases(t, pub, []ruleCase{
		{rule: "'said the Russian action was lawless': the adjective's country is charged",
			body: "Secretary of State Mike Pompeo said on Friday the Russian action was lawless and unacceptable.",
			want: []expect{{typ: "ACCUSE", countries: []string{"RUS", "USA"}, status: event.Occurred}}},
		{rule: "'the raid by Guatemalan troops was an act of aggression'",
			body: "Mexico's foreign ministry said on Friday that the raid by Guatemalan troops was an act of aggression.",
			want: []expect{{typ: "ACCUSE", countries: []string{"GTM", "MEX"}, status: event.Occurred}}, anyOf: true},
		{rule: "the downing of a jet judged: the side that downed it is charged, not the one hit",
			body: "Turkish jets shot down a Russian bomber near the Syrian border on Tuesday. Vladimir Putin said on Thursday the downing of the bomber was a stab in the back.",
			want: []expect{{typ: "ACCUSE", countries: []string{"RUS", "TUR"}, status: event.Occurred}}, anyOf: true},
		{rule: "'called the strikes an act of war': a charge, not a labour strike called",
			body: "India struck camps in Pakistan on Wednesday. Pakistan's prime minister called the strikes an act of war on Thursday.",
			want: []expect{{typ: "ACCUSE", countries: []string{"IND", "PAK"}, status: event.Occurred}}, anyOf: true,
			notTypes: []string{"PROTEST"}},
		{rule: "an act of goodwill charges no one",
			body:     "This is an act of goodwill, Recep Tayyip Erdogan said on Friday of the Greek offer.",
			notTypes: []string{"ACCUSE"}},
		{rule: "a denied judgment charges no one",
			body:     "This is not an act of aggression, Vladimir Putin said on Friday.",
			notTypes: []string{"ACCUSE"}},
	})
}

// Eighth pass (stop 26): questions that only a government can answer are
// a charge against it, as demanding an explanation from it is. The
// sentences are written for this test.
func TestWireFormsEighthPassQuestions(t *testing.T) {
	const pub = "2019-07-20"
	runRuleCases(t, pub, []ruleCase{
		{rule: "'raised questions that only Moscow must answer'",
			body: "Foreign Secretary Jeremy Hunt said on Friday that the attack raised serious questions that only Moscow must answer.",
			want: []expect{{typ: "ACCUSE", countries: []string{"GBR", "RUS"}, status: event.Occurred}}},
		{rule: "the speaker's words quoted in part",
			body: "French President Emmanuel Macron said on Friday there were “grave questions that only the Chinese government can and should answer”.",
			want: []expect{{typ: "ACCUSE", countries: []string{"CHN", "FRA"}, status: event.Occurred}}},
		{rule: "questions left unanswered charge no one",
			body:     "Foreign Secretary Jeremy Hunt said on Friday there were questions that Iranian officials refused to answer.",
			notTypes: []string{"ACCUSE"}},
	})
}

// The speaker of a judgment quoted before its attribution ("“...,” Hunt
// said") is the one who charges.
func TestJudgmentSpeakerAfterQuote(t *testing.T) {
	const body = "“Iran's actions in the Gulf were unacceptable,” British Foreign Secretary Jeremy Hunt said on Saturday."
	evs := Code(art(body, "2019-07-20"), Options{})
	if len(evs) != 1 || evs[0].Type != "ACCUSE" {
		t.Fatalf("got %s, want one accusation", summary(evs))
	}
	checkRoles(t, body, evs, "ACCUSE", "GBR", "IRN")
}
