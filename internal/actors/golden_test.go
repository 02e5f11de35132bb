package actors

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/")

// TestGoldenArticle runs the embedded tables over an article written for
// the test and compares every mention with testdata/article.golden; run
// with -update after a deliberate change and read the diff.
func TestGoldenArticle(t *testing.T) {
	body, err := os.ReadFile("testdata/article.txt")
	if err != nil {
		t.Fatal(err)
	}
	var got bytes.Buffer
	enc := json.NewEncoder(&got)
	enc.SetEscapeHTML(false)
	for _, m := range Default().Mentions(string(body), day("2024-11-15")) {
		if err := enc.Encode(m); err != nil {
			t.Fatal(err)
		}
	}
	const golden = "testdata/article.golden"
	if *update {
		if err := os.WriteFile(golden, got.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if !bytes.Equal(got.Bytes(), want) {
		t.Errorf("mentions differ from %s (go test -update rewrites it):\n%s", golden, got.String())
	}
}
