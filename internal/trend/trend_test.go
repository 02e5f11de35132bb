package trend

import (
	"encoding/csv"
	"strings"
	"testing"

	"storyline/internal/store"
)

func TestFold(t *testing.T) {
	counts := []store.PeriodCount{
		{Period: "2024-11", Type: "CONSULT", Mode: "visit", Events: 2},
		{Period: "2024-11", Type: "THREATEN", Events: 1},
		{Period: "2025-02", Type: "ACCUSE", Mode: "investigate", Events: 1},
		{Period: "2025-02", Type: "ACCUSE", Events: 3},
		{Period: "2025-02", Type: "ASSAULT", Events: 1},
		{Period: "2025-02", Type: "STATEMENT", Events: 1},
	}
	got, err := Fold(counts, "month")
	if err != nil {
		t.Fatal(err)
	}
	want := []Point{
		{Period: "2024-11", VerbalCooperation: 2, VerbalConflict: 1, Total: 3},
		{Period: "2024-12"},
		{Period: "2025-01"},
		{Period: "2025-02", MaterialCooperation: 1, VerbalConflict: 3, MaterialConflict: 1, Other: 1, Total: 6},
	}
	if len(got) != len(want) {
		t.Fatalf("got %+v\nwant %+v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("period %d: got %+v, want %+v", i, got[i], want[i])
		}
	}
}

func TestFoldYearsAndErrors(t *testing.T) {
	got, err := Fold([]store.PeriodCount{{Period: "2022", Type: "AID", Events: 1}, {Period: "2024", Type: "AID", Events: 2}}, "year")
	if err != nil || len(got) != 3 || got[1].Period != "2023" || got[2].MaterialCooperation != 2 {
		t.Errorf("by year: %+v, %v", got, err)
	}
	for _, c := range []struct {
		counts []store.PeriodCount
		by     string
	}{
		{nil, "week"},
		{[]store.PeriodCount{{Period: "2024-13"}}, "month"},
		{[]store.PeriodCount{{Period: "2024-03"}, {Period: "2024-01"}}, "month"},
		{[]store.PeriodCount{{Period: "1800-01"}, {Period: "2024-01"}}, "month"},
	} {
		if _, err := Fold(c.counts, c.by); err == nil {
			t.Errorf("Fold(%v, %q): no error", c.counts, c.by)
		}
	}
	if got, err := Fold(nil, "month"); err != nil || len(got) != 0 {
		t.Errorf("no counts: %v, %v", got, err)
	}
}

func TestWriteCSVReadsBack(t *testing.T) {
	s := Series{By: "month", Periods: []Point{{Period: "2024-01", VerbalCooperation: 1, Total: 1}, {Period: "2024-02"}}}
	var b strings.Builder
	if err := WriteCSV(&b, s); err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(strings.NewReader(b.String())).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 3 || strings.Join(rows[0], ",") != strings.Join(CSVHeader, ",") || rows[1][0] != "2024-01" || rows[1][1] != "1" || rows[2][6] != "0" {
		t.Errorf("rows %q", rows)
	}
}
