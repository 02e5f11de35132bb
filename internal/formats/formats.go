// Package formats writes merged events in the layouts of other event data
// sets, so the tools and scripts analysts already have read Storyline's
// events: the columns of the POLECAT release (PLOVER-coded), and ICEWS-style
// rows with the CAMEO root code PLOVER's conversion table gives for each
// event's type and mode.
//
// It takes events with the ids of the articles that report them (the
// store's EachEventArticles) and gives tab-separated text, a header row
// first. Fields are one line each (runs of white space become one space);
// unknown values are empty.
package formats

import (
	"encoding/csv"
	"fmt"
	"io"
	"strings"

	"storyline/internal/event"
	"storyline/internal/plover"
)

// Writer writes one table of events.
type Writer struct {
	cw     *csv.Writer
	row    func(event.Event, []string) []string
	header []string
}

// POLECATHeader is the header row of NewPOLECAT: the column names of the
// POLECAT release that Storyline can fill. Contexts, coordinates and
// GeoNames ids stay empty until Storyline knows them.
var POLECATHeader = []string{
	"Event ID", "Event Date", "Event Type", "Event Mode", "Quad Code", "Contexts",
	"Actor Name", "Actor Country", "Primary Actor Sector", "Actor Title",
	"Recipient Name", "Recipient Country", "Primary Recipient Sector", "Recipient Title",
	"Placename", "Country", "Latitude", "Longitude", "GeoNames ID",
	"Story IDs",
}

// CAMEOHeader is the header row of NewCAMEO: ICEWS's column names, with the
// PLOVER type and mode the CAMEO code comes from and GDELT's quad class.
var CAMEOHeader = []string{
	"Event ID", "Event Date", "Source Name", "Source Sectors", "Source Country",
	"CAMEO Code", "PLOVER Type", "PLOVER Mode", "Quad Class",
	"Target Name", "Target Sectors", "Target Country",
	"Story ID", "Country", "Latitude", "Longitude",
}

// NewPOLECAT returns a writer of POLECAT's columns (POLECATHeader).
func NewPOLECAT(w io.Writer) *Writer { return newWriter(w, POLECATHeader, polecatRow) }

// NewCAMEO returns a writer of CAMEO-coded rows (CAMEOHeader).
func NewCAMEO(w io.Writer) *Writer { return newWriter(w, CAMEOHeader, cameoRow) }

func newWriter(w io.Writer, header []string, row func(event.Event, []string) []string) *Writer {
	cw := csv.NewWriter(w)
	cw.Comma = '\t'
	return &Writer{cw: cw, row: row, header: header}
}

// Write writes one event reported by the given articles; the first call
// writes the header before it.
func (w *Writer) Write(e event.Event, articles []string) error {
	if w.header != nil {
		if err := w.cw.Write(w.header); err != nil {
			return err
		}
		w.header = nil
	}
	r := w.row(e, articles)
	for i, f := range r {
		r[i] = oneLine(f)
	}
	if err := w.cw.Write(r); err != nil {
		return fmt.Errorf("write event %s: %w", e.ID, err)
	}
	return nil
}

// Close writes the header if no event came, and flushes.
func (w *Writer) Close() error {
	if w.header != nil {
		w.cw.Write(w.header)
		w.header = nil
	}
	w.cw.Flush()
	return w.cw.Error()
}

func oneLine(s string) string {
	if strings.IndexFunc(s, func(r rune) bool { return r < ' ' || r == '\u2028' || r == '\u2029' || r == '\u0085' }) < 0 &&
		!strings.Contains(s, "  ") {
		return s
	}
	return strings.Join(strings.Fields(s), " ")
}

// sides splits an event's actors into the side that acts (sources) and the
// side acted on (targets), as POLECAT's actor and recipient and ICEWS's
// source and target. Participants of a symmetric event (a meeting) join the
// acting side when they share its first actor's country or it has none yet,
// else the other side: "Blinken met Kamikawa" gives Blinken and Kamikawa.
func sides(e event.Event) (src, tgt []event.Actor) {
	var parts []event.Actor
	for _, a := range e.Actors {
		switch a.Role {
		case event.RoleSource:
			src = append(src, a)
		case event.RoleTarget:
			tgt = append(tgt, a)
		default:
			parts = append(parts, a)
		}
	}
	for _, a := range parts {
		if len(src) == 0 || country(src[0]) == country(a) {
			src = append(src, a)
		} else {
			tgt = append(tgt, a)
		}
	}
	return src, tgt
}

func country(a event.Actor) string {
	if a.Country == nil {
		return ""
	}
	return *a.Country
}

// list joins one field of each actor with "; ", empty where unknown, so
// the n-th item of every column is the same actor.
func list(as []event.Actor, field func(event.Actor) string) string {
	var out []string
	for _, a := range as {
		out = append(out, field(a))
	}
	if strings.Join(out, "") == "" {
		return ""
	}
	return strings.Join(out, "; ")
}

func name(a event.Actor) string   { return a.Name }
func sector(a event.Actor) string { return a.Sector }
func title(a event.Actor) string {
	if a.Title == nil {
		return ""
	}
	return *a.Title
}

// primary is the first actor's sector, POLECAT's "primary" sector.
func primary(as []event.Actor) string {
	for _, a := range as {
		if a.Sector != "" {
			return a.Sector
		}
	}
	return ""
}

func date(e event.Event) string {
	if e.Date == nil {
		return ""
	}
	return e.Date.Start
}

func place(e event.Event) (name, country string) {
	if e.Location == nil {
		return "", ""
	}
	if e.Location.Country != nil {
		country = *e.Location.Country
	}
	return e.Location.Name, country
}

func quadCode(e event.Event) string {
	if c := plover.QuadOf(e.Type, e.Mode).Code(); c > 0 {
		return fmt.Sprint(c)
	}
	return ""
}

func polecatRow(e event.Event, articles []string) []string {
	src, tgt := sides(e)
	placeName, placeCountry := place(e)
	return []string{
		e.ID, date(e), e.Type, e.Mode, quadCode(e), "",
		list(src, name), list(src, country), primary(src), list(src, title),
		list(tgt, name), list(tgt, country), primary(tgt), list(tgt, title),
		placeName, placeCountry, "", "", "",
		strings.Join(articles, "; "),
	}
}

func cameoRow(e event.Event, articles []string) []string {
	src, tgt := sides(e)
	_, placeCountry := place(e)
	return []string{
		e.ID, date(e), list(src, name), list(src, sector), list(src, country),
		plover.CAMEORoot(e.Type, e.Mode), e.Type, e.Mode, quadCode(e),
		list(tgt, name), list(tgt, sector), list(tgt, country),
		strings.Join(articles, "; "), placeCountry, "", "",
	}
}
