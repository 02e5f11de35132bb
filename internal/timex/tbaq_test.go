package timex

import (
	"encoding/csv"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"testing"
	"time"

	"storyline/internal/nlp"
)

// The TimeBank + AQUAINT table (TempEval-3 training data) lives beside the
// repository, never in it: it is for research use only.
var tbaqPath = filepath.Join("..", "..", "..", "shared", "gold", "time", "tbaq", "timex.tsv")

var (
	tbaqSplit  = flag.String("tbaq.split", "dev", "TestTBAQReport: score this split of the TBAQ table (dev or check)")
	tbaqErrors = flag.Bool("tbaq.errors", false, "TestTBAQReport: log every row that is not a hit (dev only)")
)

// tbaqRow is one annotated expression of the TBAQ table.
type tbaqRow struct {
	doc, text, typ, value, mod, context, split string
	ref                                        time.Time
	start                                      int
}

func loadTBAQ(t *testing.T) []tbaqRow {
	t.Helper()
	f, err := os.Open(tbaqPath)
	if errors.Is(err, os.ErrNotExist) {
		t.Skipf("no TBAQ table at %s", tbaqPath)
	}
	if err != nil {
		t.Fatalf("open TBAQ table: %v", err)
	}
	defer f.Close()
	r := csv.NewReader(f)
	r.Comma = '\t'
	head, err := r.Read()
	if err != nil {
		t.Fatalf("read TBAQ header: %v", err)
	}
	col := map[string]int{}
	for k, h := range head {
		col[h] = k
	}
	for _, h := range []string{"doc", "dct", "text", "type", "value", "mod", "context", "start", "split"} {
		if _, ok := col[h]; !ok {
			t.Fatalf("TBAQ table %s: no column %q", tbaqPath, h)
		}
	}
	var rows []tbaqRow
	for line := 2; ; line++ {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("TBAQ table line %d: %v", line, err)
		}
		ref, err := time.Parse(time.DateOnly, rec[col["dct"]])
		if err != nil {
			t.Fatalf("TBAQ table line %d: dct %q: %v", line, rec[col["dct"]], err)
		}
		start, err := strconv.Atoi(rec[col["start"]])
		if err != nil {
			t.Fatalf("TBAQ table line %d: start %q: %v", line, rec[col["start"]], err)
		}
		rows = append(rows, tbaqRow{
			doc: rec[col["doc"]], text: rec[col["text"]], typ: rec[col["type"]], value: rec[col["value"]],
			mod: rec[col["mod"]], context: rec[col["context"]], split: rec[col["split"]], ref: ref, start: start,
		})
	}
	return rows
}

var (
	reDay   = regexp.MustCompile(`^\d{4}-\d{2}-\d{2}$`)
	reMonth = regexp.MustCompile(`^(\d{4})-(\d{2})$`)
	reYear  = regexp.MustCompile(`^\d{4}$`)
	reWeek  = regexp.MustCompile(`^(\d{4})-W(\d{2})$`)
)

// tbaqRange is the grain and inclusive days of a concrete TimeML value
// (YYYY, YYYY-MM, YYYY-MM-DD, YYYY-Www), as the table's scorer reads them.
func tbaqRange(v string) (grain string, first, last time.Time, ok bool) {
	switch {
	case reDay.MatchString(v):
		d, err := time.Parse(time.DateOnly, v)
		return "day", d, d, err == nil
	case reMonth.MatchString(v):
		m := reMonth.FindStringSubmatch(v)
		y, _ := strconv.Atoi(m[1])
		mo, _ := strconv.Atoi(m[2])
		if mo < 1 || mo > 12 {
			return "", first, last, false
		}
		mv := monthValue(y, time.Month(mo))
		return "month", mv.Start, mv.End, true
	case reYear.MatchString(v):
		y, _ := strconv.Atoi(v)
		yv := yearValue(y)
		return "year", yv.Start, yv.End, true
	case reWeek.MatchString(v):
		m := reWeek.FindStringSubmatch(v)
		y, _ := strconv.Atoi(m[1])
		w, _ := strconv.Atoi(m[2])
		// ISO week 1 holds January 4th.
		s := weekStart(date(y, 1, 4)).AddDate(0, 0, 7*(w-1))
		return "week", s, s.AddDate(0, 0, 6), true
	}
	return "", first, last, false
}

// tbaqFind is what annotate does to a one-sentence file: split it into
// sentences and find each one's expressions, offsets into the whole text.
func tbaqFind(text string, ref time.Time) []Expression {
	var out []Expression
	for _, s := range nlp.Split(text) {
		for _, x := range FindInSentence(s.Text, ref) {
			for _, e := range x.Dates() { // a range's ends one by one, as annotate lists them
				e.Start += s.Start
				e.End += s.Start
				out = append(out, e)
			}
		}
	}
	return out
}

// tbaqScore holds the scorer's figures for one split.
type tbaqScore struct {
	total, correct, missed map[string]int
	errors                 []string
	// span recall: gold expressions of each TimeML type with an overlapping find
	goldByType, foundByType map[string]int
	// finds overlapping no gold expression of their sentence, by grain,
	// and those that name the present, past or future, by kind
	spurious     map[Grain]int
	spuriousRef  map[Ref]int
	spuriousKind map[Kind]int
	finds        int
}

func (s tbaqScore) sum(m map[string]int) int {
	n := 0
	for _, v := range m {
		n += v
	}
	return n
}

// scoreTBAQ applies the table's rule (score.py): a concrete DATE row is a
// hit when the first expression found overlapping the gold text resolves to
// exactly the gold value's days.
func scoreTBAQ(rows []tbaqRow, split string) tbaqScore {
	sc := tbaqScore{
		total: map[string]int{}, correct: map[string]int{}, missed: map[string]int{},
		goldByType: map[string]int{}, foundByType: map[string]int{}, spurious: map[Grain]int{}, spuriousRef: map[Ref]int{},
		spuriousKind: map[Kind]int{},
	}
	type sentKey struct {
		doc, context string
		ref          time.Time
	}
	bySent := map[sentKey][]tbaqRow{}
	var order []sentKey
	for _, r := range rows {
		if split != "" && r.split != split {
			continue
		}
		k := sentKey{r.doc, r.context, r.ref}
		if _, ok := bySent[k]; !ok {
			order = append(order, k)
		}
		bySent[k] = append(bySent[k], r)
	}
	for _, k := range order {
		found := tbaqFind(k.context, k.ref)
		used := make([]bool, len(found))
		for _, r := range bySent[k] {
			gs, ge := r.start, r.start+len(r.text)
			first := -1
			for x, e := range found {
				if e.Start < ge && gs < e.End {
					used[x] = true
					if first < 0 {
						first = x
					}
				}
			}
			sc.goldByType[r.typ]++
			if first >= 0 {
				sc.foundByType[r.typ]++
			}
			grain, a, b, ok := tbaqRange(r.value)
			if r.typ != "DATE" || !ok {
				continue
			}
			sc.total[grain]++
			what := "not found"
			if first < 0 {
				sc.missed[grain]++
			} else {
				e := found[first]
				w := e.Value.Whole() // what annotate prints as the value
				if w.Start.Equal(a) && w.End.Equal(b) {
					sc.correct[grain]++
					continue
				}
				what = fmt.Sprintf("%q -> %s..%s", e.Text, w.Start.Format(time.DateOnly), w.End.Format(time.DateOnly))
			}
			sc.errors = append(sc.errors, fmt.Sprintf("%s\tref %s\t%q = %s %s\t%s\t%s",
				r.doc, r.ref.Format(time.DateOnly), r.text, r.value, r.mod, what, r.context))
		}
		for x, e := range found {
			sc.finds++
			switch {
			case used[x]:
			case e.Kind != KindDate:
				sc.spuriousKind[e.Kind]++
			case e.Ref != RefNone:
				sc.spuriousRef[e.Ref]++
			default:
				sc.spurious[e.Value.Grain]++
			}
		}
	}
	return sc
}

func (sc tbaqScore) report(t *testing.T, name string) {
	t.Helper()
	for _, g := range []string{"year", "month", "week", "day"} {
		if sc.total[g] > 0 {
			t.Logf("tbaq %s %-5s correct=%d/%d (%.3f)  not found=%d", name, g, sc.correct[g], sc.total[g],
				float64(sc.correct[g])/float64(sc.total[g]), sc.missed[g])
		}
	}
	n, ok := sc.sum(sc.total), sc.sum(sc.correct)
	t.Logf("tbaq %s total correct=%d/%d (%.3f)  not found=%d  span recall %.3f", name, ok, n, float64(ok)/float64(n),
		sc.sum(sc.missed), 1-float64(sc.sum(sc.missed))/float64(n))
	types := make([]string, 0, len(sc.goldByType))
	for ty := range sc.goldByType {
		types = append(types, ty)
	}
	sort.Strings(types)
	for _, ty := range types {
		t.Logf("tbaq %s span recall %-8s %d/%d (%.3f)", name, ty, sc.foundByType[ty], sc.goldByType[ty],
			float64(sc.foundByType[ty])/float64(sc.goldByType[ty]))
	}
	t.Logf("tbaq %s span recall all      %d/%d (%.3f)", name, sc.sum(sc.foundByType), sc.sum(sc.goldByType),
		float64(sc.sum(sc.foundByType))/float64(sc.sum(sc.goldByType)))
	spur := 0
	for _, g := range []Grain{GrainDay, GrainWeek, GrainMonth, GrainQuarter, GrainYear, GrainRange} {
		spur += sc.spurious[g]
		t.Logf("tbaq %s spurious %-7s %d", name, g, sc.spurious[g])
	}
	for _, r := range []Ref{RefPresent, RefPast, RefFuture} {
		spur += sc.spuriousRef[r]
		t.Logf("tbaq %s spurious %-7s %d (reference)", name, r, sc.spuriousRef[r])
	}
	for _, k := range []Kind{KindDuration, KindSet, KindTime} {
		spur += sc.spuriousKind[k]
		t.Logf("tbaq %s spurious %-7s %d (no date)", name, k, sc.spuriousKind[k])
	}
	t.Logf("tbaq %s spurious all     %d of %d found", name, spur, sc.finds)
}

// tbaqFloor is the least share of concrete DATE values of the check split
// that must resolve right. The goal is 0.92 and is not met: the layer
// reaches 315/348 = 0.905 (docs/time.md); the floor stays where it was set
// (314/348 less two rows) until the goal is met.
const tbaqFloor = 0.895

// tbaqGrainFloor is the least share each grain (year, month, week, day) of
// the check split must reach; met by all four (the month at 36/42).
const tbaqGrainFloor = 0.85

// tbaqSpanFloor is the least share of those gold expressions that must be
// found at all (span recall; 339/348 = 0.974 reached).
const tbaqSpanFloor = 0.96

// tbaqDateSpanFloor is the least share of all gold DATE expressions of the
// check split, concrete or not ("now", "recently", "the quarter", "1989-WXX"),
// that must be found at all: 495/526 = 0.941 reached, the floor is that
// less eleven rows.
const tbaqDateSpanFloor = 0.92

// tbaqAllSpanFloor is the least share of all gold expressions of the check
// split, of any type (DATE, DURATION, SET, TIME), that must be found at all:
// the span recall of 0.90. 578/620 = 0.932 reached (stop 36), the
// floor is that less ten rows.
const tbaqAllSpanFloor = 0.915

// TestTBAQCheck holds the layer to the scorer's rule on the check split of
// TimeBank + AQUAINT: whole news sentences resolved against their article's
// date. Only totals are printed; the rows are not for tuning.
func TestTBAQCheck(t *testing.T) {
	rows := loadTBAQ(t)
	sc := scoreTBAQ(rows, "check")
	n, ok := sc.sum(sc.total), sc.sum(sc.correct)
	if n == 0 {
		t.Fatalf("TBAQ table %s: no scored rows in the check split", tbaqPath)
	}
	sc.report(t, "check")
	if got := float64(ok) / float64(n); got < tbaqFloor {
		t.Errorf("TBAQ check: %d/%d = %.3f of concrete dates right, want >= %.2f", ok, n, got, tbaqFloor)
	}
	if found := n - sc.sum(sc.missed); float64(found)/float64(n) < tbaqSpanFloor {
		t.Errorf("TBAQ check: %d/%d concrete dates found at all, want >= %.2f", found, n, tbaqSpanFloor)
	}
	if got, n := sc.foundByType["DATE"], sc.goldByType["DATE"]; n == 0 || float64(got)/float64(n) < tbaqDateSpanFloor {
		t.Errorf("TBAQ check: %d/%d DATE expressions found at all, want >= %.2f", got, n, tbaqDateSpanFloor)
	}
	if got, n := sc.sum(sc.foundByType), sc.sum(sc.goldByType); float64(got)/float64(n) < tbaqAllSpanFloor {
		t.Errorf("TBAQ check: %d/%d expressions of any type found at all, want >= %.3f", got, n, tbaqAllSpanFloor)
	}
	for _, g := range []string{"year", "month", "week", "day"} {
		if sc.total[g] == 0 || float64(sc.correct[g])/float64(sc.total[g]) < tbaqGrainFloor {
			t.Errorf("TBAQ check: %s grain %d/%d right, want >= %.2f", g, sc.correct[g], sc.total[g], tbaqGrainFloor)
		}
	}
}

// tbaqDevFloor is the dev figure measured (671/722 = 0.929, stop 31) less
// five rows (666/722 = 0.922).
const tbaqDevFloor = 0.922

// TestTBAQReport prints the figures of one split (-tbaq.split dev|check,
// dev by default) and, for dev, with -tbaq.errors every row that is not a
// hit. On dev it also holds the figure the rules were tuned to, less a
// margin, so a change that loses dev dates fails here before check.
func TestTBAQReport(t *testing.T) {
	rows := loadTBAQ(t)
	sc := scoreTBAQ(rows, *tbaqSplit)
	sc.report(t, *tbaqSplit)
	if n, ok := sc.sum(sc.total), sc.sum(sc.correct); *tbaqSplit == "dev" && (n == 0 || float64(ok)/float64(n) < tbaqDevFloor) {
		t.Errorf("TBAQ dev: %d/%d concrete dates right, want >= %.2f", ok, n, tbaqDevFloor)
	}
	if *tbaqErrors && *tbaqSplit == "dev" {
		for _, e := range sc.errors {
			t.Log(e)
		}
	}
}
