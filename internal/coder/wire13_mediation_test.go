package coder

import (
	"slices"
	"testing"

	"storyline/internal/event"
)

// Thirteenth pass (stop 31), talks brought about by third countries and
// the agreements made at them. The sentences are written for these tests.

// An intent verb's object is the first act it names: "agreed to an
// immediate ceasefire during talks" agrees to the ceasefire; the talks
// are where (sentence.go, pickCue).
func TestWireFormsThirteenthPassAgreedAtTalks(t *testing.T) {
	tests := []struct {
		rule, body string
		want       []expect
	}{
		{rule: "a truce agreed to during talks is an agreement",
			body: "ADDIS ABABA, March 4, 2024 (AP) — Ethiopia and Eritrea agreed on Sunday to a permanent truce during talks in Nairobi, officials said.",
			want: []expect{{typ: "AGREE", countries: []string{"ERI", "ETH"}, status: event.Occurred}}},
		{rule: "a pledged withdrawal at negotiations is no meeting",
			body: "KHARTOUM, May 20, 2024 (AP) — Sudan and South Sudan have committed to a phased withdrawal of troops at negotiations held in Addis Ababa.",
			want: []expect{{typ: "AGREE", countries: []string{"SDN", "SSD"}, status: event.Occurred}}},
	}
	for _, tt := range tests {
		t.Run(tt.rule, func(t *testing.T) {
			evs := Code(art(tt.body, ""), Options{})
			checkWanted(t, evs, tt.want)
			for _, e := range evs {
				if e.Type == "CONSULT" {
					t.Errorf("the setting coded as the act: %s", summary(evs))
				}
			}
		})
	}
	t.Run("left alone: agreed to hold talks is a planned meeting", func(t *testing.T) {
		body := "ADDIS ABABA, March 4, 2024 (AP) — Ethiopia and Eritrea have agreed to hold talks in Nairobi next month."
		checkWanted(t, Code(art(body, ""), Options{}),
			[]expect{{typ: "CONSULT", countries: []string{"ERI", "ETH"}, status: event.Planned}})
	})
}

// A country the page names as the go-between of talks ("talks mediated by
// Qatar and Egypt", "negotiations hosted by Kenya with Uganda acting as
// mediator") is no side of the talks or the deal, and no pair of "both
// sides" (mediators13.go).
func TestWireFormsThirteenthPassMediators(t *testing.T) {
	t.Run("mediators named in a participle are no sides, nor 'both sides'", func(t *testing.T) {
		body := "NAIROBI, June 9, 2024 (AP) — Ethiopia and Somalia agreed on Sunday to end their dispute over a port deal at talks in Ankara, mediated by Turkey and Kenya. " +
			"Turkey and Kenya welcomed the outcome. Both sides will meet again in Ankara on July 2."
		evs := Code(art(body, ""), Options{})
		checkWanted(t, evs, []expect{{typ: "AGREE", countries: []string{"ETH", "SOM"}, status: event.Occurred},
			{typ: "CONSULT", countries: []string{"ETH", "SOM"}, status: event.Planned, start: "2024-07-02"}})
		for _, e := range evs {
			if slices.Contains(e.Countries(), "KEN") {
				t.Errorf("a mediator made a party: %s", summary(evs))
			}
		}
	})
	t.Run("the host and the mediator of negotiations are no parties of the deal", func(t *testing.T) {
		body := "KAMPALA, June 9, 2024 (AP) — The negotiations, hosted by Kenya with Uganda acting as mediator, lasted ten hours. " +
			"Kenya said on Sunday that Sudan, South Sudan and Uganda reached an agreement on border trade."
		evs := Code(art(body, ""), Options{})
		checkWanted(t, evs, []expect{{typ: "AGREE", countries: []string{"SDN", "SSD"}, status: event.Occurred}})
		for _, e := range evs {
			if len(e.Countries()) > 2 || slices.Equal(e.Countries(), []string{"KEN", "UGA"}) {
				t.Errorf("a mediator made a party: %s", summary(evs))
			}
		}
	})
	t.Run("left alone: a country named as no go-between stays a party", func(t *testing.T) {
		body := "NAIROBI, June 9, 2024 (AP) — Kenya, Ethiopia and Somalia signed an agreement on border trade in Nairobi on Sunday, after talks hosted by the African Union."
		checkWanted(t, Code(art(body, ""), Options{}),
			[]expect{{typ: "AGREE", countries: []string{"ETH", "KEN", "SOM"}, status: event.Occurred}})
	})
}
