package merge

import (
	"testing"

	"storyline/internal/actors"
	"storyline/internal/event"
)

// withHolder adds a person with a title of country to a report.
func withHolder(r Report, name, title, country string) Report {
	r.Event.Actors = append(r.Event.Actors, event.Actor{Name: name, Title: ptr(title), Country: ptr(country), Role: event.RoleParticipant})
	return r
}

func undated(r Report, published string) Report {
	r.Event.Date = nil
	r.Published = published
	return r
}

func TestTenuresVetoMerges(t *testing.T) {
	opts := Options{SlackDays: 1, Tenures: CatalogTenures(actors.Default())}
	jan := [4]string{"2021-01-21", "2021-01-31", "range", "relative"}
	call := func(id, art string) Report {
		return rep(id, art, art, jan, event.Occurred, "", "", "USA", "JPN")
	}
	tests := []struct {
		name    string
		reports []Report
		events  int
	}{
		{"an undated report naming the later prime minister stays out of the earlier one's call", []Report{
			withHolder(call("1", "a"), "Yoshihide Suga", "Prime Minister", "JPN"),
			undated(withHolder(call("2", "b"), "Fumio Kishida", "Prime Minister", "JPN"), ""),
		}, 2},
		{"an undated report naming the prime minister of the day joins his call", []Report{
			withHolder(call("1", "a"), "Yoshihide Suga", "Prime Minister", "JPN"),
			undated(withHolder(call("2", "b"), "Yoshihide Suga", "Prime Minister", "JPN"), ""),
		}, 1},
		{"an undated report naming an office holder joins no event outside his tenure", []Report{
			call("1", "a"),
			undated(withHolder(call("2", "b"), "Fumio Kishida", "Prime Minister", "JPN"), ""),
		}, 2},
		{"an undated report naming nobody in office joins the one event it can be", []Report{
			withHolder(call("1", "a"), "Yoshihide Suga", "Prime Minister", "JPN"),
			undated(call("2", "b"), ""),
		}, 1},
		{"two prime ministers of one country never met as such, whatever the dates say", []Report{
			withHolder(call("1", "a"), "Yoshihide Suga", "Prime Minister", "JPN"),
			withHolder(call("2", "b"), "Fumio Kishida", "Prime Minister", "JPN"),
		}, 2},
		{"reports dated by publication naming successive holders stay apart", []Report{
			undated(withHolder(call("1", "a"), "Yoshihide Suga", "Prime Minister", "JPN"), "2021-10-05"),
			undated(withHolder(call("2", "b"), "Fumio Kishida", "Prime Minister", "JPN"), "2021-10-05"),
		}, 2},
		{"a former office holder is no tenure", []Report{
			withHolder(call("1", "a"), "Yoshihide Suga", "Prime Minister", "JPN"),
			withHolder(call("2", "b"), "Fumio Kishida", "former foreign minister", "JPN"),
		}, 1},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := Merge(tc.reports, opts)
			if len(got) != tc.events {
				t.Fatalf("got %d events, want %d: %+v", len(got), tc.events, got)
			}
			for _, m := range got {
				if len(m.Reports) > 1 {
					checkTenures(t, m.Event, opts)
				}
			}
			// Without tenures every case is one event: the veto decides.
			if n := len(Merge(tc.reports, Options{SlackDays: 1})); tc.events > 1 && n != 1 {
				t.Errorf("without tenures: %d events, want 1 (the case does not test the veto)", n)
			}
		})
	}
}

// checkTenures fails when a merged event's date falls outside the tenure of
// an office holder it names.
func checkTenures(t *testing.T, e event.Event, opts Options) {
	t.Helper()
	if e.Date == nil {
		return
	}
	start, _ := day(e.Date.Start)
	end, _ := day(e.Date.End)
	for _, a := range e.Actors {
		_, spans := opts.Tenures(a)
		if len(spans) == 0 {
			continue
		}
		in := false
		for _, s := range spans {
			in = in || (start <= s[1] && s[0] <= end)
		}
		if !in {
			t.Errorf("event dated %s..%s names %s (%s) out of office", e.Date.Start, e.Date.End, a.Name, *a.Title)
		}
	}
}

func TestClashNeedsDisjointTenures(t *testing.T) {
	senA := []holder{{name: "A", country: "USA", office: "senator", spans: [][2]int{{100, 500}}}}
	senB := []holder{{name: "B", country: "USA", office: "senator", spans: [][2]int{{300, 900}}}}
	next := []holder{{name: "C", country: "USA", office: "senator", spans: [][2]int{{500, 900}}}}
	if clash(senA, senB) {
		t.Error("two holders who served together clash")
	}
	if !clash(senA, next) {
		t.Error("a holder and his successor (sharing only the handover day) do not clash")
	}
	other := []holder{{name: "C", country: "GBR", office: "senator", spans: [][2]int{{500, 900}}}}
	if clash(senA, other) {
		t.Error("holders of one office in two countries clash")
	}
}

// strike is a dated or undated attack of source on target.
func strike(id, art, date, place, placeCountry, source, target string) Report {
	r := rep(id, art, art, dayOf(cmpOr(date, "2020-01-08")), event.Occurred, place, placeCountry)
	r.Event.Type = "ASSAULT"
	r.Event.Mode = ""
	r.Event.Actors = []event.Actor{
		{Name: source, Country: ptr(source), Role: event.RoleSource},
		{Name: target, Country: ptr(target), Role: event.RoleTarget},
	}
	if date == "" {
		r = undated(r, "")
	}
	return r
}

func cmpOr(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

// visit makes a strike report a visit, its source the guest.
func visit(r Report) Report {
	r.Event.Type, r.Event.Mode = "CONSULT", "visit"
	return r
}

func TestSidesAndPlacesKeepEventsApart(t *testing.T) {
	tests := []struct {
		name    string
		reports []Report
		events  int
	}{
		{"an undated strike the other way round is the answer, not the same strike", []Report{
			strike("1", "a", "2020-01-08", "", "", "IRN", "USA"),
			strike("2", "b", "", "", "", "USA", "IRN"),
		}, 2},
		{"an undated strike the same way round joins the one dated strike", []Report{
			strike("1", "a", "2020-01-08", "", "", "IRN", "USA"),
			strike("2", "b", "", "", "", "IRN", "USA"),
		}, 1},
		{"dated strikes the other way round on one day stay apart", []Report{
			strike("1", "a", "2020-01-08", "", "", "IRN", "USA"),
			strike("2", "b", "2020-01-08", "", "", "USA", "IRN"),
		}, 2},
		{"undated strikes are one when the only dated strike is the other way round", []Report{
			strike("1", "a", "2020-01-08", "", "", "IRN", "USA"),
			strike("2", "b", "", "", "", "USA", "IRN"),
			strike("3", "c", "", "", "", "USA", "IRN"),
		}, 2},
		{"undated strikes stay apart when a dated strike could be theirs", []Report{
			strike("1", "a", "2020-01-08", "", "", "USA", "IRN"),
			strike("4", "d", "2020-03-08", "", "", "USA", "IRN"),
			strike("2", "b", "", "", "", "USA", "IRN"),
			strike("3", "c", "", "", "", "USA", "IRN"),
		}, 4},
		{"of several dated events an undated report joins the one at the place it names", []Report{
			strike("1", "a", "2020-01-08", "Erbil", "IRQ", "IRN", "USA"),
			strike("4", "d", "2020-03-08", "", "", "IRN", "USA"),
			strike("2", "b", "", "Erbil", "IRQ", "IRN", "USA"),
		}, 2},
		{"an undated report at another place joins no dated event", []Report{
			strike("1", "a", "2020-01-08", "Erbil", "IRQ", "IRN", "USA"),
			strike("2", "b", "", "Qatar", "QAT", "IRN", "USA"),
		}, 2},
		{"a visit told from the guest's side and from the host's is one visit", []Report{
			visit(strike("1", "a", "2017-07-04", "", "", "IND", "ISR")),
			visit(strike("2", "b", "2017-07-04", "", "", "ISR", "IND")),
			visit(strike("3", "c", "", "", "", "IND", "ISR")),
		}, 1},
		{"visits the other way round at two places stay two", []Report{
			visit(strike("1", "a", "2017-07-04", "Jerusalem", "ISR", "IND", "ISR")),
			visit(strike("2", "b", "2017-07-04", "New Delhi", "IND", "ISR", "IND")),
		}, 2},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := Merge(tc.reports, testOptions()); len(got) != tc.events {
				t.Fatalf("got %d events, want %d: %+v", len(got), tc.events, got)
			}
		})
	}
}
