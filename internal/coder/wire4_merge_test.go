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
			// An envoy expelled is a sanction (stop 31, measures13.go).
			typ: "SANCTION", countries: []string{"GBR", "RUS"}},
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

// A country before a noun of meeting that the clause names as a party
// ("the Sudan summit" of Egypt and Sudan) is who meets, not the venue.
func TestCountryBeforeMeetingNoun(t *testing.T) {
	const pub = "2023-05-10" // a Wednesday
	runRuleCases(t, pub, []ruleCase{
		{rule: "a party's name before 'summit' is no venue",
			body: "The presidents of Egypt and Sudan held talks at the Sudan summit on Monday.",
			want: []expect{{typ: "CONSULT", countries: []string{"EGY", "SDN"}, status: event.Occurred, start: "2023-05-08", location: "-"}}, anyOf: true},
		{rule: "a party's name before 'talks' is no venue",
			body: "Ethiopia's prime minister met Kenya's president at the Kenya talks on Friday.",
			want: []expect{{typ: "CONSULT", countries: []string{"ETH", "KEN"}, status: event.Occurred, location: "-"}}, anyOf: true},
		{rule: "leave alone: a country that is no party names the venue",
			body: "The presidents of Egypt and Sudan met at the Singapore summit on Monday.",
			want: []expect{{typ: "CONSULT", countries: []string{"EGY", "SDN"}, status: event.Occurred, start: "2023-05-08", location: "Singapore"}}, anyOf: true},
		{rule: "leave alone: a party's country with no noun of meeting after it",
			body: "The presidents of Egypt and Sudan met in Sudan on Monday.",
			want: []expect{{typ: "CONSULT", countries: []string{"EGY", "SDN"}, status: event.Occurred, start: "2023-05-08", location: "Sudan"}}, anyOf: true},
	})
}
