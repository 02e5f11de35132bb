package coder

import (
	"testing"

	"storyline/internal/event"
)

// Stop 51: a passive expulsion with no expeller named is the act of the
// state whose voice closes the sentence; the envoys told by a pronoun are
// the page's other side (expelspeaker51.go, pageSides). The sentences are
// written for this test.
func TestExpelSpeakerCloses(t *testing.T) {
	runRuleCases(t, "2025-03-04", []ruleCase{
		{rule: "the pair declared persona non grata, the ministry said",
			body: "Relations between Latvia and Belarus have soured since the border crisis. Latvian officials said Belarus had sent agents across the border. Two Belarusian diplomats were seen near an army base on Sunday. The pair were declared persona non grata and given two days to go, the Latvian foreign ministry said on Monday.",
			want: []expect{{typ: "SANCTION", countries: []string{"BLR", "LVA"}, status: event.Occurred, start: "2025-03-03"}}},
		{rule: "the attachés were expelled, the government announced",
			body: "Relations between Malawi and Mozambique have worsened since the vote. Malawian officials said Mozambique had funded the campaign. The two attachés were expelled, the Malawian government announced on Monday.",
			want: []expect{{typ: "SANCTION", countries: []string{"MOZ", "MWI"}, status: event.Occurred}}},
		{rule: "left alone: the speaker's own diplomats",
			body: "Relations between Malawi and Mozambique have worsened since the vote. Mozambican officials said Malawi had funded the campaign. Mozambique said its diplomats had been declared persona non grata, the state broadcaster reported.",
			want: []expect{{typ: "SANCTION", countries: []string{"MOZ", "MWI"}, status: event.Occurred}}},
	})
}

// The closing speaker is the expeller, the source.
func TestExpelSpeakerRoles(t *testing.T) {
	body := "Relations between Malawi and Mozambique have worsened since the vote. Malawian officials said Mozambique had funded the campaign. The two attachés were expelled, the Malawian government announced on Monday."
	checkRoles(t, body, Code(art(body, "2025-03-04"), Options{NoLearnedFilter: true}), "SANCTION", "MWI", "MOZ")
}

// Envoys described by a reduced relative of charging are still the
// subject of the passive expulsion; "from the country" names no expeller,
// so the closing speaker does (envoysChargedBefore, namedWithin).
func TestExpelChargedEnvoys(t *testing.T) {
	runRuleCases(t, "2025-03-04", []ruleCase{
		{rule: "diplomats suspected by prosecutors will be expelled",
			body:     "Two Belarusian diplomats suspected of spying by Latvian prosecutors will be expelled from the country, the Latvian foreign ministry announced on Tuesday.",
			want:     []expect{{typ: "SANCTION", countries: []string{"BLR", "LVA"}, status: event.Planned}},
			notTypes: []string{"THREATEN"}},
		{rule: "attachés identified as officers were expelled",
			body: "Three Cuban diplomats identified as intelligence officers by Ecuadorian police were expelled from the country, the Ecuadorian government said.",
			want: []expect{{typ: "SANCTION", countries: []string{"CUB", "ECU"}, status: event.Occurred}}},
		{rule: "left alone: men suspected of smuggling",
			body:     "Kenyan police said two men suspected of smuggling ivory from Uganda would be expelled.",
			notTypes: []string{"SANCTION"}},
	})
}

// The host that sends the identified officers away is the source.
func TestExpelChargedEnvoysRoles(t *testing.T) {
	body := "Three Cuban diplomats identified as intelligence officers by Ecuadorian police were expelled from the country, the Ecuadorian government said."
	checkRoles(t, body, Code(art(body, "2025-03-04"), Options{NoLearnedFilter: true}), "SANCTION", "ECU", "CUB")
}

// A state does not expel its own envoys: a closing speaker of the envoys'
// own state tells of the expulsion it suffered, and is not made its
// expeller (expelledParty). The sentences are written for this test.
func TestExpelSpeakerOwnEnvoys(t *testing.T) {
	for _, body := range []string{
		"Relations between Malawi and Mozambique have worsened since the vote. Two Malawian diplomats were declared persona non grata, the Malawian foreign ministry said on Monday.",
		"Peru and Bolivia have quarrelled over the lake for months. Three Peruvian attachés were expelled on Friday, the Peruvian government announced.",
	} {
		evs := Code(art(body, "2025-03-04"), Options{NoLearnedFilter: true, KeepOneSided: true})
		for _, e := range evs {
			if e.Type != "SANCTION" {
				continue
			}
			for _, a := range e.Actors {
				if a.Role == event.RoleSource && a.Country != nil && (*a.Country == "MWI" || *a.Country == "PER") {
					t.Errorf("%q: the envoys' own state expels them: %s", body, summary(evs))
				}
			}
		}
	}
}
