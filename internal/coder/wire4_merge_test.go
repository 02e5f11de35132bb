package coder

import (
	"slices"
	"testing"

	"storyline/internal/event"
)

// Dates on pages that show no publication date: a page is written after
// the office holders it names with their titles took office, so a date of
// background older than that dates neither the page nor the acts it tells.
func TestWrittenAfterOfficeHolders(t *testing.T) {
	tests := []struct {
		rule, body string
		typ        string
		countries  []string
		wantStart  string // "" = the event must have no date
	}{
		{rule: "a treaty's year is not the page's day",
			body: "Chancellor Friedrich Merz met French President Emmanuel Macron in Berlin on Thursday.\n" +
				"France and Germany signed the Elysee Treaty on January 22, 1963.",
			typ: "CONSULT", countries: []string{"DEU", "FRA"}},
		{rule: "an undated act does not take a background date of the same parties",
			body: "The government of Prime Minister Keir Starmer expelled Russia's defence attache.\n" +
				"Britain and Russia agreed on a founding act with NATO on May 27, 1997.",
			typ: "COERCE", countries: []string{"GBR", "RUS"}},
		{rule: "leave alone: a date inside the office holders' tenures still dates the page",
			body: "Chancellor Friedrich Merz met French President Emmanuel Macron in Berlin on Thursday.\n" +
				"France and Germany signed a defence pact on July 24, 2025.",
			typ: "CONSULT", countries: []string{"DEU", "FRA"}, wantStart: "2025-07-24"},
	}
	for _, tt := range tests {
		t.Run(tt.rule, func(t *testing.T) {
			evs := Code(art(tt.body, ""), Options{KeepOneSided: true})
			i := slices.IndexFunc(evs, func(e event.Event) bool { return e.Type == tt.typ && slices.Equal(e.Countries(), tt.countries) })
			if i < 0 {
				t.Fatalf("no %s %v in %s", tt.typ, tt.countries, summary(evs))
			}
			got := ""
			if d := evs[i].Date; d != nil {
				got = d.Start
			}
			if got != tt.wantStart {
				t.Errorf("%s %v dated %q, want %q: %s", tt.typ, tt.countries, got, tt.wantStart, summary(evs))
			}
		})
	}
}
