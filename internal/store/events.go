package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"storyline/internal/event"
)

// Filter selects merged events. Zero fields do not filter.
type Filter struct {
	Country string   // ISO alpha-3: one of the event's actors belongs to it
	Actor   string   // an actor id (see ActorID) or an actor's name, any case
	Pair    []string // alpha-3 codes that must all be parties ("JPN", "USA")
	Type    string   // PLOVER type, e.g. "CONSULT"
	Mode    string   // e.g. "visit"
	Status  string   // "planned", "occurred", "cancelled", "unknown"
	From    string   // YYYY-MM-DD: events ending on or after this day
	To      string   // YYYY-MM-DD: events starting on or before this day
	Text    string   // words that appear in an evidence sentence, any case
	Limit   int      // at most this many events; 0 = all
	Offset  int      // skip this many (paging)
	Newest  bool     // newest first: the reverse of date order, undated first
	// Since selects events whose row was written (made or changed by a
	// merge) at or after this time; zero does not filter.
	Since time.Time
}

// EventDetail is one merged event with every report it was merged from.
type EventDetail struct {
	Event event.Event `json:"event"`
	// Reports are the coded events of single articles, each with its
	// evidence (article id, uri, published, status filled in).
	Reports []event.Event `json:"reports"`
}

// Events returns the merged events the filter selects, sorted by date (events
// without a date last), then id. Each carries its sources and one evidence
// entry per report.
func (s *Store) Events(ctx context.Context, f Filter) ([]event.Event, error) {
	out := []event.Event{}
	err := s.EachEvent(ctx, f, func(e event.Event) error {
		out = append(out, e)
		return nil
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// EachEvent calls fn with each event the filter selects, in the order of
// Events, reading them as it goes: exports of the whole table stay small in
// memory. fn must not write to the store.
func (s *Store) EachEvent(ctx context.Context, f Filter, fn func(event.Event) error) error {
	from, _, where, order, args := s.eventQuery(f)
	q := `SELECT e.record FROM ` + from + where + `
    ORDER BY ` + order
	if f.Limit > 0 || f.Offset > 0 {
		limit := f.Limit
		if limit <= 0 {
			limit = -1
			if s.engine == Postgres {
				limit = 1 << 62
			}
		}
		q += ` LIMIT ? OFFSET ?`
		args = append(args, limit, max(f.Offset, 0))
	}
	rows, err := s.db.QueryContext(ctx, s.rebind(q), args...)
	if err != nil {
		return fmt.Errorf("query events: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var rec string
		if err := rows.Scan(&rec); err != nil {
			return fmt.Errorf("read events: %w", err)
		}
		var e event.Event
		if err := json.Unmarshal([]byte(rec), &e); err != nil {
			return fmt.Errorf("decode event: %w", err)
		}
		if err := fn(e); err != nil {
			return err
		}
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("read events: %w", err)
	}
	return nil
}

// CountEvents counts the events the filter selects, ignoring Limit and Offset.
func (s *Store) CountEvents(ctx context.Context, f Filter) (int, error) {
	from, countFrom, where, _, args := s.eventQuery(f)
	if countFrom != "" {
		from = countFrom
	}
	var n int
	if err := s.db.QueryRowContext(ctx, s.rebind(`SELECT count(*) FROM `+from+where), args...).Scan(&n); err != nil {
		return 0, fmt.Errorf("count events: %w", err)
	}
	return n, nil
}

// eventQuery builds the FROM, WHERE and ORDER BY of a filter. Events are
// read in (date_sort, id) order through an index so a page stops after its
// last row: with countries (Country and Pair), through event_parties'
// (parties, date_sort, event_id, type, status, mode) or (parties, type,
// date_sort, event_id)
// index for the first pair of codes (or the only code), the others tested
// by key; else through events' (date_sort, id)
// or (type, date_sort, id).
//
// countFrom, when not empty, is a FROM that counts the same rows without
// reading events (only countries, type, mode and status filter).
func (s *Store) eventQuery(f Filter) (from, countFrom, where, order string, args []any) {
	var codes []string
	var conds []string
	for _, c := range append([]string{f.Country}, f.Pair...) {
		// An empty code selects every event; one with a space, none (it
		// would read as a pair key).
		c = strings.ToUpper(c)
		switch {
		case strings.ContainsRune(c, ' '):
			conds = append(conds, `1 = 0`)
		case c != "" && !slices.Contains(codes, c):
			codes = append(codes, c)
		}
	}
	from, order = `events e`, `e.date_sort, e.id`
	// The tests by key name the driving row's id, so they run before the
	// event's row is read.
	sortCol, idCol := `e.date_sort`, `e.id`
	if len(codes) > 0 {
		from, order, sortCol, idCol = `event_parties c JOIN events e ON e.id = c.event_id`, `c.date_sort, c.event_id`, `c.date_sort`, `c.event_id`
		first, rest := codes[0], codes[1:]
		if len(codes) > 1 {
			pair := []string{codes[0], codes[1]}
			slices.Sort(pair)
			first, rest = pair[0]+" "+pair[1], codes[2:]
		}
		conds = append(conds, `c.parties = ?`)
		args = append(args, first)
		for _, c := range rest {
			conds = append(conds, `EXISTS (SELECT 1 FROM event_parties y WHERE y.event_id = c.event_id AND y.parties = ?)`)
			args = append(args, c)
		}
		if f.Actor == "" && f.From == "" && f.To == "" && strings.TrimSpace(f.Text) == "" && f.Since.IsZero() {
			countFrom = `event_parties c`
		}
	}
	if f.Actor != "" {
		conds = append(conds, `EXISTS (SELECT 1 FROM event_actors x WHERE x.event_id = `+idCol+` AND (x.actor_id = ? OR lower(x.name) = ?))`)
		args = append(args, f.Actor, strings.ToLower(f.Actor))
	}
	table := `e.`
	if len(codes) > 0 {
		table = `c.` // event_parties' indexes hold them
	}
	for _, c := range [][2]string{{table + `type`, strings.ToUpper(f.Type)}, {table + `mode`, f.Mode}, {table + `status`, f.Status}} {
		if c[1] != "" {
			conds = append(conds, c[0]+` = ?`)
			args = append(args, c[1])
		}
	}
	if f.From != "" {
		conds = append(conds, `coalesce(e.date_end, e.date_start) >= ?`)
		args = append(args, f.From)
	}
	if f.To != "" {
		// date_sort is date_start for dated events: the second condition
		// says the same and bounds the index range.
		conds = append(conds, `e.date_start <= ?`, sortCol+` <= ?`)
		args = append(args, f.To, f.To)
	}
	for _, w := range strings.Fields(strings.ToLower(f.Text)) {
		conds = append(conds, `e.text LIKE ? ESCAPE '\'`)
		args = append(args, "%"+likeEscape(w)+"%")
	}
	if !f.Since.IsZero() {
		conds = append(conds, `e.changed_at >= ?`)
		args = append(args, s.changedAt(f.Since))
	}
	if len(conds) > 0 {
		where = "\n    WHERE " + strings.Join(conds, "\n    AND ")
	}
	if f.Newest {
		// The same indexes, read backwards.
		order = sortCol + ` DESC, ` + idCol + ` DESC`
	}
	return from, countFrom, where, order, args
}

func likeEscape(s string) string {
	return strings.NewReplacer(`\`, `\\`, `%`, `\%`, `_`, `\_`).Replace(s)
}

// Event returns one merged event with all its reports.
func (s *Store) Event(ctx context.Context, id string) (EventDetail, error) {
	var rec string
	err := s.db.QueryRowContext(ctx, s.rebind(`SELECT record FROM events WHERE id = ?`), id).Scan(&rec)
	if errors.Is(err, sql.ErrNoRows) {
		return EventDetail{}, fmt.Errorf("event %s: %w", id, ErrNotFound)
	}
	if err != nil {
		return EventDetail{}, fmt.Errorf("read event %s: %w", id, err)
	}
	var d EventDetail
	if err := json.Unmarshal([]byte(rec), &d.Event); err != nil {
		return EventDetail{}, fmt.Errorf("decode event %s: %w", id, err)
	}
	rows, err := s.db.QueryContext(ctx, s.rebind(`SELECT r.id, r.record, r.article_id, a.uri, a.published
    FROM event_reports er
    JOIN reports r ON r.id = er.report_id
    JOIN articles a ON a.id = r.article_id
    WHERE er.event_id = ?
    ORDER BY a.published, r.article_id, r.id`), id)
	if err != nil {
		return EventDetail{}, fmt.Errorf("read reports of event %s: %w", id, err)
	}
	defer rows.Close()
	d.Reports = []event.Event{}
	for rows.Next() {
		var rid, rrec, articleID string
		var uri, published sql.NullString
		if err := rows.Scan(&rid, &rrec, &articleID, &uri, &published); err != nil {
			return EventDetail{}, fmt.Errorf("read reports of event %s: %w", id, err)
		}
		var r event.Event
		if err := json.Unmarshal([]byte(rrec), &r); err != nil {
			return EventDetail{}, fmt.Errorf("decode report %s: %w", rid, err)
		}
		r.ID = rid
		for i := range r.Evidence {
			ev := &r.Evidence[i]
			ev.ArticleID, ev.URI, ev.Published, ev.Status = articleID, uri.String, published.String, r.Status
		}
		d.Reports = append(d.Reports, r)
	}
	return d, rows.Err()
}

// changedAt is t as events.changed_at holds it: a timestamp on PostgreSQL,
// RFC 3339 UTC text with milliseconds (which sorts as time) on SQLite.
func (s *Store) changedAt(t time.Time) any {
	if s.engine == Postgres {
		return t
	}
	return t.UTC().Format("2006-01-02T15:04:05.000Z")
}
