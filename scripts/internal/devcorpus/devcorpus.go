// Package devcorpus holds what the scripts that train the coder's learned
// parts (trainfilter, trainpropose) share: coding every page of a capture
// source, and the letter groups of the real-news corpus they hold out.
package devcorpus

import (
	"context"
	"errors"
	"io"
	"strings"

	"storyline/internal/article"
	"storyline/internal/capture"
	"storyline/internal/coder"
	"storyline/internal/event"
)

// Events codes every article of src with opts and returns the events. A
// capture that cannot be read goes to bad, which returns the error that
// stops the run, or nil to go on without it.
func Events(src article.CaptureSource, opts coder.Options, bad func(*capture.InputError) error) ([]event.Event, error) {
	stream := article.NewStream(context.Background(), src, 0)
	defer stream.Close()
	var out []event.Event
	for {
		a, err := stream.Next()
		if err == io.EOF {
			return out, nil
		}
		var ie *capture.InputError
		if errors.As(err, &ie) {
			if err := bad(ie); err != nil {
				return nil, err
			}
			continue
		}
		if err != nil {
			return nil, err
		}
		out = append(out, coder.Code(a, opts)...)
	}
}

// LetterGroups are the real-news corpus's groups of pages by the first
// letter of their files: each is held out in turn, as pages of events a
// model never saw.
var LetterGroups = []string{"abc", "defgh", "ijkl", "mnop", "qrst", "uvwxyz"}

// LetterGroup is the index in LetterGroups of a page file's group; a file
// of no listed letter goes to the last.
func LetterGroup(file string) int {
	for i, g := range LetterGroups {
		if file != "" && strings.IndexByte(g, file[0]) >= 0 {
			return i
		}
	}
	return len(LetterGroups) - 1
}
