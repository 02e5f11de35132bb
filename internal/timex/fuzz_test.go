package timex

import (
	"encoding/json"
	"os"
	"testing"
	"time"
)

func FuzzFind(f *testing.F) {
	for _, s := range []string{
		"on Saturday", "July 27-30", "mid-March", "16:35 JST, March 10, 2022", "05 Mar 2021 02:03:35",
		"the first half of 2024", "2024-07-22", "Thursday through Saturday", "two days ago", "1/2/3/4",
		"the 31st of February", "the fifth last day of May", "between the 3rd and 5th of May", "Q4 2018Q4 18q4",
		"the closest Monday to Oct 5th", "99999999999999999999 days ago", "in 2014 B.C.",
		"in the coming hours", "the rest of the hour", "earlier this hour", "the past 24 hours", "the coming fortnights",
		"between 1982 and 1992", "from today through Nov. 17", "in 1988 and the following year", "later that year",
		"nineteen ninety-one", "the year two thousand and one", "year-earlier", "by year-end", "its 1973 defeat",
		"payable Dec. 12", "last Nov. 8", "Sunday, May 3:", "three weeks ago", "early last year",
		"on March 3, 1991, and the same month", "in June 1998, that year-end and later that month",
		"now", "Right now, recent sales in the past, soon", "the '80s", "two decades ago", "the 20th century",
		"third-quarter", "the quarter ended Sept. 30", "the first nine months of 1989", "the six months ended Aug. 12",
		"the weeks ahead", "between now and Feb. 10",
	} {
		f.Add(s, int64(0), uint8(0))
	}
	f.Fuzz(func(t *testing.T, text string, days int64, tense uint8) {
		ref := time.Date(2024, 7, 24, 0, 0, 0, 0, time.UTC).AddDate(0, 0, int(days%40000))
		check(t, text, ref, Find(text, ref, Tense(tense%3)))
		check(t, text, ref, FindInSentence(text, ref))
		TenseOf(text)
		TenseAt(text, len(text), len(text))
		if v, ok := Parse(text, ref, Tense(tense%3)); ok && v.End.Before(v.Start) {
			t.Fatalf("Parse(%q) end before start", text)
		}
	})
}

// check holds what Find or FindInSentence gave for text to the invariants:
// offsets inside the text and in order, ranges' ends inside them, parts
// inside their periods, references with their values.
func check(t *testing.T, text string, ref time.Time, found []Expression) {
	t.Helper()
	prevEnd := 0
	for _, e := range found {
		if e.Start < prevEnd || e.End > len(text) || e.Start >= e.End || text[e.Start:e.End] != e.Text {
			t.Fatalf("expression %q at [%d,%d) bad (prev end %d, len %d)", e.Text, e.Start, e.End, prevEnd, len(text))
		}
		if e.Kind != KindDate && (e.Value != Value{} || e.Norm == "" || e.Ref != RefNone || len(e.Ends) > 0) {
			t.Fatalf("%s %q has value %v, TimeML value %q", e.Kind, e.Text, e.Value, e.Norm)
		}
		if e.Kind == KindDate && (e.Value.End.Before(e.Value.Start) || e.Value.Grain == "") {
			t.Fatalf("expression %q has value %v..%v grain %q", e.Text, e.Value.Start, e.Value.End, e.Value.Grain)
		}
		prevEnd = e.End
		TenseAt(text, e.Start, e.End)
		// A range's ends lie inside it, in order; a part lies inside its period.
		endStart := e.Start
		for _, d := range e.Ends {
			if d.Start < endStart || d.End > e.End || d.Start >= d.End || text[d.Start:d.End] != d.Text || d.Value.End.Before(d.Value.Start) {
				t.Fatalf("range %q has a bad end %q at [%d,%d)", e.Text, d.Text, d.Start, d.End)
			}
			endStart = d.End
		}
		if w := e.Value.Whole(); e.Value.Mod != ModNone && (e.Value.Start.Before(w.Start) || e.Value.End.After(w.End)) {
			t.Fatalf("expression %q: days %v..%v outside its period %v..%v", e.Text, e.Value.Start, e.Value.End, w.Start, w.End)
		}
		if e.Ref != RefNone && e.Value != refValue(refDay(ref), e.Ref) {
			t.Fatalf("reference %q (%s) has value %v..%v", e.Text, e.Ref, e.Value.Start, e.Value.End)
		}
	}
}

// benchSentences are real news sentences: the bodies of the extraction
// benchmark, one string per body.
func benchSentences(b *testing.B) []string {
	data, err := os.ReadFile("../../../shared/bench/article-extraction/ground-truth.json")
	if err != nil {
		b.Skipf("no benchmark bodies: %v", err)
	}
	var truth map[string]struct {
		ArticleBody string `json:"articleBody"`
	}
	if err := json.Unmarshal(data, &truth); err != nil {
		b.Fatalf("parse ground-truth.json: %v", err)
	}
	var bodies []string
	for _, v := range truth {
		bodies = append(bodies, v.ArticleBody)
	}
	return bodies
}

func BenchmarkFind(b *testing.B) {
	bodies := benchSentences(b)
	ref := time.Date(2019, 11, 20, 0, 0, 0, 0, time.UTC)
	var size, exprs int
	for _, body := range bodies {
		size += len(body)
		exprs += len(Find(body, ref, TenseUnknown))
	}
	b.SetBytes(int64(size))
	for b.Loop() {
		for _, body := range bodies {
			Find(body, ref, TenseUnknown)
		}
	}
	b.ReportMetric(float64(exprs)*float64(b.N)/b.Elapsed().Seconds(), "expressions/s")
}
