// Package capture reads what a crawler saved of news pages — text and HTML
// files (plain or gzip), WARC and WET archives, folders, standard input — as a
// stream of captures, one per page. An input may also be an http(s)
// address, read as a stream that resumes by byte range when the connection
// breaks (IsURL).
//
// It takes paths and gives a Reader whose Next returns one Capture at a time,
// ending in io.EOF. Archives are read record by record and every page is
// capped at MaxPageSize, so memory stays bounded whatever the input. A
// problem with one input (or one archive record) is returned as an
// *InputError; the caller logs it and calls Next again.
//
// Source naming: a file is named by its path (or address) as given; a record of an
// archive is PATH#N, where N is the byte offset of the record in the file for
// an uncompressed archive, and the byte offset of the gzip member that holds
// the record for a compressed one (the offset WARC indexes such as CDX use).
// An archive gzipped as one single stream rather than per record has its
// later records named by their offset in the decompressed stream instead.
package capture

import (
	"errors"
	"fmt"
	"time"
)

// Capture is the raw bytes of one page with where and when they came from.
type Capture struct {
	Source      string    // path as given, or PATH#OFFSET for an archive record
	URI         string    // the page's address when the input says it
	FetchedAt   time.Time // zero when unknown
	ContentType string    // e.g. "text/html; charset=windows-1252", "text/plain"
	Body        []byte
}

// MaxPageSize is the largest page (file or archive record payload) read into
// memory; larger ones are reported as an *InputError and skipped.
const MaxPageSize = 16 << 20

// InputError is a failure confined to one input or one archive record: the
// rest of the inputs can still be read.
type InputError struct {
	Source string // the path as given, or PATH#N for an archive record
	Err    error
}

func (e *InputError) Error() string { return e.Source + ": " + e.Err.Error() }
func (e *InputError) Unwrap() error { return e.Err }

// Reasons an input is refused; test with errors.Is.
var (
	ErrEmpty    = errors.New("empty input")
	ErrBinary   = errors.New("binary data, not text or HTML")
	ErrTooLarge = fmt.Errorf("page larger than the %d MiB limit", MaxPageSize>>20)
)
