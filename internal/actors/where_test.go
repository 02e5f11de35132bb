package actors

import (
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestLocate(t *testing.T) {
	c := Default()
	for _, tc := range []struct {
		name, country string
		ok            bool
		lat, lon      float64 // within a degree
		geonames      bool
	}{
		{"Tokyo", "JPN", true, 35.7, 139.7, true},
		{"Washington", "USA", true, 38.9, -77.0, true},
		{"Oruro", "BOL", true, -17.98, -67.1, true},      // a city of 100,000 the scan adds
		{"the Kremlin", "RUS", true, 55.8, 37.6, true},   // a seat lies in its capital
		{"Japan", "JPN", true, 36.6, 138.0, false},       // a country: its middle
		{"Russia", "RUS", true, 61.7, 99.7, false},       // across the antimeridian
		{"Kananaskis", "CAN", true, 50.9, -115.1, false}, // a summit venue entered by hand
		{"Spratly Islands", "", true, 10, 114.3, false},  // islands of no one country
		{"Crimea", "UKR", false, 0, 0, false},            // a region: not the middle of Ukraine
		{"Atlantis", "", false, 0, 0, false},
	} {
		w, ok := c.Locate(tc.name, tc.country)
		if ok != tc.ok {
			t.Errorf("Locate(%q, %q) ok = %v, want %v", tc.name, tc.country, ok, tc.ok)
			continue
		}
		if !ok {
			continue
		}
		if d := w.Lat - tc.lat; d > 1 || d < -1 {
			t.Errorf("Locate(%q) lat = %v, want about %v", tc.name, w.Lat, tc.lat)
		}
		if d := w.Lon - tc.lon; d > 1 || d < -1 {
			t.Errorf("Locate(%q) lon = %v, want about %v", tc.name, w.Lon, tc.lon)
		}
		if (w.GeoNamesID != 0) != tc.geonames {
			t.Errorf("Locate(%q) geonames id = %d, want one: %v", tc.name, w.GeoNamesID, tc.geonames)
		}
	}
}

// Every capital of the place table lies somewhere the gazetteer says.
func TestCapitalsLocated(t *testing.T) {
	c := Default()
	missing := 0
	for _, p := range c.places {
		if p.kind != "capital" {
			continue
		}
		if _, ok := c.Locate(p.name, p.country); !ok {
			missing++
			t.Logf("capital %s (%s) has no coordinates", p.name, p.country)
		}
	}
	if missing > 0 {
		t.Errorf("%d capitals have no coordinates", missing)
	}
}

func TestLoadGazetteerErrors(t *testing.T) {
	head := "geonames_id\tname\tcountry\tlat\tlon\n"
	for _, tc := range []struct{ line, want string }{
		{"x\tTown\tJPN\t1\t2", "geonames_id"},
		{"1\tTown\tJP\t1\t2", "ISO alpha-3"},
		{"1\tTown\tJPN\t91\t2", "latitude"},
		{"1\tTown\tJPN\t1\t181", "longitude"},
		{"\t\t\t1\t2", "neither name nor country"},
	} {
		path := filepath.Join(t.TempDir(), "g.tsv")
		if err := os.WriteFile(path, []byte(head+tc.line+"\n"), 0o644); err != nil {
			t.Fatal(err)
		}
		err := Default().LoadFile(path)
		if err == nil || !strings.Contains(err.Error(), tc.want) || !strings.Contains(err.Error(), "g.tsv") {
			t.Errorf("load %q: err = %v, want one naming the file and %q", tc.line, err, tc.want)
		}
	}
	path := filepath.Join(t.TempDir(), "g.tsv")
	os.WriteFile(path, []byte(head+"99\tNew Town\tJPN\t10\t20\n"), 0o644)
	c := Default()
	if err := c.LoadFile(path); err != nil {
		t.Fatal(err)
	}
	if w, ok := c.Locate("New Town", "JPN"); !ok || w.GeoNamesID != 99 || w.Lat != 10 {
		t.Errorf("loaded place: %+v %v", w, ok)
	}
	if _, ok := Default().Locate("New Town", "JPN"); ok {
		t.Error("a load changed another catalog")
	}
}

// A seat of government ("the White House", "the Kremlin") lies in its
// country's capital, not in a town that happens to bear its name.
func TestSeatsInTheirCapital(t *testing.T) {
	c := Default()
	capital := map[string]Coordinates{}
	for _, p := range c.places {
		if p.kind == "capital" {
			if w, ok := c.Locate(p.name, p.country); ok {
				capital[p.country] = w
			}
		}
	}
	seats := 0
	for _, p := range c.places {
		cap, ok := capital[p.country]
		if p.kind != "seat" || !ok {
			continue
		}
		w, ok := c.Locate(p.name, p.country)
		if !ok {
			continue
		}
		seats++
		// A degree is about 111 km; every seat lies within a few km of the
		// capital's centre.
		if math.Abs(w.Lat-cap.Lat) > 0.5 || math.Abs(w.Lon-cap.Lon) > 0.5 {
			t.Errorf("seat %s (%s) lies at %.2f,%.2f, far from its capital at %.2f,%.2f", p.name, p.country, w.Lat, w.Lon, cap.Lat, cap.Lon)
		}
	}
	if seats < 10 {
		t.Errorf("only %d seats of government checked, want the table's (>= 10)", seats)
	}
}
