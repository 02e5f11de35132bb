package article

import (
	"context"
	"errors"
	"fmt"
	"io"
	"runtime"

	"golang.org/x/sync/errgroup"

	"storyline/internal/capture"
)

// CaptureSource is a stream of captures ending in io.EOF, such as a
// *capture.Reader. An *capture.InputError from it is passed on in order and
// the stream goes on; any other error ends the stream. The Stream owns the
// source: it closes it (when it is an io.Closer) once done.
type CaptureSource interface {
	Next() (capture.Capture, error)
}

// Stream extracts the articles of a capture stream on a pool of workers and
// gives them back in input order. At most a few captures per worker are in
// flight, so memory stays bounded however long the input.
type Stream struct {
	futures chan chan extracted
	cancel  context.CancelFunc
}

type extracted struct {
	a   Article
	err error
}

// NewStream starts extracting from src with workers goroutines (0 means
// GOMAXPROCS). Call Next until it returns io.EOF or a final error, or
// Close to stop early.
func NewStream(ctx context.Context, src CaptureSource, workers int) *Stream {
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	ctx, cancel := context.WithCancel(ctx)
	s := &Stream{futures: make(chan chan extracted, 2*workers), cancel: cancel}
	go s.produce(ctx, src, workers)
	return s
}

// produce reads captures and hands each to a worker, queueing a future per
// capture so that Next can return results in input order.
func (s *Stream) produce(ctx context.Context, src CaptureSource, workers int) {
	defer close(s.futures)
	if c, ok := src.(io.Closer); ok {
		defer c.Close() // an input left open when the stream is closed early
	}
	g := new(errgroup.Group)
	g.SetLimit(workers)
	defer g.Wait()
	for {
		c, err := src.Next()
		if err == io.EOF {
			return
		}
		fut := make(chan extracted, 1)
		select {
		case s.futures <- fut:
		case <-ctx.Done():
			return
		}
		var ie *capture.InputError
		if err != nil {
			fut <- extracted{err: err}
			if !errors.As(err, &ie) {
				return
			}
			continue
		}
		g.Go(func() error {
			a, err := extractSafely(c)
			if err != nil {
				err = &capture.InputError{Source: c.Source, Err: fmt.Errorf("extract article: %w", err)}
			}
			fut <- extracted{a, err}
			return nil
		})
	}
}

// extractSafely turns a panic inside an extractor library into an error for
// that one page, so one odd page cannot stop a batch.
func extractSafely(c capture.Capture) (a Article, err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("extractor failed: %v", p)
		}
	}()
	return Extract(c)
}

// Next returns the next article in input order. A failure confined to one
// input is a *capture.InputError (naming the input) and Next may be called
// again; io.EOF ends the stream; any other error is final.
func (s *Stream) Next() (Article, error) {
	fut, ok := <-s.futures
	if !ok {
		return Article{}, io.EOF
	}
	r := <-fut
	return r.a, r.err
}

// Close stops reading captures and waits for nothing: results not yet taken
// are dropped.
func (s *Stream) Close() {
	s.cancel()
	go func() {
		for fut := range s.futures {
			<-fut
		}
	}()
}
