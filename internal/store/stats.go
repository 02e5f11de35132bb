package store

import (
	"bufio"
	"context"
	"database/sql"
	"fmt"
	"io"
)

// Stats counts what the store holds.
type Stats struct {
	Inputs       int    `json:"inputs"`
	InputsDone   int    `json:"inputs_done"`
	InputsFailed int    `json:"inputs_failed"`
	Articles     int    `json:"articles"`
	Duplicates   int    `json:"duplicates"`
	Reports      int    `json:"reports"`
	Events       int    `json:"events"`
	Actors       int    `json:"actors"`
	FirstDate    string `json:"first_date"` // earliest event start, "" when none
	LastDate     string `json:"last_date"`  // latest event end
}

// Stats counts inputs, articles, reports, events and actors.
func (s *Store) Stats(ctx context.Context) (Stats, error) {
	var st Stats
	var first, last sql.NullString
	err := s.db.QueryRowContext(ctx, `SELECT
    (SELECT count(*) FROM inputs),
    (SELECT count(*) FROM inputs WHERE state = 'done'),
    (SELECT count(*) FROM inputs WHERE state = 'failed'),
    (SELECT count(*) FROM articles),
    (SELECT count(*) FROM articles WHERE duplicate_of IS NOT NULL),
    (SELECT count(*) FROM reports),
    (SELECT count(*) FROM events),
    (SELECT count(*) FROM actor_counts),
    (SELECT min(date_start) FROM events),
    (SELECT max(coalesce(date_end, date_start)) FROM events)`).Scan(
		&st.Inputs, &st.InputsDone, &st.InputsFailed, &st.Articles, &st.Duplicates,
		&st.Reports, &st.Events, &st.Actors, &first, &last)
	if err != nil {
		return Stats{}, fmt.Errorf("count store contents: %w", err)
	}
	st.FirstDate, st.LastDate = first.String, last.String
	return st, nil
}

// Dump writes the store's content in a canonical text form — inputs with
// their state, articles with their duplicate links, reports, events and their
// links, each sorted by key, without worker names, leases or timestamps — so
// two stores built from the same inputs compare equal whatever happened
// during their ingest.
func (s *Store) Dump(ctx context.Context, w io.Writer) error {
	bw := bufio.NewWriter(w)
	sections := []struct{ name, query string }{
		{"input", `SELECT path, state, articles, reports, error FROM inputs`},
		{"article", `SELECT id, input, source, content_hash, coalesce(published, ''), coalesce(duplicate_of, '') FROM articles`},
		{"report", `SELECT id, article_id, group_key, record FROM reports`},
		{"event", `SELECT id, sources, reports, record FROM events`},
		{"event_report", `SELECT event_id, report_id FROM event_reports`},
		{"event_actor", `SELECT event_id, actor_id, role FROM event_actors`},
		{"event_party", `SELECT event_id, parties, type, date_sort, status, mode FROM event_parties`},
		{"actor_count", `SELECT actor_id, name, country, events FROM actor_counts`},
	}
	for _, sec := range sections {
		lines, err := s.dumpLines(ctx, sec.query)
		if err != nil {
			return fmt.Errorf("dump %s: %w", sec.name, err)
		}
		for _, l := range lines {
			fmt.Fprintf(bw, "%s\t%s\n", sec.name, l)
		}
	}
	return bw.Flush()
}

// dumpLines runs a query and returns its rows as tab-joined lines sorted in
// byte order (ORDER BY would follow the database's collation).
func (s *Store) dumpLines(ctx context.Context, query string) ([]string, error) {
	rows, err := s.db.QueryContext(ctx, query)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	cols, err := rows.Columns()
	if err != nil {
		return nil, err
	}
	var lines []string
	vals := make([]sql.NullString, len(cols))
	ptrs := make([]any, len(cols))
	for i := range vals {
		ptrs[i] = &vals[i]
	}
	for rows.Next() {
		if err := rows.Scan(ptrs...); err != nil {
			return nil, err
		}
		line := ""
		for i, v := range vals {
			if i > 0 {
				line += "\t"
			}
			line += v.String
		}
		lines = append(lines, line)
	}
	sortStrings(lines)
	return lines, rows.Err()
}
