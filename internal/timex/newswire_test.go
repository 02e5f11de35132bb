package timex

import (
	"strings"
	"testing"
)

// Reference days for the newswire table: a Thursday in late October (a
// business page with dividends and deadlines to come), a Monday, and a
// Thursday just after New Year.
const (
	oct26 = "1989-10-26"
	oct30 = "1989-10-30"
	jan6  = "2000-01-06"
)

// newsCase is a sentence read as annotate reads it (FindInSentence: the
// tense from the sentence) with the dates it must give in TimeML's terms:
// "TEXT=START..END/GRAIN[+MOD]", the calendar period the text names (Whole)
// and how the days meant stand in it; a range gives its two ends. Each rule
// has sentences of different styles and one it must not fire on.
type newsCase struct {
	rule, text, ref, want string
}

var newsCases = []newsCase{
	// A part of a period keeps the period's grain.
	{"part", "Profit fell early last year.", oct26, "early last year=1988-01-01..1988-12-31/year+start"},
	{"part", "Shipments begin in late November.", oct26, "late November=1989-11-01..1989-11-30/month+end"},
	{"part", "The group began to fall apart in mid-1996.", "1998-02-19", "mid-1996=1996-01-01..1996-12-31/year+mid"},
	{"part", "The company earlier this year adopted a rights plan.", oct26, "earlier this year=1989-01-01..1989-12-31/year+earlier"},
	{"part", "Workers were told early this week of the cuts.", "1989-11-02", "early this week=1989-10-30..1989-11-05/week+start"},
	{"part", "The early bird catches the worm.", oct26, ""},

	// Counting back names the unit counted.
	{"ago", "The ceasefire collapsed three weeks ago.", oct26, "three weeks ago=1989-10-02..1989-10-08/week+approx"},
	{"ago", "NATO warplanes helped end the war four years ago.", "1999-03-12", "four years ago=1995-01-01..1995-12-31/year+approx"},
	{"ago", "He was rescued two months ago off the coast.", "2000-01-28", "two months ago=1999-11-01..1999-11-30/month+approx"},
	{"ago", "They met two days ago.", oct26, "two days ago=1989-10-24"},
	{"ago", "He smokes 50 cigarettes in a day.", oct26, ""},

	// Business news compares with the year before.
	{"year earlier", "Net income rose 15% from a year earlier.", oct26, "a year earlier=1988-01-01..1988-12-31/year+approx"},
	{"year earlier", "The year-earlier results were restated.", oct26, "year-earlier=1988-01-01..1988-12-31/year"},
	{"year earlier", "Output fell 8% from year-ago levels.", "1998-02-06", "year-ago=1997-01-01..1997-12-31/year"},
	{"year earlier", "He had left the firm two years earlier.", oct26, ""},

	// "The year" alone is left to the clause; a year after it is read.
	{"the year", "It was the year of the dragon.", oct26, ""},
	{"the year", "She had resigned the year before.", oct26, ""},

	// A determiner or possessive before a year.
	{"modifier", "Iraq has paid for its 1990 invasion of Kuwait.", "1998-03-06", "1990=1990-01-01..1990-12-31/year"},
	{"modifier", "The write-off cuts the company's 1989 operating results.", oct30, "1989=1989-01-01..1989-12-31/year"},
	{"modifier", "Each right buys 13.5% bonds due 1993.", "1989-11-02", "1993=1993-01-01..1993-12-31/year"},
	{"modifier", "Its 2,000 workers and 1500 volunteers went home.", oct26, ""},
	{"modifier", "Theresa May said talks would go on.", oct26, ""},

	// A yearless date a past verb only announces lies ahead.
	{"yearless", "Oneida declared a stock dividend, payable Dec. 15 to stock of record Nov. 17.", oct26, "Dec. 15=1989-12-15;Nov. 17=1989-11-17"},
	{"yearless", "A bid by Ciba-Geigy was extended to Nov. 16.", oct30, "Nov. 16=1989-11-16"},
	{"yearless", "The court ruled that he must be returned to his father by Jan. 14.", jan6, "Jan. 14=2000-01-14"},
	{"yearless", "In the quarter ended Jan. 31, the company reported higher sales.", oct30, "Jan. 31=1989-01-31"},
	{"yearless", "Since KKR bought RJR in February, it has sold assets.", oct30, "February=1989-02-01..1989-02-28/month"},
	{"yearless", "In January, a week after the anniversary, a bombing killed a guard.", "1998-10-25", "January=1998-01-01..1998-01-31/month"},

	// A day before a colon is no clock time.
	{"colon", "The Times said in an editorial on Saturday, April 25: The court erred.", "1998-04-24", "Saturday, April 25=1998-04-25"},
	{"colon", "The meeting starts at 10:30 on Monday.", oct30, "Monday=1989-10-30"},

	// "last" before a month and day.
	{"last month-day", "He was shot to death last Oct. 23 at his home.", "1999-04-19", "last Oct. 23=1998-10-23"},
	{"last month-day", "Talks resume next March 3 in Geneva.", oct26, "next March 3=1990-03-03"},

	// Terms of a deal point ahead.
	{"cues", "The rights, which expire Nov. 21, can be exercised for $100.", oct26, "Nov. 21=1989-11-21"},
	{"cues", "The group would be ready to leave as soon as Tuesday, Castro said.", "2000-04-03", "Tuesday=2000-04-04"},

	// Years in words, as transcripts write them.
	{"spoken", "In nineteen ninety-one he was convicted in state court.", "1998-01-15", "nineteen ninety-one=1991-01-01..1991-12-31/year"},
	{"spoken", "He promised to halve unemployment by the year two thousand.", "1998-02-05", "the year two thousand=2000-01-01..2000-12-31/year"},
	{"spoken", "Nineteen people died in the fire.", oct26, ""},

	// A range gives its two ends, each with its own grain.
	{"range", "Doctors who perform abortions declined between 1982 and 1992.", "1998-10-25", "1982=1982-01-01..1982-12-31/year;1992=1992-01-01..1992-12-31/year"},
	{"range", "The bank will buy shares from today through Nov. 17.", "1989-10-27", "today=1989-10-27;Nov. 17=1989-11-17"},
}

func formatWhole(e Expression) string {
	w := e.Value.Whole()
	s := e.Text + "=" + w.Start.Format("2006-01-02")
	if !w.End.Equal(w.Start) || w.Grain != GrainDay {
		s += ".." + w.End.Format("2006-01-02") + "/" + string(w.Grain)
	}
	if e.Value.Mod != ModNone {
		s += "+" + string(e.Value.Mod)
	}
	return s
}

func TestNewswire(t *testing.T) {
	for _, c := range newsCases {
		t.Run(c.rule+"/"+c.text, func(t *testing.T) {
			var got []string
			for _, x := range FindInSentence(c.text, mustDay(t, c.ref)) {
				for _, e := range x.Dates() {
					if c.text[e.Start:e.End] != e.Text {
						t.Errorf("expression %q has offsets [%d,%d) for %q", e.Text, e.Start, e.End, c.text[e.Start:e.End])
					}
					got = append(got, formatWhole(e))
				}
			}
			var want []string
			if c.want != "" {
				for _, w := range strings.Split(c.want, ";") {
					mod := ""
					if k := strings.LastIndex(w, "+"); k > 0 {
						w, mod = w[:k], w[k:]
					}
					want = append(want, normalise(w)+mod)
				}
			}
			if strings.Join(got, ";") != strings.Join(want, ";") {
				t.Errorf("FindInSentence(%q, ref %s)\n got %q\nwant %q", c.text, c.ref, got, want)
			}
		})
	}
}

// TestWholeAndDays holds a part to both readings: the days meant and the
// period named.
func TestWholeAndDays(t *testing.T) {
	v, ok := Parse("early March", mustDay(t, oct26), TenseFuture)
	if !ok {
		t.Fatal("Parse(early March) found nothing")
	}
	if got := formatExpr(Expression{Text: "x", Value: v}); got != "x=1990-03-01..1990-03-10/range" {
		t.Errorf("days of early March = %s", got)
	}
	if w := v.Whole(); w.Grain != GrainMonth || !w.Start.Equal(mustDay(t, "1990-03-01")) || !w.End.Equal(mustDay(t, "1990-03-31")) || v.Mod != ModStart {
		t.Errorf("early March: whole %v, mod %q", w, v.Mod)
	}
	d, _ := Parse("July 28", mustDay(t, oct26), TenseFuture)
	if w := d.Whole(); !w.Start.Equal(d.Start) || !w.End.Equal(d.End) || w.Grain != d.Grain || d.Mod != ModNone {
		t.Errorf("a plain day's whole is itself: %v, mod %q", w, d.Mod)
	}
}
