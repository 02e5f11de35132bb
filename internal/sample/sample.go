// Package sample holds the bundled sample captures (copies of the seed pages
// under testdata/seeds) so that `storyline serve --demo` works from a binary
// run anywhere, not only from the repository root.
//
// It takes nothing and gives the captures as a stream (Open) ready for the
// pipeline.
package sample

import (
	"context"
	"embed"
	"fmt"
	"io"
	"io/fs"
	"path"

	"storyline/internal/capture"
)

//go:embed captures
var files embed.FS

// Names lists the sample captures, sorted, as "sample/NAME".
func Names() []string {
	entries, _ := fs.ReadDir(files, "captures") // embedded: cannot fail
	out := make([]string, 0, len(entries))
	for _, e := range entries {
		out = append(out, "sample/"+e.Name())
	}
	return out
}

// Open returns the sample captures as one stream ending in io.EOF. Each
// capture's Source is "sample/NAME".
func Open(ctx context.Context) *Stream {
	return &Stream{ctx: ctx, names: Names()}
}

// Stream reads the sample captures one after the other.
type Stream struct {
	ctx   context.Context
	names []string
	cur   *capture.Reader
}

// Next returns the next capture, or io.EOF after the last.
func (s *Stream) Next() (capture.Capture, error) {
	for {
		if s.cur != nil {
			c, err := s.cur.Next()
			if err != io.EOF {
				return c, err
			}
			s.cur.Close()
			s.cur = nil
		}
		if len(s.names) == 0 {
			return capture.Capture{}, io.EOF
		}
		name := s.names[0]
		s.names = s.names[1:]
		f, err := files.Open(path.Join("captures", path.Base(name)))
		if err != nil {
			return capture.Capture{}, fmt.Errorf("open sample capture %s: %w", name, err)
		}
		// The embedded file stays readable for the program's life; the
		// capture reader closes nothing we need.
		s.cur = capture.OpenReader(s.ctx, name, f)
	}
}

// Close stops the stream.
func (s *Stream) Close() error {
	if s.cur != nil {
		return s.cur.Close()
	}
	return nil
}
