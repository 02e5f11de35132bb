package store

import (
	"context"
	"database/sql"
	"fmt"
	"strings"

	"storyline/internal/event"
)

// eventWriter inserts and deletes merged events inside a rebuild. Inserts
// are buffered and written as multi-row statements: a rebuild writes
// thousands of rows, and one round trip each is what makes it slow on a
// server database.
type eventWriter struct {
	s   *Store
	tx  *sql.Tx
	del *sql.Stmt
	// actorsOf reads the actors of an event about to be deleted.
	actorsOf *sql.Stmt
	// Rows waiting to be written, by table.
	events, reports, actors, parties [][]any
	// touched holds the actors whose events were added or removed: their
	// rows in actor_counts are recomputed at the end of the rebuild.
	touched map[string]bool
}

// flushRows is how many buffered rows trigger a write (events: 23 values a
// row, well under both engines' limit on statement parameters).
const flushRows = 500

var (
	eventCols  = []string{"id", "type", "mode", "status", "date_start", "date_end", "grain", "basis", "location_name", "location_country", "location_lat", "location_lon", "location_geonames_id", "countries", "sources", "reports", "confidence", "text", "digest", "record", "group_key", "date_sort", "members"}
	reportCols = []string{"event_id", "report_id"}
	actorCols  = []string{"event_id", "actor_id", "name", "country", "role"}
	partyCols  = []string{"event_id", "parties", "type", "date_sort", "status", "mode"}
)

func (s *Store) newEventWriter(ctx context.Context, tx *sql.Tx) (*eventWriter, error) {
	del, err := tx.PrepareContext(ctx, s.rebind(`DELETE FROM events WHERE id = ?`))
	if err != nil {
		return nil, fmt.Errorf("prepare event delete: %w", err)
	}
	actorsOf, err := tx.PrepareContext(ctx, s.rebind(`SELECT actor_id FROM event_actors WHERE event_id = ?`))
	if err != nil {
		del.Close()
		return nil, fmt.Errorf("prepare actor read: %w", err)
	}
	return &eventWriter{s: s, tx: tx, del: del, actorsOf: actorsOf, touched: map[string]bool{}}, nil
}

func (w *eventWriter) close() {
	w.del.Close()
	w.actorsOf.Close()
}

// delete removes a stored event (its report and actor rows go with it). It
// is only called for events stored before this rebuild, never for buffered
// ones.
func (w *eventWriter) delete(ctx context.Context, id string) error {
	if err := w.readActors(ctx, id); err != nil {
		return err
	}
	if _, err := w.del.ExecContext(ctx, id); err != nil {
		return fmt.Errorf("delete event %s: %w", id, err)
	}
	return nil
}

// readActors marks the actors of a stored event touched: its rows are about
// to go.
func (w *eventWriter) readActors(ctx context.Context, id string) error {
	rows, err := w.actorsOf.QueryContext(ctx, id)
	if err != nil {
		return fmt.Errorf("read actors of event %s: %w", id, err)
	}
	for rows.Next() {
		var a string
		if err := rows.Scan(&a); err != nil {
			rows.Close()
			return fmt.Errorf("read actors of event %s: %w", id, err)
		}
		w.touched[a] = true
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return fmt.Errorf("read actors of event %s: %w", id, err)
	}
	return nil
}

// update rewrites a stored event that changed in place: its row, its
// actor and party rows, and of its report rows only those that come or go.
// A large event that gains a few reports keeps the rows of the others.
func (w *eventWriter) update(ctx context.Context, e *event.Event, groupKey string, reportIDs []string, rec []byte, digest, members string) error {
	if err := w.readActors(ctx, e.ID); err != nil {
		return err
	}
	for _, q := range []string{`DELETE FROM event_actors WHERE event_id = ?`, `DELETE FROM event_parties WHERE event_id = ?`} {
		if _, err := w.tx.ExecContext(ctx, w.s.rebind(q), e.ID); err != nil {
			return fmt.Errorf("clear rows of event %s: %w", e.ID, err)
		}
	}
	old, err := w.reportsOf(ctx, e.ID)
	if err != nil {
		return err
	}
	keep := make(map[string]bool, len(reportIDs))
	for _, rid := range reportIDs {
		keep[rid] = true
	}
	var gone []any
	for _, rid := range old {
		if keep[rid] {
			delete(keep, rid)
		} else {
			gone = append(gone, rid)
		}
	}
	for len(gone) > 0 {
		n := min(len(gone), flushRows)
		args := append([]any{e.ID}, gone[:n]...)
		if _, err := w.tx.ExecContext(ctx, w.s.rebind(`DELETE FROM event_reports WHERE event_id = ? AND report_id IN (`+
			strings.Repeat("?, ", n-1)+`?)`), args...); err != nil {
			return fmt.Errorf("delete report rows of event %s: %w", e.ID, err)
		}
		gone = gone[n:]
	}
	row := w.eventRow(e, groupKey, rec, digest, members)
	if _, err := w.tx.ExecContext(ctx, w.s.rebind(`UPDATE events SET `+strings.Join(eventCols[1:], " = ?, ")+` = ? WHERE id = ?`),
		append(row[1:], e.ID)...); err != nil {
		return fmt.Errorf("update event %s: %w", e.ID, err)
	}
	for _, rid := range reportIDs {
		if keep[rid] {
			w.reports = append(w.reports, []any{e.ID, rid})
		}
	}
	return w.children(ctx, e)
}

// reportsOf reads the report ids of a stored event.
func (w *eventWriter) reportsOf(ctx context.Context, id string) ([]string, error) {
	rows, err := w.tx.QueryContext(ctx, w.s.rebind(`SELECT report_id FROM event_reports WHERE event_id = ?`), id)
	if err != nil {
		return nil, fmt.Errorf("read reports of event %s: %w", id, err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var r string
		if err := rows.Scan(&r); err != nil {
			return nil, fmt.Errorf("read reports of event %s: %w", id, err)
		}
		out = append(out, r)
	}
	return out, rows.Err()
}

func (w *eventWriter) insert(ctx context.Context, e *event.Event, groupKey string, reportIDs []string, rec []byte, digest, members string) error {
	w.events = append(w.events, w.eventRow(e, groupKey, rec, digest, members))
	for _, rid := range reportIDs {
		w.reports = append(w.reports, []any{e.ID, rid})
	}
	return w.children(ctx, e)
}

// eventRow is the row of events for e, in the order of eventCols.
func (w *eventWriter) eventRow(e *event.Event, groupKey string, rec []byte, digest, members string) []any {
	var start, end, grain, basis, locName, locCountry, locLat, locLon, locGeo any
	if d := e.Date; d != nil {
		start, end, grain, basis = d.Start, d.End, string(d.Grain), string(d.Basis)
	}
	if l := e.Location; l != nil {
		locName = l.Name
		if l.Country != nil {
			locCountry = *l.Country
		}
		if l.Lat != nil && l.Lon != nil {
			locLat, locLon = *l.Lat, *l.Lon
		}
		if l.GeoNamesID != nil {
			locGeo = *l.GeoNamesID
		}
	}
	var text strings.Builder
	for _, ev := range e.Evidence {
		text.WriteString(strings.ToLower(ev.Text))
		text.WriteString("\n")
	}
	return []any{e.ID, e.Type, e.Mode, string(e.Status), start, end, grain, basis, locName, locCountry, locLat, locLon, locGeo,
		" " + strings.Join(e.Countries(), " ") + " ", e.Sources, len(e.Evidence), e.Confidence, text.String(), digest,
		string(rec), groupKey, dateSort(e), members}
}

// dateSort is the key events are paged by: the first day, undated last.
func dateSort(e *event.Event) string {
	if e.Date != nil && e.Date.Start != "" {
		return e.Date.Start
	}
	return "9999-12-31"
}

// children buffers the party and actor rows of e, and writes the buffers
// when they are full.
func (w *eventWriter) children(ctx context.Context, e *event.Event) error {
	for _, p := range partyKeys(e.Countries()) {
		w.parties = append(w.parties, []any{e.ID, p, e.Type, dateSort(e), string(e.Status), e.Mode})
	}
	seen := map[string]bool{}
	for _, a := range e.Actors {
		country := ""
		if a.Country != nil {
			country = *a.Country
		}
		id := ActorID(a.Name, country)
		if seen[id] {
			continue
		}
		seen[id] = true
		w.touched[id] = true
		w.actors = append(w.actors, []any{e.ID, id, a.Name, country, string(a.Role)})
	}
	if len(w.events) >= flushRows || len(w.reports) >= 4*flushRows || len(w.actors) >= 4*flushRows || len(w.parties) >= 4*flushRows {
		return w.flush(ctx)
	}
	return nil
}

// flush writes the buffered rows, events before the rows that refer to them.
func (w *eventWriter) flush(ctx context.Context) error {
	for _, t := range []struct {
		table string
		cols  []string
		rows  *[][]any
	}{{"events", eventCols, &w.events}, {"event_reports", reportCols, &w.reports}, {"event_actors", actorCols, &w.actors}, {"event_parties", partyCols, &w.parties}} {
		rows := *t.rows
		for len(rows) > 0 {
			n := min(len(rows), flushRows)
			if err := w.insertRows(ctx, t.table, t.cols, rows[:n]); err != nil {
				return err
			}
			rows = rows[n:]
		}
		*t.rows = (*t.rows)[:0]
	}
	return nil
}

func (w *eventWriter) insertRows(ctx context.Context, table string, cols []string, rows [][]any) error {
	var b strings.Builder
	b.WriteString("INSERT INTO " + table + " (" + strings.Join(cols, ", ") + ") VALUES ")
	one := "(" + strings.Repeat("?, ", len(cols)-1) + "?)"
	args := make([]any, 0, len(rows)*len(cols))
	for i, r := range rows {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(one)
		args = append(args, r...)
	}
	if _, err := w.tx.ExecContext(ctx, w.s.rebind(b.String()), args...); err != nil {
		return fmt.Errorf("insert %d rows into %s: %w", len(rows), table, err)
	}
	return nil
}

// countActors recomputes the rows of actor_counts of the touched actors, in
// chunks of ids, after the last flush.
func (w *eventWriter) countActors(ctx context.Context) error {
	ids := make([]string, 0, len(w.touched))
	for id := range w.touched {
		ids = append(ids, id)
	}
	sortStrings(ids)
	for len(ids) > 0 {
		n := min(len(ids), flushRows)
		chunk := ids[:n]
		ids = ids[n:]
		in := "(" + strings.Repeat("?, ", n-1) + "?)"
		args := make([]any, n)
		for i, id := range chunk {
			args[i] = id
		}
		if _, err := w.tx.ExecContext(ctx, w.s.rebind(`DELETE FROM actor_counts WHERE actor_id IN `+in), args...); err != nil {
			return fmt.Errorf("clear counts of %d actors: %w", n, err)
		}
		if _, err := w.tx.ExecContext(ctx, w.s.rebind(`INSERT INTO actor_counts (actor_id, name, country, events)
    SELECT actor_id, min(name), min(country), count(DISTINCT event_id)
    FROM event_actors WHERE actor_id IN `+in+`
    GROUP BY actor_id`), args...); err != nil {
			return fmt.Errorf("count events of %d actors: %w", n, err)
		}
	}
	clear(w.touched)
	return nil
}

// partyKeys gives the keys of event_parties for an event's sorted party
// countries: each code, and each pair of codes joined by a space. An empty
// code filters nothing, so it needs no key.
func partyKeys(countries []string) []string {
	var keys []string
	for i, a := range countries {
		if a == "" {
			continue
		}
		keys = append(keys, a)
		for _, b := range countries[i+1:] {
			if b != "" && b != a {
				keys = append(keys, a+" "+b)
			}
		}
	}
	return keys
}
