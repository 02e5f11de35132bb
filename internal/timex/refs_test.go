package timex

import (
	"strings"
	"testing"
)

// refCases hold the words that name the present, past or future as a
// whole: "TEXT@REF" for each reference FindInSentence gives, with the
// calendar dates it gives between them as formatWhole writes them. Each
// shape has sentences of different styles and one it must not fire on.
var refCases = []struct {
	shape, text, ref, want string
}{
	// Adverbs and set phrases are times wherever they stand.
	{"word", "The ruling party now holds a majority in both chambers.", oct26, "now@present"},
	{"word", "Now the opposition is calling for a recount.", jan6, "Now@present"},
	{"word", "Right now, nobody knows where the convoy is.", oct26, "Right now@present"},
	{"word", "The carrier currently flies to 40 cities.", oct26, "currently@present"},
	{"word", "Fewer families can afford a house these days.", jan6, "these days@present"},
	{"word", "The minister recently visited the border region.", oct26, "recently@past"},
	{"word", "Until recently the mine employed 900 people.", jan6, "recently@past"},
	{"word", "Rates are likely to rise in the near future, the central bank said.", oct26, "the near future@future"},
	{"word", "He said on Monday that a deal would be signed soon.", oct26, "Monday=1989-10-23;soon@future"},
	{"word", "Officials arrived at the scene on Tuesday and now expect more rain.", oct26, "Tuesday=1989-10-24;now@present"},
	// "Soon" relative to another event is no reference of its own.
	{"soon", "The talks resumed as soon as the ceasefire held.", oct26, ""},
	{"soon", "The rebels withdrew soon after the vote.", oct26, ""},
	// Adjectives are times before a word they qualify.
	{"adj", "Under current rules, the tax falls due in April.", oct26, "current@present;April=1990-04-01..1990-04-30/month"},
	{"adj", "A recent survey found support for the plan slipping.", jan6, "recent@past"},
	{"adj", "The current four weekly flights will become daily ones.", oct26, "current@present;weekly@set:P1W;daily@set:P1D"},
	{"adj", "The country's current-account deficit widened.", oct26, ""},
	{"adj", "Swimmers were swept away by a strong current.", oct26, ""},
	// Nouns are times after a preposition, at the end of their phrase.
	{"noun", "In the past, the agency has refused such requests.", oct26, "the past@past"},
	{"noun", "The company said that in the past it had weighed a merger.", jan6, "the past@past"},
	{"noun", "Prices should stabilise in the short term, the ministry said.", oct26, "the short term@future"},
	{"noun", "Historians study the past of the region.", oct26, ""},
	{"noun", "Few saw the future as bright.", oct26, ""},
	// Counted and named periods stay what they were.
	{"period", "Sales rose in the past four years.", oct26, "the past four years=1985-01-01..1988-12-31/year"},
	{"period", "Output has fallen in recent months.", oct26, "recent months=1989-07-01..1989-09-30/month"},
}

func TestRefs(t *testing.T) {
	for _, c := range refCases {
		t.Run(c.shape+"/"+c.text, func(t *testing.T) {
			ref := mustDay(t, c.ref)
			var got []string
			for _, x := range FindInSentence(c.text, ref) {
				if c.text[x.Start:x.End] != x.Text {
					t.Errorf("expression %q has offsets [%d,%d) for %q", x.Text, x.Start, x.End, c.text[x.Start:x.End])
				}
				if x.Kind != KindDate {
					got = append(got, formatKind(x))
					continue
				}
				if x.Ref == RefNone {
					got = append(got, formatWhole(x))
					continue
				}
				got = append(got, x.Text+"@"+string(x.Ref))
				// The present is the reference day; the past ends the day
				// before it and the future starts the day after.
				v := x.Value
				switch x.Ref {
				case RefPresent:
					if !v.Start.Equal(ref) || !v.End.Equal(ref) || v.Grain != GrainDay {
						t.Errorf("%q: present = %v, want the reference day", x.Text, v)
					}
				case RefPast:
					if !v.End.Equal(ref.AddDate(0, 0, -1)) || !v.Start.Equal(openPast) {
						t.Errorf("%q: past = %v, want up to the day before the reference day", x.Text, v)
					}
				case RefFuture:
					if !v.Start.Equal(ref.AddDate(0, 0, 1)) || !v.End.Equal(openFuture) {
						t.Errorf("%q: future = %v, want from the day after the reference day", x.Text, v)
					}
				}
			}
			want := wantValues(c.want)
			if strings.Join(got, ";") != strings.Join(want, ";") {
				t.Errorf("FindInSentence(%q, ref %s)\n got %q\nwant %q", c.text, c.ref, got, want)
			}
			// Find, which dates events, leaves the references out.
			for _, x := range Find(c.text, ref, TenseOf(c.text)) {
				if x.Ref != RefNone {
					t.Errorf("Find(%q) gave the reference %q", c.text, x.Text)
				}
			}
		})
	}
}
