package devcorpus

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"testing"

	"storyline/internal/capture"
	"storyline/internal/coder"
)

// TestEventsGoesOnOrStops: a page that cannot be read goes to bad, which
// either lets the run go on (the readable page's event is coded) or stops
// it with its error.
func TestEventsGoesOnOrStops(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "good.txt")
	if err := os.WriteFile(good, []byte(" date 2025-06-04  Wire\nKenya and Uganda signed a trade agreement in Nairobi on Tuesday.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	missing := filepath.Join(dir, "missing.txt") // never written: cannot be read
	opts := coder.Options{NoLearnedFilter: true}
	var seen []string
	evs, err := Events(capture.Open(context.Background(), []string{missing, good}), opts, func(ie *capture.InputError) error {
		seen = append(seen, ie.Source)
		return nil
	})
	if err != nil || len(evs) == 0 || len(seen) != 1 || seen[0] != missing {
		t.Errorf("going on: %d events, err %v, bad pages %v; want the good page's events and the missing page", len(evs), err, seen)
	}
	stop := errors.New("stop")
	if _, err := Events(capture.Open(context.Background(), []string{missing, good}), opts, func(*capture.InputError) error { return stop }); !errors.Is(err, stop) {
		t.Errorf("stopping: err %v, want %v", err, stop)
	}
}

// TestLetterGroup: a page goes to the group of its first letter, an
// unlisted or empty name to the last (the cases of trainfilter's and
// trainpropose's tests, which had a copy each).
func TestLetterGroup(t *testing.T) {
	for file, want := range map[string]int{"a01.txt": 0, "c90.txt": 0, "d02.txt": 1, "h10.txt": 1, "l03.txt": 2,
		"p11.txt": 3, "t02.txt": 4, "y01.txt": 5, "z40.txt": 5,
		"aa01.txt": 0, "ce12.txt": 0, "dd01.txt": 1, "ma02.txt": 3, "zz9.txt": 5,
		"9x.txt": 5, "": 5} {
		if got := LetterGroup(file); got != want {
			t.Errorf("LetterGroup(%q) = %d, want %d", file, got, want)
		}
	}
}
