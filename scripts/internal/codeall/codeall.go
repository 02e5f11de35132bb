// Package codeall codes every article of a capture source with the coder,
// for the scripts that train the coder's learned parts (trainfilter,
// trainpropose).
package codeall

import (
	"context"
	"errors"
	"io"

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
