package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"strings"
	"time"

	"storyline/internal/actors"
	"storyline/internal/article"
	"storyline/internal/capture"
	"storyline/internal/nlp"
	"storyline/internal/timex"
)

// annotation is what annotate prints for one article; offsets are into the
// body as extract gives it.
type annotation struct {
	Source    string           `json:"source"`
	Ref       string           `json:"ref"` // the day offices and dates were resolved against
	Sentences []span           `json:"sentences"`
	Mentions  []actors.Mention `json:"mentions"`
	Times     []timeMention    `json:"times"`
}

type span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

type timeMention struct {
	Text  string     `json:"text"`
	Start int        `json:"start"`
	End   int        `json:"end"`
	Value *timeValue `json:"value,omitempty"` // the calendar period the text names; nil for a Type
	// Mod and Days, for a part of a period ("early March") or a day
	// counted back ("three weeks ago"): how the days meant stand in Value
	// (start, mid, end, earlier, later, approx), and those days.
	Mod  string     `json:"mod,omitempty"`
	Days *timeValue `json:"days,omitempty"`
	// Range, for each end of a range ("between 1982 and 1992"), is the
	// whole range; the ends are listed one by one, as TimeML marks them.
	Range *timeRange `json:"range,omitempty"`
	// Ref, for words that name the present, past or future as a whole
	// ("now", "recently", "soon"), is present, past or future; Value is
	// then the reference day, or the open days before or after it.
	Ref string `json:"ref,omitempty"`
	// Type and TimeML, for a time expression that is no date, are what it
	// names (duration "three years", set "every day", time "6 a.m.") and
	// its TimeML value ("P3Y", "P1D", "XXXX-XX-XXT06:00"); Value is then
	// left out.
	Type   string `json:"type,omitempty"`
	TimeML string `json:"timeml,omitempty"`
}

type timeRange struct {
	Text  string    `json:"text"`
	Start int       `json:"start"`
	End   int       `json:"end"`
	Value timeValue `json:"value"`
}

type timeValue struct {
	Start string `json:"start"`
	End   string `json:"end"`
	Grain string `json:"grain"`
}

func runAnnotate(ctx context.Context, args []string) error {
	fs := flag.NewFlagSet("annotate", flag.ContinueOnError)
	fs.Usage = func() {
		fmt.Fprintf(fs.Output(), `Usage: storyline annotate [--ref YYYY-MM-DD] [--actors FILE] PATH...

Prints, for every article in PATH (any input extract reads, down to a file
holding one sentence), one JSON object a line: its sentences, its mentions
(people, countries, places, organisations, with the resolved name, country
and title; "metonym" for a capital standing for its government, "group"
for a group of countries, "adjective" for a country adjective modifying a
noun that is not an actor, "ref" for the full mention a short one refers
to) and its time expressions, with byte offsets into the body as
extract gives it. Offices and relative dates are resolved against the
article's publication date, or --ref when given, or today when neither.

`)
		fs.PrintDefaults()
	}
	refFlag := fs.String("ref", "", "resolve offices and dates against this day (YYYY-MM-DD) instead of the publication date")
	var actorFiles multiFlag
	fs.Var(&actorFiles, "actors", "extra actor table `FILE` (people, countries, places, ...; see docs/actors.md); repeatable")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return flag.ErrHelp
	}
	var ref time.Time
	if *refFlag != "" {
		t, err := time.Parse(time.DateOnly, *refFlag)
		if err != nil {
			return fmt.Errorf("--ref %q is not a YYYY-MM-DD date", *refFlag)
		}
		ref = t
	}
	cat := actors.Default()
	for _, f := range actorFiles {
		if err := cat.LoadFile(f); err != nil {
			return err
		}
	}

	out := bufio.NewWriterSize(os.Stdout, 64<<10)
	defer out.Flush()
	enc := json.NewEncoder(out)
	enc.SetEscapeHTML(false)

	src := capture.Open(ctx, fs.Args())
	defer src.Close()
	s := article.NewStream(ctx, src, 0)
	defer s.Close()
	failed := 0
	for {
		a, err := s.Next()
		if err == io.EOF {
			break
		}
		var ie *capture.InputError
		if errors.As(err, &ie) {
			failed++
			slog.Error("skipped input", "input", ie.Source, "reason", ie.Err.Error())
			continue
		}
		if err != nil {
			return err
		}
		if err := enc.Encode(annotate(cat, a, ref)); err != nil {
			return fmt.Errorf("write annotation of %s: %w", a.Source, err)
		}
	}
	if err := out.Flush(); err != nil {
		return fmt.Errorf("write output: %w", err)
	}
	if failed > 0 {
		return errFailedInputs
	}
	return nil
}

// annotate finds the sentences, mentions and time expressions of one
// article. ref, when not zero, overrides the publication date.
func annotate(cat *actors.Catalog, a article.Article, ref time.Time) annotation {
	if ref.IsZero() {
		ref, _ = a.ReferenceDate()
	}
	if ref.IsZero() {
		y, m, d := time.Now().Date()
		ref = time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
	}
	an := annotation{Source: a.Source, Ref: ref.Format(time.DateOnly), Sentences: []span{}, Times: []timeMention{}}
	for _, s := range nlp.Split(a.Body) {
		an.Sentences = append(an.Sentences, span{s.Start, s.End})
		for _, x := range timex.FindInSentence(s.Text, ref) {
			var rg *timeRange
			if len(x.Ends) > 0 {
				rg = &timeRange{Text: x.Text, Start: s.Start + x.Start, End: s.Start + x.End, Value: formatPeriod(x.Value.Whole())}
			}
			for _, e := range x.Dates() {
				tm := timeMention{
					Text: e.Text, Start: s.Start + e.Start, End: s.Start + e.End,
					Mod: string(e.Value.Mod), Range: rg, Ref: string(e.Ref),
				}
				if e.Kind != timex.KindDate {
					tm.Type, tm.TimeML = string(e.Kind), e.Norm
					an.Times = append(an.Times, tm)
					continue
				}
				v := formatPeriod(e.Value.Whole())
				tm.Value = &v
				if tm.Mod != "" {
					tm.Days = &timeValue{e.Value.Start.Format(time.DateOnly), e.Value.End.Format(time.DateOnly), string(e.Value.Grain)}
				}
				an.Times = append(an.Times, tm)
			}
		}
	}
	an.Mentions = cat.Mentions(a.Body, ref)
	if an.Mentions == nil {
		an.Mentions = []actors.Mention{}
	}
	return an
}

func formatPeriod(p timex.Period) timeValue {
	return timeValue{p.Start.Format(time.DateOnly), p.End.Format(time.DateOnly), string(p.Grain)}
}

// multiFlag collects a repeatable flag.
type multiFlag []string

func (m *multiFlag) String() string     { return strings.Join(*m, ",") }
func (m *multiFlag) Set(v string) error { *m = append(*m, v); return nil }
