package actors

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestDefaultTables(t *testing.T) {
	c := Default()
	for _, code := range []string{"USA", "JPN", "GBR", "KOR", "PRK", "CHN", "PHL", "AUS", "SSD"} {
		if _, ok := c.Country(code); !ok {
			t.Errorf("Country(%q) not found", code)
		}
	}
	if ci, _ := c.Country("USA"); ci.Name != "United States" {
		t.Errorf("Country(USA).Name = %q", ci.Name)
	}
	if len(c.places) < 300 {
		t.Errorf("%d places, want at least 300 (capitals and large cities)", len(c.places))
	}
	capitals := map[string]bool{}
	for _, p := range c.places {
		if p.kind == "capital" {
			capitals[p.country] = true
		}
	}
	for _, code := range []string{"USA", "JPN", "CHN", "KOR", "PRK", "RUS", "UKR", "AUS", "IND", "TWN", "GBR", "FRA", "DEU"} {
		if !capitals[code] {
			t.Errorf("no capital for %s", code)
		}
	}
	// Every office in the people tables must have a class, or title-only
	// mentions cannot find its holder.
	ix := c.index()
	missing := map[string]bool{}
	for i, h := range c.holdings {
		if ix.holdingClass[i] == "" {
			missing[h.Office] = true
		}
	}
	if len(missing) > 0 {
		t.Errorf("offices without a class in titles.tsv (%d): %v", len(missing), keys(missing))
	}
}

func keys(m map[string]bool) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	return out
}

func TestLoadFile(t *testing.T) {
	tests := []struct {
		file    string
		wantErr string // "" for none
	}{
		{"testdata/people.tsv", ""},
		{"testdata/extra_places.tsv", ""},
		{"testdata/bad_date.tsv", `testdata/bad_date.tsv:3: from "2030-13-01" is not a YYYY-MM-DD date`},
		{"testdata/bad_country.tsv", `testdata/bad_country.tsv:3: country "Japan" is not an ISO alpha-3 code`},
		{"testdata/bad_header.tsv", `testdata/bad_header.tsv:1: unknown header`},
		{"testdata/bad_fields.tsv", `testdata/bad_fields.tsv:2: 5 fields, want 4`},
		{"testdata/missing.tsv", `load actor table: open testdata/missing.tsv`},
	}
	for _, tt := range tests {
		t.Run(filepath.Base(tt.file), func(t *testing.T) {
			c := Default()
			before := len(c.holdings)
			err := c.LoadFile(tt.file)
			switch {
			case tt.wantErr == "" && err != nil:
				t.Fatalf("LoadFile: %v", err)
			case tt.wantErr != "" && (err == nil || !strings.HasPrefix(err.Error(), tt.wantErr)):
				t.Fatalf("LoadFile error = %v, want prefix %q", err, tt.wantErr)
			case tt.wantErr != "" && len(c.holdings) != before:
				t.Errorf("a file with an error added %d holdings", len(c.holdings)-before)
			}
		})
	}
}

func TestLoadFileExtends(t *testing.T) {
	c := testCatalog(t)
	if err := c.LoadFile("testdata/extra_places.tsv"); err != nil {
		t.Fatal(err)
	}
	got := c.Mentions("Leaders met at Fort Varnell while Novaport warned Seoul.", day("2030-06-01"))
	want := []string{"Fort Varnell|place|Fort Varnell|USA|", "Novaport|country|Japan|JPN||metonym", "Seoul|country|South Korea|KOR||metonym"}
	var gs []string
	for _, m := range got {
		gs = append(gs, show(m))
	}
	if strings.Join(gs, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n  %s\nwant\n  %s", strings.Join(gs, "\n  "), strings.Join(want, "\n  "))
	}
	// Another catalog is not changed by a load into this one.
	if ms := Default().Mentions("Leaders met at Fort Varnell.", day("2030-06-01")); len(ms) != 0 {
		t.Errorf("Default() sees a user's file: %v", ms)
	}
}

func TestLoadFileTrimmedTrailingTab(t *testing.T) {
	// Editors drop trailing tabs; an empty `to` at the end of a line is fine.
	path := filepath.Join(t.TempDir(), "people.tsv")
	data := "name\taliases\tcountry\tsector\toffice\tfrom\tto\nJohn Quill\t\tNZL\tGOV\tPrime Minister\t2031-01-01\n"
	if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
	c := testCatalog(t)
	if err := c.LoadFile(path); err != nil {
		t.Fatal(err)
	}
	hs := c.Holders("NZL", "prime minister", day("2031-06-01"))
	if len(hs) != 1 || hs[0].Name != "John Quill" {
		t.Errorf("Holders(NZL, prime minister) = %v", hs)
	}
}

func TestHolders(t *testing.T) {
	c := testCatalog(t)
	tests := []struct {
		country, office, date, want string
	}{
		{"JPN", "foreign minister", "2030-06-01", "Hiroshi Tanabe"},
		{"JPN", "Minister for Foreign Affairs", "2029-12-31", "Kenji Morita"},
		{"JPN", "top diplomat", "2030-01-31", "Kenji Morita"},
		{"JPN", "foreign minister", "2030-02-01", "Hiroshi Tanabe"},
		{"USA", "foreign minister", "2030-06-01", "Robert Hale"},
		{"USA", "national security adviser", "2028-06-01", "Robert Hale"},
		{"USA", "national security adviser", "2030-06-01", ""},
		{"GBR", "foreign minister", "2030-06-30", ""},
		{"GBR", "foreign minister", "2030-07-01", "Sarah Whitcombe"},
		{"USA", "chairman of the joint chiefs of staff", "2030-06-01", "Thomas Reyes"},
	}
	for _, tt := range tests {
		hs := c.Holders(tt.country, tt.office, day(tt.date))
		got := ""
		if len(hs) > 0 {
			got = hs[0].Name
		}
		if got != tt.want || len(hs) > 1 {
			t.Errorf("Holders(%s, %q, %s) = %v, want %q", tt.country, tt.office, tt.date, hs, tt.want)
		}
	}
}

// TestConcurrentMentions runs one catalog on several goroutines, as the
// pipeline's workers do; go test -race checks it.
func TestConcurrentMentions(t *testing.T) {
	c := testCatalog(t)
	c.idx = nil // built by whichever goroutine comes first
	done := make(chan int)
	for range 4 {
		go func() {
			done <- len(c.Mentions("Secretary of State Robert Hale met Japan's foreign minister in Tokyo.", day("2030-06-01")))
		}()
	}
	for range 4 {
		if n := <-done; n != 3 {
			t.Errorf("%d mentions, want 3", n)
		}
	}
}

// TestPeopleByNameAndCountry checks that one name in two countries is two
// people, that an international office joins the national of that name,
// and that two catalogs loading people of one name do not share them.
func TestPeopleByNameAndCountry(t *testing.T) {
	c := testCatalog(t)
	if got := len(c.personIndex["Alex Morgan"]); got != 2 {
		t.Errorf("Alex Morgan is %d people, want 2 (CAN and AUS)", got)
	}
	if got := len(c.Offices("Alex Morgan")); got != 2 {
		t.Errorf("Offices(Alex Morgan) = %d holdings, want 2", got)
	}
	if got := len(c.personIndex["Lena Brandt"]); got != 1 {
		t.Errorf("Lena Brandt is %d people, want 1 (national and international offices)", got)
	}
	if p := c.people[c.personIndex["Lena Brandt"][0]]; p.country != "DEU" || len(p.holdings) != 2 {
		t.Errorf("Lena Brandt = %+v, want country DEU with 2 holdings", p)
	}

	people := func(lines ...string) string {
		path := filepath.Join(t.TempDir(), "people.tsv")
		data := "name\taliases\tcountry\tsector\toffice\tfrom\tto\n"
		for _, country := range lines {
			data += "Sam Reed\t\t" + country + "\tGOV\tForeign Minister\t2031-01-01\n"
		}
		if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
		return path
	}
	// Two copies of one catalog each load a fourth Sam Reed: appending to
	// the name's list must not write into a list the copies share.
	base := testCatalog(t)
	if err := base.LoadFile(people("NZL", "FJI", "TON")); err != nil {
		t.Fatal(err)
	}
	a, b := base.clone(), base.clone()
	if err := a.LoadFile(people("WSM")); err != nil {
		t.Fatal(err)
	}
	other := filepath.Join(t.TempDir(), "other.tsv")
	if err := os.WriteFile(other, []byte("name\taliases\tcountry\tsector\toffice\tfrom\tto\nAri Vale\t\tTUV\tGOV\tPrime Minister\t2031-01-01\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := b.LoadFile(other); err != nil { // so b's next person has another index than a's
		t.Fatal(err)
	}
	if err := b.LoadFile(people("VUT")); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		c    *Catalog
		want string
	}{{a, "WSM"}, {b, "VUT"}} {
		ps := tc.c.personIndex["Sam Reed"]
		if len(ps) != 4 || tc.c.people[ps[3]].country != tc.want {
			t.Errorf("Sam Reed in one copy: %v, want a fourth person of %s", ps, tc.want)
		}
	}
	if got := len(base.personIndex["Sam Reed"]); got != 3 {
		t.Errorf("the original has %d Sam Reeds after loads into its copies, want 3", got)
	}
}
