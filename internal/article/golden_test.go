package article

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"storyline/internal/capture"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/extract/golden")

const repoTestdata = "../../testdata"

// TestExtractGolden extracts every input pair under testdata/extract/input
// and the seed captures, and compares with testdata/extract/golden/NAME.json.
// Run with -update after a deliberate change and review the diff.
func TestExtractGolden(t *testing.T) {
	inputs, _ := filepath.Glob(filepath.Join(repoTestdata, "extract", "input", "*"))
	seeds, _ := filepath.Glob(filepath.Join(repoTestdata, "seeds", "*.txt"))
	inputs = append(inputs, seeds...)
	if len(inputs) < 5 {
		t.Fatalf("found only %d golden inputs", len(inputs))
	}
	for _, in := range inputs {
		name := filepath.Base(in)
		t.Run(name, func(t *testing.T) {
			a := extractFile(t, in)
			a.Source = name // the golden file does not depend on where the tree is
			got, err := json.MarshalIndent(a, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, '\n')
			golden := filepath.Join(repoTestdata, "extract", "golden", name+".json")
			if *update {
				if err := os.WriteFile(golden, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -update to create it)", err)
			}
			if string(got) != string(want) {
				t.Errorf("extract %s differs from %s:\ngot:\n%s", in, golden, got)
			}
		})
	}
}

func extractFile(t *testing.T, path string) Article {
	t.Helper()
	r := capture.Open(context.Background(), []string{path})
	c, err := r.Next()
	if err != nil {
		t.Fatalf("read %s: %v", path, err)
	}
	a, err := Extract(c)
	if err != nil {
		t.Fatalf("extract %s: %v", path, err)
	}
	return a
}

// TestExtractKnownFacts checks facts of the hand-made inputs that must hold
// whatever the golden files say.
func TestExtractKnownFacts(t *testing.T) {
	dir := filepath.Join(repoTestdata, "extract", "input")
	t.Run("latin1 page with JSON-LD", func(t *testing.T) {
		a := extractFile(t, filepath.Join(dir, "latin1-jsonld.html"))
		check(t, "title", a.Title, "Les ministres se rencontrent à Genève")
		check(t, "published", deref(a.Published), "2023-05-02")
		check(t, "publisher", deref(a.Publisher), "Le Quotidien")
		check(t, "language", a.Language, "fr")
		mustContain(t, a.Body, "Les ministres des affaires étrangères des deux pays")
		mustNotContain(t, a.Body, "Grève dans les transports", "Tous droits", "Accueil")
	})
	t.Run("generic text page", func(t *testing.T) {
		a := extractFile(t, filepath.Join(dir, "generic-news-page.txt"))
		check(t, "title", a.Title, "Finance ministers back new lending rules at Washington meeting")
		check(t, "published", deref(a.Published), "2024-10-12")
		check(t, "language", a.Language, "en")
		mustContain(t, a.Body,
			"WASHINGTON -- Finance ministers from more than forty countries agreed on Saturday",
			"Several delegations said they wanted stronger guarantees",
			"The next meeting of the group is scheduled for April in Marrakech")
		mustNotContain(t, a.Body, "Share on Facebook", "Related Stories", "Central bank holds rates",
			"This will never work", "Finally some good news", "All rights reserved", "Ministers checked documents",
			"Sign in", "Monday, 14 October 2024")
	})
}

// TestExtractSeedsAgainstGold scores the seed captures with the rules of
// ../shared/gold/README.md: every keep string kept, no drop string, no
// repeated caption, metadata right.
func TestExtractSeedsAgainstGold(t *testing.T) {
	goldPath := filepath.Join("..", "..", "..", "shared", "gold", "seeds.json")
	data, err := os.ReadFile(goldPath)
	if err != nil {
		t.Skipf("gold file not beside the repository: %v", err)
	}
	var gold struct {
		Docs []struct {
			File    string `json:"file"`
			Article struct {
				Title, Published, Publisher *string
				Keep, Drop                  []string
				AtMostOnce                  []string `json:"at_most_once"`
			} `json:"article"`
		} `json:"docs"`
	}
	if err := json.Unmarshal(data, &gold); err != nil {
		t.Fatal(err)
	}
	fold := func(s string) string { return strings.Join(strings.Fields(s), " ") }
	for _, d := range gold.Docs {
		t.Run(d.File, func(t *testing.T) {
			a := extractFile(t, filepath.Join(repoTestdata, "seeds", d.File))
			body := fold(a.Body)
			for _, s := range d.Article.Keep {
				if !strings.Contains(body, fold(s)) {
					t.Errorf("keep string missing: %q", s)
				}
			}
			for _, s := range d.Article.Drop {
				if strings.Contains(body, fold(s)) {
					t.Errorf("drop string leaked: %q", s)
				}
			}
			for _, s := range d.Article.AtMostOnce {
				if strings.Count(body, fold(s)) > 1 {
					t.Errorf("repeated: %q", s)
				}
			}
			for _, m := range []struct {
				name      string
				want, got *string
			}{{"title", d.Article.Title, &a.Title}, {"published", d.Article.Published, a.Published}, {"publisher", d.Article.Publisher, a.Publisher}} {
				if m.want != nil && !strings.EqualFold(fold(deref(m.got)), fold(*m.want)) {
					t.Errorf("%s = %q, want %q", m.name, deref(m.got), *m.want)
				}
			}
		})
	}
}

func TestExtractBadInputs(t *testing.T) {
	tests := []struct {
		name string
		c    capture.Capture
		is   error
	}{
		{"invalid UTF-8 text", capture.Capture{Source: "x.txt", ContentType: "text/plain", Body: []byte("Good start \xff\xfe then bad bytes in the text.")}, ErrInvalidUTF8},
		{"HTML with no body", capture.Capture{Source: "x.html", ContentType: "text/html", Body: []byte("<html><head><title>t</title></head><body></body></html>")}, ErrNoBody},
		{"HTML of scripts only", capture.Capture{Source: "x.html", ContentType: "text/html", Body: []byte("<html><body><script>var a = 1;</script></body></html>")}, ErrNoBody},
		{"text of furniture only", capture.Capture{Source: "x.txt", ContentType: "text/plain", Body: []byte("Home\nShare\nLog in\n")}, ErrNoBody},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Extract(tt.c)
			if !errors.Is(err, tt.is) {
				t.Errorf("Extract = %v, want %v", err, tt.is)
			}
		})
	}
}

func TestExtractHTMLCharset(t *testing.T) {
	// windows-1252 bytes declared in the Content-Type, not in the page.
	body := []byte("<html><body><article><p>Caf\xe9 owners in the old town said on Tuesday that the new rules would force them to close earlier than before.</p></article></body></html>")
	a, err := Extract(capture.Capture{Source: "x", ContentType: "text/html; charset=windows-1252", Body: body})
	if err != nil {
		t.Fatal(err)
	}
	mustContain(t, a.Body, "Café owners")
}

func TestStreamKeepsOrderAndErrors(t *testing.T) {
	var caps []capture.Capture
	for i := range 50 {
		body := "Ministers from both countries met on Monday to discuss trade and security matters in detail."
		if i%7 == 3 {
			body = "\xff\xfe bad"
		}
		caps = append(caps, capture.Capture{Source: string(rune('A'+i%26)) + strings.Repeat("x", i), ContentType: "text/plain", Body: []byte(body)})
	}
	s := NewStream(context.Background(), &sliceSource{caps: caps}, 4)
	i := 0
	for {
		a, err := s.Next()
		if err == io.EOF {
			break
		}
		var ie *capture.InputError
		switch {
		case i%7 == 3:
			if !errors.As(err, &ie) || ie.Source != caps[i].Source || !errors.Is(err, ErrInvalidUTF8) {
				t.Errorf("item %d: error %v, want input error for %s", i, err, caps[i].Source)
			}
		case err != nil:
			t.Fatalf("item %d: %v", i, err)
		case a.Source != caps[i].Source:
			t.Fatalf("item %d: got %s, want %s (order lost)", i, a.Source, caps[i].Source)
		}
		i++
	}
	if i != len(caps) {
		t.Errorf("got %d results, want %d", i, len(caps))
	}
}

type sliceSource struct {
	caps []capture.Capture
	i    int
}

func (s *sliceSource) Next() (capture.Capture, error) {
	if s.i >= len(s.caps) {
		return capture.Capture{}, io.EOF
	}
	s.i++
	return s.caps[s.i-1], nil
}

func check(t *testing.T, what, got, want string) {
	t.Helper()
	if got != want {
		t.Errorf("%s = %q, want %q", what, got, want)
	}
}

func mustContain(t *testing.T, body string, ss ...string) {
	t.Helper()
	for _, s := range ss {
		if !strings.Contains(body, s) {
			t.Errorf("body lacks %q", s)
		}
	}
}

func mustNotContain(t *testing.T, body string, ss ...string) {
	t.Helper()
	for _, s := range ss {
		if strings.Contains(body, s) {
			t.Errorf("body has %q", s)
		}
	}
}

func deref(p *string) string {
	if p == nil {
		return ""
	}
	return *p
}
