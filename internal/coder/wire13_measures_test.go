package coder

import (
	"testing"

	"storyline/internal/event"
)

// Thirteenth pass (stop 31), coercive measures and their easing as wire
// copy writes them (measures13.go, cues.tsv). The sentences
// are written for these tests.

func TestWireFormsThirteenthPassMeasures(t *testing.T) {
	tests := []struct {
		rule, body string
		want       []expect
		notType    string // a type no event may have
	}{
		{rule: "embassy staff expelled, named by where they work",
			body:    "PRAGUE, April 2, 2021 (AP) — The Czech Republic on Friday expelled three Belarusians working at the Belarusian embassy in Prague.",
			want:    []expect{{typ: "SANCTION", countries: []string{"BLR", "CZE"}, status: event.Occurred}},
			notType: "COERCE"},
		{rule: "embassy employees expelled",
			body:    "OSLO, April 2, 2021 (AP) — Norway expelled the Iranian embassy employees on Thursday after a spying inquiry.",
			want:    []expect{{typ: "SANCTION", countries: []string{"IRN", "NOR"}, status: event.Occurred}},
			notType: "COERCE"},
		{rule: "persona non grata declared with the staff named at length",
			body: "VIENNA, April 2, 2021 (AP) — Austria said on Friday it had declared three employees of the Serbian Embassy in Vienna personae non grata.",
			want: []expect{{typ: "SANCTION", countries: []string{"AUT", "SRB"}, status: event.Occurred}}},
		{rule: "the Latin plural, non gratae",
			body: "ROME, April 2, 2021 (AP) — Italy declared two staff members of the Egyptian consulate in Milan personae non gratae on Friday.",
			want: []expect{{typ: "SANCTION", countries: []string{"EGY", "ITA"}, status: event.Occurred}}},
		{rule: "a tax declared on another country's goods",
			body: "OTTAWA, March 3, 2025 (AP) — Canada's finance ministry on Monday declared a 25% tariff on American steel and aluminium.",
			want: []expect{{typ: "SANCTION", countries: []string{"CAN", "USA"}, status: event.Occurred}}},
		{rule: "a tax ordered on another country's imports",
			body: "WASHINGTON, March 3, 2025 (AP) — The United States has ordered a 30 percent tariff on imports from Vietnam, the Commerce Department said on Monday.",
			want: []expect{{typ: "SANCTION", countries: []string{"USA", "VNM"}, status: event.Occurred}}},
		{rule: "tariffs suspended are a retreat",
			body:    "WASHINGTON, March 3, 2025 (AP) — The United States on Monday suspended tariffs on Japan and South Korea for 60 days.",
			want:    []expect{{typ: "RETREAT", countries: []string{"JPN", "KOR", "USA"}, status: event.Occurred}},
			notType: "SANCTION"},
		{rule: "duties paused are a retreat",
			body:    "OTTAWA, March 3, 2025 (AP) — Canada paused its duties on Chinese electric cars on Monday.",
			want:    []expect{{typ: "RETREAT", countries: []string{"CAN", "CHN"}, status: event.Occurred}},
			notType: "SANCTION"},
		{rule: "a dateline with its year dates the page",
			body: "Ankara, March 4, 2025: Turkey on Tuesday suspended all trade with Israel, the trade ministry said.",
			want: []expect{{typ: "SANCTION", countries: []string{"ISR", "TUR"}, status: event.Occurred, start: "2025-03-04"}}},
		{rule: "a dateline with its year and a dash",
			body: "Seoul, June 9, 2024 – South Korea on Sunday suspended a 2018 military pact with North Korea.",
			want: []expect{{typ: "SANCTION", countries: []string{"KOR", "PRK"}, status: event.Occurred, start: "2024-06-09"}}},
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
		{rule: "migrants expelled stay a coercion",
			body:    "ROME, April 2, 2021 (AP) — Italy expelled 40 Tunisians after the court ruling on Friday.",
			notType: "SANCTION"},
		{rule: "people expelled over an embassy attack named after the cause stay a coercion",
			body:    "ROME, April 2, 2021 (AP) — Italy expelled 40 Tunisians over the attack on the French embassy in Rome.",
			notType: "SANCTION"},
		{rule: "an order of a review of tariffs lays no tax",
			body:    "WASHINGTON, March 3, 2025 (AP) — President Donald Trump ordered a review of tariffs on Japanese cars.",
			notType: "SANCTION"},
		{rule: "imports suspended stay a sanction",
			body:    "BEIJING, March 3, 2025 (AP) — China suspended imports of Japanese seafood on Monday.",
			want:    []expect{{typ: "SANCTION", countries: []string{"CHN", "JPN"}, status: event.Occurred}},
			notType: "RETREAT"},
	}
	for _, tt := range left {
		t.Run("left alone: "+tt.rule, func(t *testing.T) {
			evs := Code(art(tt.body, ""), Options{KeepOneSided: true})
			checkWanted(t, evs, tt.want)
			checkNoType(t, evs, tt.notType)
		})
	}
}
