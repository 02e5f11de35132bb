package main

import (
	"os"
	"path/filepath"
	"testing"
)

// Two groups may hold the same page under their own names: cutting one
// answer writes both files, and a page the answer lacks stays missing. An
// address the answer holds thrice is the excerpt that first quotes the gold's
// evidence (for p29, which quotes none, the first).
func TestCutWritesEveryFileOfAPage(t *testing.T) {
	dir := t.TempDir()
	write := func(name, body string) {
		t.Helper()
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("gold/j.json", `{"docs":[{"file":"j19.txt","url":"https://a.example/x","query":"trade fair opens","events":[{"evidence":"fair opened"}]}]}`)
	write("gold/p.json", `{"docs":[{"file":"p29.txt","url":"https://a.example/x","query":"trade fair opens"},
		{"file":"p30.txt","url":"https://b.example/y","query":"trade fair opens"}]}`)
	write("raw/q.json", `{"query":"trade fair opens","results":[{"url":"https://a.example/x","excerpt":"A shorter copy.\n"},
		{"url":"https://a.example/x","excerpt":"The fair opened.\n"}, {"url":"https://a.example/x","excerpt":"The fair opened, again.\n"}]}`)

	want, err := loadGold(dir)
	if err != nil {
		t.Fatal(err)
	}
	if st := cut(dir, want, []string{filepath.Join(dir, "raw/q.json")}); st != 0 {
		t.Fatalf("cut exit status %d", st)
	}
	for f, want := range map[string]string{"j19.txt": "The fair opened.\n", "p29.txt": "A shorter copy.\n"} {
		b, err := os.ReadFile(filepath.Join(dir, "pages", f))
		if err != nil || string(b) != want {
			t.Errorf("pages/%s = %q, %v; want %q byte for byte", f, b, err, want)
		}
	}
	if _, err := os.Stat(filepath.Join(dir, "pages", "p30.txt")); err == nil {
		t.Errorf("pages/p30.txt written, but no answer holds its address")
	}
}
