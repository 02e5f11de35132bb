package coder

import (
	"testing"

	"storyline/internal/event"
)

// Fifteenth pass (stop 33): a measure a government says it will take, or
// has decided to take, is taken when it is said; a speaker's own threat, a
// day to come and the other side's measure on the page are left alone. The
// sentences are written for this test.
func TestWireFormsFifteenthPassAnnounced(t *testing.T) {
	checkStatusCases(t, []statusCase{
		{"said on a weekday it will impose",
			"Japan said on Wednesday it will impose duties of 20 percent on steel imported from South Korea.",
			"SANCTION", []string{"JPN", "KOR"}, event.Occurred},
		{"said with a dated saying, would expel",
			"Poland's Foreign Ministry said on Nov. 3 it would expel three Belarusian diplomats over the border incidents.",
			"SANCTION", []string{"BLR", "POL"}, event.Occurred},
		{"announced that the government will withdraw",
			"The defence minister announced that Britain will withdraw its troops from Mali by the end of the year.",
			"RETREAT", []string{"GBR", "MLI"}, event.Occurred},
		{"decided to suspend",
			"Vietnam also decided to suspend visa exemptions for Chinese nationals.",
			"SANCTION", []string{"CHN", "VNM"}, event.Occurred},
		{"a day to come keeps it planned",
			"Canada said it will impose tariffs on Chinese electric vehicles from October 1.",
			"SANCTION", []string{"CAN", "CHN"}, event.Planned},
		// Since the nineteenth pass a government's "will impose" with the
		// saying after it, or none, is taken when told (measure18.go).
		{"will impose with the saying after it is taken",
			"Mexico will impose new tariffs on Chinese textiles, the economy minister said.",
			"SANCTION", []string{"CHN", "MEX"}, event.Occurred},
	})
	t.Run("a speaker's own measure is a threat", func(t *testing.T) {
		e := codedOne(t, art("US President Donald Trump said he would impose tariffs of 50 percent on Brazil.", "2025-05-20"), "THREATEN", []string{"BRA", "USA"})
		if e.Status != event.Occurred {
			t.Errorf("got %s, want a threat made", summary([]event.Event{e}))
		}
	})
}
