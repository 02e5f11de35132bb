// Package capture reads what a crawler saved of news pages — text and HTML
// files, WARC and WET archives, folders, standard input — as a stream of
// captures, one per page.
package capture

import "time"

// Capture is the raw bytes of one page with where and when they came from.
type Capture struct {
	Source      string    // path as given, or PATH#OFFSET for an archive record
	URI         string    // the page's address when the input says it
	FetchedAt   time.Time // zero when unknown
	ContentType string    // e.g. "text/html; charset=windows-1252", "text/plain"
	Body        []byte
}
