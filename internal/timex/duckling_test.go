package timex

import (
	"bufio"
	"fmt"
	"os"
	"sort"
	"strings"
	"testing"
	"time"
)

// duckRow is one example of Duckling's English time corpus (testdata/duckling).
type duckRow struct {
	phrase, section, kind, grain string
	ref, start, endExcl          time.Time
	hasEnd                       bool
}

func loadDuckling(t *testing.T) (news, negative []duckRow) {
	t.Helper()
	f, err := os.Open("testdata/duckling/en_time.tsv")
	if err != nil {
		t.Fatalf("open duckling table: %v", err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Scan() // header
	for line := 1; sc.Scan(); line++ {
		c := strings.Split(sc.Text(), "\t")
		if len(c) < 10 || c[0] != "EN" {
			continue
		}
		ref, err := time.Parse(time.RFC3339, c[2])
		if err != nil {
			t.Fatalf("duckling line %d: ref %q: %v", line, c[2], err)
		}
		r := duckRow{phrase: c[1], section: c[3], kind: c[4], grain: c[7], ref: ref}
		if c[3] == "negativeCorpus" {
			negative = append(negative, r)
			continue
		}
		newsGrain := map[string]bool{"day": true, "week": true, "month": true, "quarter": true, "year": true}[c[7]]
		if (c[3] != "allExamples" && c[3] != "defaultCorpus") || (c[4] != "datetime" && c[4] != "datetimeInterval") || !newsGrain || c[9] != "" {
			continue
		}
		if r.start, err = parseDuckDate(c[5]); err != nil {
			t.Fatalf("duckling line %d: start %q: %v", line, c[5], err)
		}
		if c[6] != "" {
			if r.endExcl, err = parseDuckDate(c[6]); err != nil {
				t.Fatalf("duckling line %d: end %q: %v", line, c[6], err)
			}
			r.hasEnd = true
		}
		news = append(news, r)
	}
	return news, negative
}

// parseDuckDate reads the date part of "2013-02-15T00:00:00" (years may be
// negative or short, "-2014-01-01", "0014-01-01").
func parseDuckDate(s string) (time.Time, error) {
	s, _, _ = strings.Cut(s, "T")
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	var y, m, d int
	if _, err := fmt.Sscanf(s, "%d-%d-%d", &y, &m, &d); err != nil {
		return time.Time{}, err
	}
	if neg {
		y = -y
	}
	return date(y, time.Month(m), d), nil
}

// duckPass scores one row the way Duckling states it: a point in time
// must start on the expected day with the expected grain; an interval must
// cover exactly the expected days (Duckling's end is exclusive).
func duckPass(r duckRow, v Value) bool {
	if !v.Start.Equal(r.start) {
		return false
	}
	if r.kind == "datetimeInterval" {
		return r.hasEnd && v.End.AddDate(0, 0, 1).Equal(r.endExcl)
	}
	return string(v.Grain) == r.grain
}

// TestDuckling scores the parser on the news rows of Duckling's English
// corpus with a forward default (Duckling serves assistants, which look
// ahead), prints the failures by kind, and holds the score above 85%.
func TestDuckling(t *testing.T) {
	news, negative := loadDuckling(t)
	if len(news) != 382 {
		t.Fatalf("news rows = %d, want 382 (the table's README)", len(news))
	}
	pass := map[string]int{}
	total := map[string]int{}
	var fails []string
	for _, r := range news {
		key := r.kind + "/" + r.grain
		total[key]++
		v, ok := Parse(r.phrase, r.ref, TenseFuture)
		if ok && duckPass(r, v) {
			pass[key]++
			continue
		}
		got := "no date"
		if ok {
			got = fmt.Sprintf("%s..%s %s", v.Start.Format("2006-01-02"), v.End.Format("2006-01-02"), v.Grain)
		}
		want := r.start.Format("2006-01-02") + " " + r.grain
		if r.hasEnd {
			want = r.start.Format("2006-01-02") + ".." + r.endExcl.AddDate(0, 0, -1).Format("2006-01-02")
		}
		fails = append(fails, fmt.Sprintf("%-26s %-40q got %s, want %s", key, r.phrase, got, want))
	}
	sum := 0
	keys := make([]string, 0, len(total))
	for k := range total {
		keys = append(keys, k)
		sum += pass[k]
	}
	sort.Strings(keys)
	for _, k := range keys {
		t.Logf("%-26s %3d/%3d", k, pass[k], total[k])
	}
	sort.Strings(fails)
	for _, f := range fails {
		t.Logf("FAIL %s", f)
	}
	negPass := 0
	for _, r := range negative {
		_, ok := Parse(r.phrase, r.ref, TenseFuture)
		found := Find(r.phrase, r.ref, TenseFuture)
		if !ok && len(found) == 0 {
			negPass++
		} else {
			t.Errorf("negative row %q yields a date (Parse %v, Find %d)", r.phrase, ok, len(found))
		}
	}
	score := float64(sum) / float64(len(news))
	t.Logf("duckling news rows: %d/%d = %.1f%%; negative rows with no date: %d/%d", sum, len(news), 100*score, negPass, len(negative))
	if score < 0.85 {
		t.Errorf("duckling news score %.1f%% is below 85%%", 100*score)
	}
}
