package coder

import (
	"slices"
	"testing"

	"storyline/internal/event"
)

// Twelfth pass (stop 30), the modality of coercive acts: a sanction or a
// blow held out is a threat, one imposed is a sanction (threats12.go). The
// sentences are written for these tests.

func TestWireFormsTwelfthPassThreats(t *testing.T) {
	tests := []struct {
		rule, body string
		want       []expect
		notType    string // a type no event may have
	}{
		{rule: "a sanction the speaker says he will impose is a threat made",
			body:    "WASHINGTON, March 3, 2025 (AP) — U.S. President Donald Trump said on Monday he would sharply raise tariffs on Canada over its dairy rules.",
			want:    []expect{{typ: "THREATEN", countries: []string{"CAN", "USA"}, status: event.Occurred}},
			notType: "SANCTION"},
		{rule: "a contracted will: he'll",
			body:    "WASHINGTON, March 3, 2025 (AP) — President Donald Trump says he'll slap 50% tariffs on Mexico if the border is not sealed within a month.",
			want:    []expect{{typ: "THREATEN", countries: []string{"MEX", "USA"}, status: event.Occurred}},
			notType: "SANCTION"},
		{rule: "tariffs and sanctions threatened are one object of the threat",
			body:    "CARACAS, March 3, 2025 (AP) — President Donald Trump had threatened tariffs and sanctions on Venezuela after it turned back two deportation flights.",
			want:    []expect{{typ: "THREATEN", countries: []string{"USA", "VEN"}, status: event.Occurred}},
			notType: "SANCTION"},
		{rule: "the goods a threatened tariff falls on name the country threatened",
			body: "MEXICO CITY, March 3, 2025 (AP) — Washington answered on Monday with threats of a 30% tariff on Mexican goods.",
			want: []expect{{typ: "THREATEN", countries: []string{"MEX", "USA"}, status: event.Occurred}}},
		{rule: "retaliation promised is a threat",
			body: "SEOUL, March 3, 2025 (AP) — North Korea declared on Tuesday it would retaliate against South Korea for the joint drills.",
			want: []expect{{typ: "THREATEN", countries: []string{"KOR", "PRK"}, status: event.Occurred}}},
		{rule: "a necessary response promised on a condition is a threat made when said",
			body: "BEIJING, March 3, 2025 (AP) — Beijing will make a firm and necessary response if Washington does not withdraw the visa ban, the foreign ministry said on Tuesday.",
			want: []expect{{typ: "THREATEN", countries: []string{"CHN", "USA"}, status: event.Occurred}}},
		{rule: "a tax measured in 'per cent' is laid as one measured in 'percent'",
			body: "OTTAWA, March 3, 2025 (AP) — Canada imposed an additional 25 per cent tariff on Chinese steel on Monday.",
			want: []expect{{typ: "SANCTION", countries: []string{"CAN", "CHN"}, status: event.Occurred}}},
	}
	for _, tt := range tests {
		t.Run(tt.rule, func(t *testing.T) {
			evs := Code(art(tt.body, ""), Options{KeepOneSided: true})
			checkWanted(t, evs, tt.want)
			checkNoType(t, evs, tt.notType)
		})
	}
	left := []struct {
		rule, body string
		want       []expect
		notType    string
	}{
		{rule: "a measure a government announces for a day stays a planned sanction",
			body:    "BEIJING, March 3, 2025 (AP) — China's commerce ministry said on Monday that from June 1 it will impose tariffs on goods from the United States.",
			want:    []expect{{typ: "SANCTION", countries: []string{"CHN", "USA"}, status: event.Planned}},
			notType: "THREATEN"},
		{rule: "tariffs and sanctions imposed are a sanction",
			body:    "LONDON, March 3, 2025 (AP) — Britain imposed tariffs and sanctions on Belarus on Monday.",
			want:    []expect{{typ: "SANCTION", countries: []string{"BLR", "GBR"}, status: event.Occurred}},
			notType: "THREATEN"},
		{rule: "a reply promised is no threat",
			body:    "LONDON, March 3, 2025 (AP) — Britain said it would respond to the French letter next week.",
			notType: "THREATEN"},
	}
	for _, tt := range left {
		t.Run("left alone: "+tt.rule, func(t *testing.T) {
			evs := Code(art(tt.body, ""), Options{KeepOneSided: true})
			checkWanted(t, evs, tt.want)
			checkNoType(t, evs, tt.notType)
		})
	}
}

// "25 per cent" is one word of measure; "per" alone, or after no number,
// stays as it is.
func TestTokenizeTwelfthPassMeasure(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want []string
	}{
		{"a 25 per cent tariff", []string{"a", "25", "percent", "tariff"}},
		{"he'll impose", []string{"he", "'ll", "impose"}},
		{"three per cent", []string{"three", "per", "cent"}},
		{"paid per centre", []string{"paid", "per", "centre"}},
	} {
		var got []string
		for _, tk := range tokenize(tt.in) {
			got = append(got, tk.lower)
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("tokenize(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
