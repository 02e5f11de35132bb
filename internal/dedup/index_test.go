package dedup

import (
	"bytes"
	"errors"
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
)

// story is a wire story used by the table tests: long enough for every stage.
const story = `Foreign and defence ministers from the two countries will hold security talks in the capital on July 28 in an effort to push forward what the president called a historic upgrade in the alliance.

The so-called "2+2" talks will cover extended deterrence, a term used to describe the commitment to use nuclear and conventional forces to deter attacks on allies, the foreign ministry said on Monday.

The secretary of state will also hold a bilateral meeting with his counterpart during the visit, while the defense secretary will hold three-way talks with his counterparts from the region.

The two governments in April announced a series of initiatives to strengthen their ties in what officials called the most significant upgrade since the alliance, which was first signed in 1951, began.

These include efforts to deepen cooperation between defense industries and upgrade military command structures to improve coordination, as both countries look to deter regional threats.

"These historic talks will cement our shift from a focus on protection to one of projection," the ambassador said in a speech to business leaders on Tuesday evening.`

// other is a different story on the same subject, with the same date.
const other = `The ambassador arrived in the capital on July 28 for a week of meetings with trade officials, bringing a delegation of farmers and manufacturers eager to sell more beef and machinery.

Negotiators have spent months arguing over tariffs on rice and automobiles, and business groups on both sides warn that the talks could stall again before the autumn elections.

Several lawmakers criticised the visit, saying the government had promised too much to foreign exporters and too little to domestic growers facing a drought this summer.

Officials expect a short statement rather than a full agreement, and no date has been set for a leaders' meeting that would sign any deal reached by the delegations.`

func paragraphsOf(s string) []string { return strings.Split(s, "\n\n") }

func TestIndexAdd(t *testing.T) {
	ps := paragraphsOf(story)
	tests := []struct {
		name   string
		body   string
		wantOf string // "" for no link
		kind   Kind
	}{
		{"unrelated story", other, "", ""},
		{"verbatim copy", story, "source", Exact},
		{"different spacing and case", strings.ToUpper(strings.ReplaceAll(story, " ", "  ")), "source", Exact},
		{"trimmed copy", strings.Join(ps[1:len(ps)-1], "\n\n"), "source", Near},
		{"re-wrapped in short lines", "Advertisement\n\nRead more\n\n" + story + "\n\nLeave a Reply", "source", Exact},
		{"re-wrapped copy", "We use cookies to improve your experience on our site and to show you relevant advertising.\n\n" + story + "\n\nSubscribe to our newsletter to get the latest news delivered to your inbox every morning.", "source", Near},
		{"sentences reordered", strings.Join([]string{ps[3], ps[0], ps[5], ps[1], ps[4], ps[2]}, "\n\n"), "source", Near},
		{"reworded copy", reword(story), "source", Reworded},
		{"empty body", "", "", ""},
		{"punctuation only", "—\n\n… !!! ???", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ix := NewIndex(Options{})
			if of, ok := ix.Add("source", story); ok {
				t.Fatalf("first article linked to %q", of)
			}
			m, ok := ix.Find(Sign(tt.body))
			of, addOK := ix.Add("copy", tt.body)
			if ok != addOK || m.Of != of {
				t.Errorf("Find gave (%q, %v), Add gave (%q, %v)", m.Of, ok, of, addOK)
			}
			if of != tt.wantOf || (tt.kind != "" && m.Kind != tt.kind) {
				t.Errorf("Add = %q (%s %.2f), want %q (%s)", of, m.Kind, m.Similarity, tt.wantOf, tt.kind)
			}
		})
	}
}

// reword swaps words the way a spinner does, without the generator's
// tables, so this test stands on its own.
func reword(s string) string {
	r := strings.NewReplacer(
		" said", " stated", "talks", "discussions", "meeting", "assembly",
		"strengthen", "bolster", "significant", "important", "improve", "enhance",
		"effort", "attempt", "Foreign", "Overseas", "announced", "declared",
		"push forward", "advance", "deepen", "intensify", "look to", "seek to",
	)
	return r.Replace(s)
}

// A copy of a copy links to the first article of the group, and articles
// after an unrelated one still find their own source.
func TestIndexGroupRoot(t *testing.T) {
	ix := NewIndex(Options{})
	ps := paragraphsOf(story)
	steps := []struct{ id, body, want string }{
		{"a", story, ""},
		{"b", other, ""},
		{"c", strings.Join(ps[:5], "\n\n"), "a"},
		{"d", strings.Join(ps[1:5], "\n\n"), "a"},
		{"e", other + "\n\nShare this article", "b"},
	}
	for _, s := range steps {
		if of, _ := ix.Add(s.id, s.body); of != s.want {
			t.Errorf("Add(%s) = %q, want %q", s.id, of, s.want)
		}
	}
	if ix.Len() != len(steps) {
		t.Errorf("Len = %d, want %d", ix.Len(), len(steps))
	}
}

func TestSignatureRoundTrip(t *testing.T) {
	for _, body := range []string{story, other, "", "one two"} {
		sig := Sign(body)
		b, err := sig.MarshalBinary()
		if err != nil {
			t.Fatal(err)
		}
		var got Signature
		if err := got.UnmarshalBinary(b); err != nil {
			t.Fatalf("UnmarshalBinary: %v", err)
		}
		if got != sig {
			t.Errorf("round trip of %.20q changed the signature", body)
		}
	}
	// An index rebuilt from stored signatures answers as the original did.
	stored, _ := Sign(story).MarshalBinary()
	var sig Signature
	if err := sig.UnmarshalBinary(stored); err != nil {
		t.Fatal(err)
	}
	ix := NewIndex(Options{})
	ix.AddSigned("stored", sig)
	if of, _ := ix.Add("new", story+"\n\nRead more"); of != "stored" {
		t.Errorf("rebuilt index: Add = %q, want %q", of, "stored")
	}
}

func TestSignatureUnmarshalErrors(t *testing.T) {
	good, _ := Sign(story).MarshalBinary()
	old := bytes.Clone(good)
	old[0] = signatureVersion + 1
	tests := []struct {
		name string
		b    []byte
		want error
	}{
		{"empty", nil, nil},
		{"truncated", good[:len(good)-1], nil},
		{"too long", append(bytes.Clone(good), 0), nil},
		{"other version", old, ErrSignatureVersion},
	}
	for _, tt := range tests {
		var s Signature
		err := s.UnmarshalBinary(tt.b)
		if err == nil {
			t.Errorf("%s: no error", tt.name)
			continue
		}
		if tt.want != nil && !errors.Is(err, tt.want) {
			t.Errorf("%s: error %v, want %v", tt.name, err, tt.want)
		}
	}
}

func TestSignIgnoresFurnitureAndCase(t *testing.T) {
	a := Sign(story)
	b := Sign("Share this\n" + strings.ReplaceAll(story, "\n\n", "\n") + "\nRead more\n")
	if a.Exact != b.Exact {
		t.Errorf("short furniture lines changed the exact hash")
	}
	if Sign(strings.ToLower(story)).Exact != a.Exact {
		t.Errorf("case changed the exact hash")
	}
}

func TestStem(t *testing.T) {
	tests := []struct{ in, want string }{
		{"talks", "talk"}, {"talked", "talk"}, {"talking", "talk"},
		{"agreed", "agre"}, {"agree", "agre"}, {"agrees", "agre"},
		{"countries", "country"}, {"stopped", "stop"}, {"taxes", "tax"},
		{"bus", "bus"}, {"crisis", "crisis"}, {"us", "us"}, {"quickly", "quick"},
	}
	for _, tt := range tests {
		if got := string(stem([]byte(tt.in))); got != tt.want {
			t.Errorf("stem(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestNameGramsSurviveMangling(t *testing.T) {
	gramsOf := func(s string) map[uint64]bool {
		var r reader
		r.read(s)
		m := make(map[uint64]bool)
		for _, g := range r.names {
			m[g] = true
		}
		return m
	}
	a := gramsOf("The minister Yoshimasa Hayashi met them.")
	b := gramsOf("The minister Yoshimasahayashi met them.")
	if len(a) == 0 || len(a) != len(b) {
		t.Fatalf("name grams: %d and %d", len(a), len(b))
	}
	for g := range a {
		if !b[g] {
			t.Errorf("joined name lost a gram")
		}
	}
}

// synthetic returns n signatures of distinct random bodies written like
// news: one word in eight a name, one in twenty-five a number, so that
// every stage, the entity stage too, has its band keys.
func synthetic(n int, seed uint64) []Signature {
	r := rand.New(rand.NewPCG(seed, 1))
	vocab := make([]string, 5000)
	for i := range vocab {
		w := []byte{'w'}
		for x := r.Uint32(); x > 0; x /= 26 {
			w = append(w, byte('a'+x%26))
		}
		if i%8 == 0 {
			w[0] = 'N'
		}
		vocab[i] = string(w)
	}
	sigs := make([]Signature, n)
	var b strings.Builder
	for i := range sigs {
		b.Reset()
		for j := range 300 {
			if j%25 == 12 {
				b.WriteString(fmt.Sprint(r.IntN(10000)))
			} else {
				b.WriteString(vocab[r.IntN(len(vocab))])
			}
			if j%15 == 14 {
				b.WriteString(".\n")
			} else {
				b.WriteByte(' ')
			}
		}
		sigs[i] = Sign(b.String())
	}
	return sigs
}

func TestUnspacedScriptsAreShingled(t *testing.T) {
	const ja = "先日、不正に改造したiPhoneを販売したとして、商標法違反の疑いで20代の男性が逮捕されたというニュースを耳にしました。報道によると、今回販売されたのは、いわゆる「脱獄」したiPhone。"
	var r reader
	r.read(ja)
	if len(r.words) < 60 {
		t.Errorf("Japanese text read as %d words, want one a character", len(r.words))
	}
	// Furniture in English around a Japanese story must not replace it.
	wrapped := "Subscribe to our newsletter to get the latest news delivered to your inbox every morning.\n" + ja + "\nWe use cookies to improve your experience on our site and to show you relevant ads."
	ix := NewIndex(Options{})
	ix.Add("ja", ja)
	if of, _ := ix.Add("wrapped", wrapped); of != "ja" {
		t.Errorf("re-wrapped Japanese story: Add = %q, want %q", of, "ja")
	}
}

// With a Window, an article older than it is still found as an exact copy
// but no longer as a near one; without, it is found either way. Ids and
// groups hold across chunks of the article store.
func TestIndexWindow(t *testing.T) {
	ps := paragraphsOf(story)
	trimmed := strings.Join(ps[1:len(ps)-1], "\n\n")
	tests := []struct {
		name                string
		window              int
		wantExact, wantNear string
		wantLateOf          string
		wantLate            Kind
	}{
		{"no window", 0, "old", "old", "late", Exact},
		{"window of one chunk", chunkLen, "old", "", "late", Exact},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ix := NewIndex(Options{Window: tt.window})
			ix.Add("old", story)
			// Articles with no words take a place but no band keys.
			for i := range 3 * chunkLen {
				ix.AddSigned(fmt.Sprintf("filler-%d", i), Signature{})
			}
			m, _ := ix.Find(Sign(trimmed))
			if m.Of != tt.wantNear {
				t.Errorf("trimmed copy of an old article linked to %q (%s), want %q", m.Of, m.Kind, tt.wantNear)
			}
			if of, _ := ix.Add("exact", story); of != tt.wantExact {
				t.Errorf("exact copy of an old article linked to %q, want %q", of, tt.wantExact)
			}
			ix.Add("late", other)
			m, ok := ix.Find(Sign(other + "\n\nShare this article"))
			if !ok || m.Of != tt.wantLateOf || m.Kind != tt.wantLate {
				t.Errorf("copy of a recent article: %+v, want %s (%s)", m, tt.wantLateOf, tt.wantLate)
			}
			if want := 3*chunkLen + 3; ix.Len() != want {
				t.Errorf("Len = %d, want %d", ix.Len(), want)
			}
		})
	}
}
