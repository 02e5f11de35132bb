package merge

import (
	"encoding/json"
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"storyline/internal/event"
)

var update = flag.Bool("update", false, "rewrite testdata/labelled.json from the generator")

// The labelled set: scenarios drawn from how news reports diplomacy, each a
// handful of reports from different articles with the real-world event each
// belongs to (Label). It is generated (generateLabelled, seeded) and
// committed; -update rewrites it.
const labelledFile = "testdata/labelled.json"

type labelledReport struct {
	ID        string     `json:"id"`
	Article   string     `json:"article"`
	Published string     `json:"published"`
	Label     string     `json:"label"` // the real-world event
	Type      string     `json:"type"`
	Mode      string     `json:"mode"`
	Status    string     `json:"status"`
	Date      *[4]string `json:"date"`  // start, end, grain, basis
	Place     *[2]string `json:"place"` // name, country
	Countries []string   `json:"countries"`
	Note      string     `json:"note,omitempty"`
}

type scenario struct {
	Name    string           `json:"name"`
	Pattern string           `json:"pattern"`
	Reports []labelledReport `json:"reports"`
}

func (r labelledReport) report() Report {
	e := event.Event{ID: r.ID, Type: r.Type, Mode: r.Mode, Status: event.Status(r.Status),
		Evidence: []event.Evidence{{Source: r.Article, Text: r.Note, Start: 0, End: len(r.Note)}}, Confidence: 0.8}
	if r.Date != nil {
		e.Date = &event.Date{Start: r.Date[0], End: r.Date[1], Grain: event.Grain(r.Date[2]), Basis: event.Basis(r.Date[3])}
	}
	if r.Place != nil {
		c := r.Place[1]
		e.Location = &event.Location{Name: r.Place[0], Country: &c}
	}
	for _, c := range r.Countries {
		e.Actors = append(e.Actors, event.Actor{Name: c, Country: &c, Role: event.RoleParticipant})
	}
	return Report{Event: e, ArticleID: r.Article, Root: r.Article, Published: r.Published}
}

// testCountries stands in for the actor catalog: the country names used in
// the labelled set.
var testCountries = map[string]string{"JPN": "Japan", "USA": "United States", "KOR": "South Korea", "CHN": "China",
	"DEU": "Germany", "FRA": "France", "IND": "India", "GBR": "United Kingdom", "AUS": "Australia", "PHL": "Philippines"}

func testOptions() Options {
	o := DefaultOptions()
	o.IsCountry = func(name, code string) bool { return strings.EqualFold(testCountries[code], name) }
	return o
}

func readLabelled(t testing.TB) []scenario {
	if *update {
		b, err := json.MarshalIndent(generateLabelled(), "", " ")
		if err != nil {
			t.Fatal(err)
		}
		if err := os.MkdirAll(filepath.Dir(labelledFile), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(labelledFile, append(b, '\n'), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	b, err := os.ReadFile(labelledFile)
	if err != nil {
		t.Fatalf("read labelled set (go test -run Labelled -update writes it): %v", err)
	}
	var out []scenario
	if err := json.Unmarshal(b, &out); err != nil {
		t.Fatalf("decode %s: %v", labelledFile, err)
	}
	return out
}

type pairCounts struct{ same, missed, different, wrong int }

// scorePairs merges each scenario and counts, over every pair of its
// reports, missed merges (same event, apart) and wrong merges (different
// events, merged).
func scorePairs(scenarios []scenario, opts Options) map[string]*pairCounts {
	out := map[string]*pairCounts{"total": {}}
	for _, sc := range scenarios {
		var reports []Report
		for _, r := range sc.Reports {
			reports = append(reports, r.report())
		}
		got := map[string]int{}
		for i, m := range Merge(reports, opts) {
			for _, id := range m.Reports {
				got[id] = i
			}
		}
		pc := out[sc.Pattern]
		if pc == nil {
			pc = &pairCounts{}
			out[sc.Pattern] = pc
		}
		for i, a := range sc.Reports {
			for _, b := range sc.Reports[i+1:] {
				merged := got[a.ID] == got[b.ID]
				for _, c := range []*pairCounts{pc, out["total"]} {
					if a.Label == b.Label {
						c.same++
						if !merged {
							c.missed++
						}
					} else {
						c.different++
						if merged {
							c.wrong++
						}
					}
				}
			}
		}
	}
	return out
}

func TestLabelledMerges(t *testing.T) {
	scenarios := readLabelled(t)
	counts := scorePairs(scenarios, testOptions())
	var patterns []string
	for p := range counts {
		if p != "total" {
			patterns = append(patterns, p)
		}
	}
	slices.Sort(patterns)
	patterns = append(patterns, "total")
	var b strings.Builder
	fmt.Fprintf(&b, "%-26s %10s %8s %10s %8s\n", "pattern", "same pairs", "missed", "diff pairs", "wrong")
	for _, p := range patterns {
		c := counts[p]
		fmt.Fprintf(&b, "%-26s %10d %8d %10d %8d\n", p, c.same, c.missed, c.different, c.wrong)
	}
	tot := counts["total"]
	missed := float64(tot.missed) / float64(max(tot.same, 1))
	wrong := float64(tot.wrong) / float64(max(tot.different, 1))
	fmt.Fprintf(&b, "missed merges: %d of %d same-event pairs (%.1f%%); wrong merges: %d of %d different-event pairs (%.1f%%)\n",
		tot.missed, tot.same, 100*missed, tot.wrong, tot.different, 100*wrong)
	t.Logf("merge on %d scenarios, %s\n%s", len(scenarios), labelledFile, b.String())
	if tot.same < 200 || tot.different < 200 {
		t.Fatalf("labelled set too small: %d same, %d different pairs", tot.same, tot.different)
	}
	if wrong > 0.01 {
		t.Errorf("wrong merges %.1f%% > 1%%", 100*wrong)
	}
	if missed > 0.10 {
		t.Errorf("missed merges %.1f%% > 10%%", 100*missed)
	}
}

func TestMergeIsOrderIndependent(t *testing.T) {
	scenarios := readLabelled(t)
	var all []Report
	for _, sc := range scenarios {
		for _, r := range sc.Reports {
			all = append(all, r.report())
		}
	}
	want := summary(Merge(all, testOptions()))
	rng := rand.New(rand.NewPCG(1, 2))
	for range 5 {
		rng.Shuffle(len(all), func(i, j int) { all[i], all[j] = all[j], all[i] })
		if got := summary(Merge(all, testOptions())); got != want {
			t.Fatalf("merging shuffled reports gave a different result")
		}
	}
}

func summary(ms []Merged) string {
	b, _ := json.Marshal(ms)
	return string(b)
}

// generateLabelled builds the labelled scenarios. The patterns are the ways
// news covers recurring diplomacy; labels are known by construction.
func generateLabelled() []scenario {
	rng := rand.New(rand.NewPCG(2024, 7))
	type pair struct {
		a, b         string
		cityA, cityB string
	}
	pairs := []pair{
		{"JPN", "USA", "Tokyo", "Washington"}, {"JPN", "KOR", "Tokyo", "Seoul"}, {"CHN", "USA", "Beijing", "Washington"},
		{"DEU", "FRA", "Berlin", "Paris"}, {"IND", "USA", "New Delhi", "Washington"}, {"GBR", "USA", "London", "Washington"},
		{"AUS", "JPN", "Canberra", "Tokyo"}, {"JPN", "PHL", "Tokyo", "Manila"},
	}
	var out []scenario
	n := 0
	patterns := []struct {
		name  string
		count int
	}{
		{"planned-then-held", 12}, {"week-ahead", 6}, {"month-ahead", 5}, {"recurring-monthly", 8},
		{"weekly-calls", 5}, {"visit-range", 6}, {"same-day-two-cities", 4}, {"sidelines-bilaterals", 4},
		{"publication-dated", 6}, {"month-two-meetings", 3}, {"call-then-meeting", 4}, {"next-stop", 4},
		{"annual-summit", 4}, {"same-month-days-apart", 5}, {"misdated-report", 3}, {"consecutive-days", 4}, {"one-article-two-deals", 4},
	}
	for _, pat := range patterns {
		pattern := pat.name
		for i := range pat.count {
			n++
			p := pairs[rng.IntN(len(pairs))]
			d := time.Date(2019+rng.IntN(6), time.Month(1+rng.IntN(12)), 1+rng.IntN(26), 0, 0, 0, 0, time.UTC)
			sc := scenario{Name: fmt.Sprintf("%s-%d", pattern, i+1), Pattern: pattern}
			k := 0
			add := func(label string, pub time.Time, typ, mode, status string, date *[4]string, place *[2]string, countries ...string) {
				k++
				if len(countries) == 0 {
					countries = []string{p.a, p.b}
				}
				sc.Reports = append(sc.Reports, labelledReport{
					ID: fmt.Sprintf("r%03d-%02d", n, k), Article: fmt.Sprintf("a%03d-%02d", n, k), Published: ymd(pub),
					Label: label, Type: typ, Mode: mode, Status: status, Date: date, Place: place, Countries: countries,
					Note: fmt.Sprintf("sentence %d of scenario %d", k, n),
				})
			}
			city := func(c, code string) *[2]string { return &[2]string{c, code} }
			country := func(code string) *[2]string { return &[2]string{testCountries[code], code} }
			host := city(p.cityA, p.a)
			hostCountry := country(p.a)
			// held adds 2-4 reports of a meeting on day at the host city,
			// some naming only the country or no place, some dated
			// relative to publication, one perhaps a day off.
			held := func(label string, on time.Time, place, placeCountry *[2]string) {
				for j := range 2 + rng.IntN(3) {
					pub := on.AddDate(0, 0, rng.IntN(2))
					basis := "explicit"
					if rng.IntN(2) == 0 {
						basis = "relative"
					}
					date := on
					if j > 0 && rng.IntN(5) == 0 {
						// "on Tuesday" read in another time zone.
						date, basis = on.AddDate(0, 0, 1), "relative"
					}
					pl := place
					switch rng.IntN(4) {
					case 0:
						pl = placeCountry
					case 1:
						pl = nil
					}
					add(label, pub, "CONSULT", "meet", "occurred", dayDate(date, basis), pl)
				}
			}
			switch pattern {
			case "planned-then-held":
				add("A", d.AddDate(0, 0, -2-rng.IntN(9)), "CONSULT", "meet", "planned", dayDate(d, "explicit"), host)
				held("A", d, host, hostCountry)
			case "week-ahead":
				pub := d.AddDate(0, 0, -7)
				ws := d.AddDate(0, 0, -int(d.Weekday()+6)%7)
				add("A", pub, "CONSULT", "visit", "planned", &[4]string{ymd(ws), ymd(ws.AddDate(0, 0, 6)), "week", "relative"}, hostCountry)
				held("A", d, host, hostCountry)
			case "month-ahead":
				ms := time.Date(d.Year(), d.Month(), 1, 0, 0, 0, 0, time.UTC)
				add("A", ms, "CONSULT", "meet", "planned", &[4]string{ymd(ms), ymd(ms.AddDate(0, 1, -1)), "month", "relative"}, nil)
				held("A", d, host, hostCountry)
			case "recurring-monthly":
				d2 := d.AddDate(0, 0, 21+rng.IntN(20))
				add("A", d.AddDate(0, 0, -5), "CONSULT", "meet", "planned", dayDate(d, "explicit"), host)
				held("A", d, host, hostCountry)
				held("B", d2, host, hostCountry)
			case "weekly-calls":
				for w, label := range []string{"A", "B", "C"} {
					on := d.AddDate(0, 0, 7*w)
					for range 1 + rng.IntN(2) {
						add(label, on.AddDate(0, 0, rng.IntN(2)), "CONSULT", "phone", "occurred", dayDate(on, "relative"), nil)
					}
				}
			case "visit-range":
				r := &[4]string{ymd(d), ymd(d.AddDate(0, 0, 2)), "range", "explicit"}
				add("A", d.AddDate(0, 0, -6), "CONSULT", "visit", "planned", r, hostCountry)
				add("A", d, "CONSULT", "visit", "occurred", r, hostCountry)
				add("A", d.AddDate(0, 0, 1), "CONSULT", "meet", "occurred", dayDate(d.AddDate(0, 0, 1), "relative"), host)
			case "same-day-two-cities":
				other := city(p.cityB, p.b)
				add("A", d, "CONSULT", "meet", "occurred", dayDate(d, "explicit"), host)
				add("A", d.AddDate(0, 0, 1), "CONSULT", "meet", "occurred", dayDate(d, "relative"), host)
				add("B", d, "CONSULT", "meet", "occurred", dayDate(d, "explicit"), other)
				add("B", d.AddDate(0, 0, 1), "CONSULT", "meet", "occurred", dayDate(d, "relative"), other)
			case "sidelines-bilaterals":
				venue := city("Hiroshima", "JPN")
				add("A", d, "CONSULT", "meet", "occurred", dayDate(d, "explicit"), venue, "JPN", "USA")
				add("A", d.AddDate(0, 0, 1), "CONSULT", "meet", "occurred", dayDate(d, "relative"), venue, "JPN", "USA")
				add("B", d, "CONSULT", "meet", "occurred", dayDate(d, "explicit"), venue, "GBR", "JPN")
				add("C", d, "CONSULT", "multilateral", "occurred", dayDate(d, "explicit"), venue, "JPN", "KOR", "USA")
				add("D", d, "AGREE", "", "occurred", dayDate(d, "explicit"), venue, "JPN", "USA")
			case "publication-dated":
				held("A", d, host, hostCountry)
				pub := d.AddDate(0, 0, 1)
				add("A", pub, "CONSULT", "meet", "occurred", dayDate(pub, "publication"), nil)
				pre := d.AddDate(0, 0, -10)
				add("A", pre, "CONSULT", "visit", "planned", dayDate(pre, "publication"), hostCountry)
			case "month-two-meetings":
				d1 := time.Date(d.Year(), d.Month(), 3+rng.IntN(5), 0, 0, 0, 0, time.UTC)
				d2 := d1.AddDate(0, 0, 12+rng.IntN(8))
				held("A", d1, host, hostCountry)
				held("B", d2, host, hostCountry)
				ms := time.Date(d.Year(), d.Month(), 1, 0, 0, 0, 0, time.UTC)
				add("A", d1.AddDate(0, 0, 5), "CONSULT", "meet", "occurred",
					&[4]string{ymd(ms), ymd(ms.AddDate(0, 1, -1)), "month", "relative"}, nil)
			case "call-then-meeting":
				add("A", d, "CONSULT", "phone", "occurred", dayDate(d, "relative"), nil)
				add("A", d, "CONSULT", "phone", "occurred", dayDate(d, "explicit"), nil)
				held("B", d.AddDate(0, 0, 1), host, hostCountry)
			case "next-stop":
				held("A", d, host, hostCountry)
				add("B", d.AddDate(0, 0, 2), "CONSULT", "meet", "occurred", dayDate(d.AddDate(0, 0, 2), "explicit"), city("Vientiane", "LAO"))
				add("B", d.AddDate(0, 0, 3), "CONSULT", "meet", "occurred", dayDate(d.AddDate(0, 0, 2), "relative"), city("Vientiane", "LAO"))
			case "annual-summit":
				held("A", d, host, hostCountry)
				next := d.AddDate(1, 0, 0)
				ys := time.Date(next.Year(), 1, 1, 0, 0, 0, 0, time.UTC)
				add("B", d, "CONSULT", "meet", "planned", &[4]string{ymd(ys), ymd(ys.AddDate(1, 0, -1)), "year", "relative"}, nil)
				held("B", next, host, hostCountry)
			case "same-month-days-apart":
				held("A", d, host, hostCountry)
				held("B", d.AddDate(0, 0, 3+rng.IntN(8)), city(p.cityB, p.b), country(p.b))
			case "consecutive-days":
				// Ministers meet one day, their leaders the next, same city.
				add("A", d.AddDate(0, 0, -3), "CONSULT", "meet", "planned", dayDate(d, "explicit"), host)
				add("A", d, "CONSULT", "meet", "occurred", dayDate(d, "explicit"), host)
				add("A", d.AddDate(0, 0, 1), "CONSULT", "meet", "occurred", dayDate(d, "explicit"), hostCountry)
				next := d.AddDate(0, 0, 1)
				add("B", next, "CONSULT", "meet", "occurred", dayDate(next, "explicit"), host)
				add("B", next.AddDate(0, 0, 1), "CONSULT", "meet", "occurred", dayDate(next, "relative"), nil)
			case "one-article-two-deals":
				// Two agreements signed the same day, each outlet reporting
				// both: the article keeps them apart; which of another
				// outlet's two reports is which, nothing but the words says.
				one, other := "A", "B"
				add(one, d, "AGREE", "", "occurred", dayDate(d, "explicit"), host)
				sc.Reports[len(sc.Reports)-1].Article = fmt.Sprintf("a%03d-x", n)
				add(other, d, "AGREE", "", "occurred", dayDate(d, "explicit"), host)
				sc.Reports[len(sc.Reports)-1].Article = fmt.Sprintf("a%03d-x", n)
				if rng.IntN(2) == 0 {
					one, other = other, one
				}
				add(one, d.AddDate(0, 0, 1), "AGREE", "", "occurred", dayDate(d, "relative"), host)
				sc.Reports[len(sc.Reports)-1].Article = fmt.Sprintf("a%03d-y", n)
				add(other, d.AddDate(0, 0, 1), "AGREE", "", "occurred", dayDate(d, "relative"), host)
				sc.Reports[len(sc.Reports)-1].Article = fmt.Sprintf("a%03d-y", n)
			case "misdated-report":
				held("A", d, host, hostCountry)
				// "on Tuesday" resolved to the wrong week: off by a week.
				add("A", d, "CONSULT", "meet", "occurred", dayDate(d.AddDate(0, 0, -7), "relative"), host)
			}
			out = append(out, sc)
		}
	}
	slices.SortFunc(out, func(a, b scenario) int { return strings.Compare(a.Name, b.Name) })
	return out
}

func ymd(t time.Time) string { return t.Format(time.DateOnly) }

func dayDate(t time.Time, basis string) *[4]string {
	return &[4]string{ymd(t), ymd(t), "day", basis}
}
