package extractbench

import (
	"bytes"
	"compress/gzip"
	"context"
	"math"
	"os"
	"path/filepath"
	"testing"
)

func TestScore(t *testing.T) {
	tests := []struct {
		name, gold, got string
		p, r            float64
	}{
		{"identical", "a b c d e", "A b, c. D e!", 1, 1},
		{"both empty", "", "", 1, 1},
		{"nothing shared", "a b c d e", "v w x y z", 0, 0},
		{"nothing extracted", "a b c d e", "", 0, 0},
		// gold shingles: abcd bcde; got: abcd bcde cdef -> P 2/3, R 1.
		{"extra text", "a b c d e", "a b c d e f", 2.0 / 3, 1},
		// multisets: a repeated shingle counts each time.
		{"repeats", "a b c d a b c d", "a b c d", 1, 1.0 / 5},
		{"short texts are one shingle", "a b", "a b", 1, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, r := Score(tt.gold, tt.got)
			if math.Abs(p-tt.p) > 1e-9 || math.Abs(r-tt.r) > 1e-9 {
				t.Errorf("Score = %.3f, %.3f; want %.3f, %.3f", p, r, tt.p, tt.r)
			}
		})
	}
}

func TestRunOnTinyBenchmark(t *testing.T) {
	dir := t.TempDir()
	body := "Foreign ministers of the two countries met in Geneva on Tuesday to discuss regional security and trade in detail."
	page := "<html><body><nav><a href='/'>Home</a></nav><article><p>" + body + "</p></article></body></html>"
	if err := os.MkdirAll(filepath.Join(dir, "html"), 0o755); err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	zw.Write([]byte(page))
	zw.Close()
	os.WriteFile(filepath.Join(dir, "html", "p1.html.gz"), buf.Bytes(), 0o644)
	os.WriteFile(filepath.Join(dir, "ground-truth.json"), []byte(`{"p1": {"articleBody": "`+body+`", "url": "http://x.test/1"}, "missing": {"articleBody": "gone", "url": ""}}`), 0o644)
	pages, err := Load(dir)
	if err != nil || len(pages) != 2 {
		t.Fatalf("Load = %d pages, %v", len(pages), err)
	}
	rep, err := Run(context.Background(), pages, 2)
	if err != nil {
		t.Fatal(err)
	}
	// The page scores 1; the missing page counts as failed and scores 0.
	if rep.Pages != 2 || rep.Failed != 1 || math.Abs(rep.Precision-0.5) > 1e-9 || math.Abs(rep.Recall-0.5) > 1e-9 {
		t.Errorf("report %+v: want 2 pages, 1 failed, P = R = 0.5", rep)
	}
}
