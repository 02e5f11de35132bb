package coder

import (
	"testing"

	"storyline/internal/event"
)

// Sixth pass (stop 24), undated pages: on a page with no publication date
// the latest full date the body writes stands for the day the story was
// written, and an act told as done with no day of its own is dated by it,
// as a dated page's acts are by its publication day. The sentences are
// written for this test.
func TestWireFormsSixthPassUndated(t *testing.T) {
	tests := []ruleCase{
		{rule: "a caption's full date dates the undated act told before it",
			body: "European leaders met in Brussels to weigh new tariffs on steel.\n\nThe talks ran late into the night, officials said.\n\nGerman Chancellor Friedrich Merz also spoke to French President Emmanuel Macron before the summit, urging a joint line on trade.\n\nLeaders pose for a photo in Brussels, Belgium, April 3, 2025.",
			want: []expect{{typ: "CONSULT", countries: []string{"DEU", "FRA"}, status: event.Occurred, start: "2025-04-03"}}, anyOf: true, undated: true},
		{rule: "an embedded post's date dates the condemnation told above it",
			body: "Iran condemned the Israeli strikes as a crime and called on the United Nations to act.\n\nThe ministry said the port would reopen within days.\n\nThe strikes hit the port at dawn. — Ministry of Defence (@defence) May 12, 2021",
			want: []expect{{typ: "ACCUSE", countries: []string{"IRN", "ISR"}, status: event.Occurred, start: "2021-05-12"}}, anyOf: true, undated: true},
	}
	runRuleCases(t, "", tests)
}

// The text's date does not date a plan, nor an act on a page whose only
// full date is background older than the offices it names.
func TestWireFormsSixthPassUndatedLeftAlone(t *testing.T) {
	for _, body := range []string{
		"The two countries signed a border treaty on May 4, 1994.\n\nThe talks ran late into the night, officials said.\n\nGerman Chancellor Friedrich Merz also spoke to French President Emmanuel Macron before the summit.",
		"European leaders met in Brussels to weigh new tariffs on steel.\n\nThe talks ran late into the night, officials said.\n\nGerman Chancellor Friedrich Merz will travel to Paris to meet French President Emmanuel Macron.\n\nLeaders pose for a photo in Brussels, Belgium, April 3, 2025.",
	} {
		for _, e := range Code(art(body, ""), Options{KeepOneSided: true}) {
			if e.Type == "CONSULT" && e.Date != nil {
				t.Errorf("%q: CONSULT dated %s (%s), want no date", body[:40], e.Date.Start, e.Date.Basis)
			}
		}
	}
}
