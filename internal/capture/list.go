package capture

import "io"

// List replays captures held in memory as a stream, for benchmarks and
// tests that must not time the reading of files.
type List struct {
	caps []Capture
	i    int
}

// NewList returns a stream over caps, in order.
func NewList(caps []Capture) *List { return &List{caps: caps} }

// Next returns the next capture, or io.EOF after the last.
func (l *List) Next() (Capture, error) {
	if l.i >= len(l.caps) {
		return Capture{}, io.EOF
	}
	l.i++
	return l.caps[l.i-1], nil
}
