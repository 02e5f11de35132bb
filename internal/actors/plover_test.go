package actors

import (
	"bufio"
	"encoding/json"
	"os"
	"testing"
	"time"
)

// TestPloverCountries runs the embedded tables over the PLOVER gold
// sentences (shared material beside the repository; skipped without it)
// and checks how many of the gold actor and recipient countries are among
// the countries of the mentions that are not places, with and without the
// mentions marked Adjective. The floors sit just under the figures
// measured when the rules were written (docs/actors.md), so a change that
// loses countries fails here.
func TestPloverCountries(t *testing.T) {
	const path = "../../../shared/gold/plover/plover_gsr.jsonl"
	f, err := os.Open(path)
	if err != nil {
		t.Skipf("no PLOVER gold sentences: %v", err)
	}
	defer f.Close()
	// Old event-data codes the gold still uses for a few countries.
	oldCodes := map[string]string{"JAP": "JPN", "ITL": "ITA", "VTN": "VNM", "UKG": "GBR", "GMY": "DEU", "FRN": "FRA"}
	c := Default()
	gold, any, nonAdj, extraAdj, extra := 0, 0, 0, 0, 0
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		var r struct {
			Text       string
			Actors     []struct{ Code string }
			Recipients []struct{ Code string }
		}
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		want := map[string]bool{}
		for _, a := range append(r.Actors, r.Recipients...) {
			code := a.Code
			if now, ok := oldCodes[code]; ok {
				code = now
			}
			if _, ok := c.Country(code); ok {
				want[code] = true
			}
		}
		all, plain := map[string]bool{}, map[string]bool{}
		for _, m := range c.Mentions(r.Text, time.Time{}) {
			if m.Country == "" || m.Kind == Place {
				continue
			}
			all[m.Country] = true
			if !m.Adjective {
				plain[m.Country] = true
			}
		}
		for code := range want {
			gold++
			if all[code] {
				any++
			}
			if plain[code] {
				nonAdj++
			}
		}
		for code := range all {
			switch {
			case want[code]:
			case plain[code]:
				extra++
			default:
				extraAdj++
			}
		}
	}
	if gold < 400 {
		t.Fatalf("only %d gold countries read from %s", gold, path)
	}
	t.Logf("gold countries %d: among mentions %d (%.1f%%), among mentions not marked Adjective %d (%.1f%%); countries not gold: %d in mentions not marked Adjective, %d more only in Adjective mentions",
		gold, any, 100*float64(any)/float64(gold), nonAdj, 100*float64(nonAdj)/float64(gold), extra, extraAdj)
	if float64(any) < 0.92*float64(gold) {
		t.Errorf("%d of %d gold countries among mentions, want at least 92%%", any, gold)
	}
	if float64(nonAdj) < 0.88*float64(gold) {
		t.Errorf("%d of %d gold countries among mentions not marked Adjective, want at least 88%%", nonAdj, gold)
	}
}
