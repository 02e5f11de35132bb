package actors

import (
	"testing"
	"time"
)

// A ministry or parliament placed in a capital is that capital's state's;
// an embassy placed there stays unnamed. Sentences written for this test.
func TestMinistryInCapital(t *testing.T) {
	ref := time.Date(2025, 3, 4, 0, 0, 0, 0, time.UTC)
	for body, want := range map[string]string{
		"The foreign ministry in Baku accused Armenia of shelling villages.":         "AZE",
		"The defence ministry in Moscow said the drones were shot down.":             "RUS",
		"The parliament in Kyiv voted to condemn the annexation.":                    "UKR",
		"The embassy in Beijing issued a statement on the detention of its citizen.": "",
	} {
		got := ""
		for _, m := range Default().Mentions(body, ref) {
			if m.Kind == Organisation && m.Country != "" {
				got = m.Country
			}
		}
		if got != want {
			t.Errorf("%q: body of %q, want %q", body, got, want)
		}
	}
}
