package store

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"storyline/internal/event"
)

// DumpContent writes what Dump writes without the provenance of the
// captures: no input paths (only, per input state, the articles and reports
// stored), no article input or source (its uri instead), and no evidence
// source (archive file and offset) in the records. Article ids hash the
// address, not the source, and every id after them follows, so two stores
// of the same captures compare equal whichever processes read them from
// whichever archive files: several watch processes and ingests side by side,
// or one process doing all of it.
func (s *Store) DumpContent(ctx context.Context, w io.Writer) error {
	bw := bufio.NewWriter(w)
	sections := []struct {
		name, query string
		record      bool // the last column is an event record
	}{
		{"inputs", `SELECT state, sum(articles), sum(reports) FROM inputs GROUP BY state`, false},
		{"article", `SELECT id, coalesce(uri, ''), content_hash, coalesce(published, ''), coalesce(duplicate_of, '') FROM articles`, false},
		{"report", `SELECT id, article_id, group_key, record FROM reports`, true},
		{"event", `SELECT id, sources, reports, record FROM events`, true},
		{"event_report", `SELECT event_id, report_id FROM event_reports`, false},
		{"event_actor", `SELECT event_id, actor_id, role FROM event_actors`, false},
		{"event_party", `SELECT event_id, parties, type, date_sort, status, mode FROM event_parties`, false},
		{"actor_count", `SELECT actor_id, name, country, events FROM actor_counts`, false},
	}
	for _, sec := range sections {
		lines, err := s.dumpLines(ctx, sec.query)
		if err != nil {
			return fmt.Errorf("dump %s: %w", sec.name, err)
		}
		for _, l := range lines {
			if sec.record {
				if l, err = withoutSources(l); err != nil {
					return fmt.Errorf("dump %s: %w", sec.name, err)
				}
			}
			fmt.Fprintf(bw, "%s\t%s\n", sec.name, l)
		}
	}
	return bw.Flush()
}

// withoutSources clears the evidence sources of the record that ends a dump
// line (JSON escapes tabs, so the record holds none).
func withoutSources(line string) (string, error) {
	i := strings.LastIndexByte(line, '\t')
	var e event.Event
	if err := json.Unmarshal([]byte(line[i+1:]), &e); err != nil {
		return "", fmt.Errorf("read record of %s: %w", line[:max(i, 0)], err)
	}
	for k := range e.Evidence {
		e.Evidence[k].Source = ""
	}
	return line[:i+1] + string(mustJSON(e)), nil
}
