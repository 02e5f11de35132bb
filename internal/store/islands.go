package store

import (
	"cmp"
	"context"
	"database/sql"
	"fmt"
	"maps"
	"slices"

	"storyline/internal/merge"
)

// A small group is merged island by island (merge.Islands): each report
// keeps its span (merge.Span: span_start, span_end, whole), so a rebuild
// reads the spans of a group that has new reports from an index
// (reports_span), cuts them into islands as the merge does, and reads,
// merges and writes again only the islands that hold a report not merged
// yet. The stored events of an island are those holding one of its
// reports (event_reports): islands only grow and join as reports come, so
// an event of an earlier merge lies inside one island of the group now. A
// group that a report holds together (merge.Span's whole) is merged whole,
// as every group was before.

// remergeIslands merges again the islands of a small group that hold a
// report not merged yet and writes what changed. It reports false, doing
// nothing, when the group must be merged whole: a report holds it
// together.
func (s *Store) remergeIslands(ctx context.Context, tx *sql.Tx, w *eventWriter, key string, opts merge.Options, st *RebuildStats) (bool, error) {
	spans, dirty, whole, err := s.groupSpans(ctx, tx, key)
	if err != nil || whole {
		return false, err
	}
	bounds := merge.IslandBounds(spans)
	touched := map[int]bool{}
	for _, start := range dirty {
		k, _ := slices.BinarySearchFunc(bounds, start, func(b [2]int, start int) int { return cmp.Compare(b[1], start) })
		touched[k] = true
	}
	var events map[string]storedEvent // the group's, read once
	for _, k := range slices.Sorted(maps.Keys(touched)) {
		reports, fresh, err := s.islandReports(ctx, tx, key, bounds[k])
		if err != nil {
			return false, err
		}
		if events == nil {
			if events, err = s.eventDigests(ctx, tx, key); err != nil {
				return false, err
			}
		}
		existing, err := s.islandEvents(ctx, tx, reports, events)
		if err != nil {
			return false, err
		}
		if err := s.writeGroup(ctx, w, key, reports, fresh, existing, nil, opts, st); err != nil {
			return false, err
		}
		if err := s.deleteEvents(ctx, w, existing, st); err != nil {
			return false, err
		}
	}
	return true, nil
}

// groupSpans reads the spans of a group's reports of linked articles,
// the first days of those not merged yet, and whether one holds the group
// together, from the index reports_span alone.
func (s *Store) groupSpans(ctx context.Context, tx *sql.Tx, key string) (spans [][2]int, dirty []int, whole bool, err error) {
	rows, err := tx.QueryContext(ctx, s.rebind(`SELECT r.span_start, r.span_end, r.whole, r.merged FROM reports r
    WHERE r.group_key = ? AND NOT EXISTS (SELECT 1 FROM unlinked u WHERE u.article_id = r.article_id)`), key)
	if err != nil {
		return nil, nil, false, fmt.Errorf("read spans of group %s: %w", key, err)
	}
	defer rows.Close()
	for rows.Next() {
		var start, end int
		var holds, merged bool
		if err := rows.Scan(&start, &end, &holds, &merged); err != nil {
			return nil, nil, false, fmt.Errorf("read spans of group %s: %w", key, err)
		}
		whole = whole || holds
		spans = append(spans, [2]int{start, end})
		if !merged {
			dirty = append(dirty, start)
		}
	}
	return spans, dirty, whole, rows.Err()
}

// islandReports reads the reports of linked articles of one island of a
// group (those whose span starts between the island's bounds) and the ids
// of those not merged yet.
func (s *Store) islandReports(ctx context.Context, tx *sql.Tx, key string, bounds [2]int) ([]*merge.Report, map[string]bool, error) {
	rows, err := tx.QueryContext(ctx, s.rebind(`SELECT r.id, r.article_id, r.record, a.published, a.uri, a.duplicate_of, r.merged
    FROM `+s.islandIndex()+` JOIN `+s.mergeArticles()+` ON a.id = r.article_id
    WHERE r.group_key = ? AND r.span_start BETWEEN ? AND ?
      AND NOT EXISTS (SELECT 1 FROM unlinked u WHERE u.article_id = r.article_id)
    ORDER BY r.id`), key, bounds[0], bounds[1])
	if err != nil {
		return nil, nil, fmt.Errorf("read reports of an island of group %s: %w", key, err)
	}
	return scanReports(rows)
}

// islandIndex names the reports table, as r, for a query that reads one
// island: SQLite is told to find its rows through reports_span, since it
// would pick reports_group and read every row of the group.
func (s *Store) islandIndex() string {
	if s.engine == SQLite {
		return "reports r INDEXED BY reports_span"
	}
	return "reports r"
}

// islandEvents picks from events (a group's) those that hold one of
// reports, found through event_reports.
func (s *Store) islandEvents(ctx context.Context, tx *sql.Tx, reports []*merge.Report, events map[string]storedEvent) (map[string]storedEvent, error) {
	ids := make([]string, len(reports))
	for i, r := range reports {
		ids[i] = r.Event.ID
	}
	out := map[string]storedEvent{}
	err := inLists(ids, func(ids []string) error {
		rows, err := tx.QueryContext(ctx, s.rebind(`SELECT DISTINCT event_id FROM event_reports WHERE report_id IN (`+marks(len(ids))+`)`), anys(ids)...)
		if err != nil {
			return fmt.Errorf("read events of an island: %w", err)
		}
		defer rows.Close()
		for rows.Next() {
			var id string
			if err := rows.Scan(&id); err != nil {
				return fmt.Errorf("read events of an island: %w", err)
			}
			if e, ok := events[id]; ok {
				out[id] = e
			}
		}
		return rows.Err()
	})
	return out, err
}

// writeIslands merges a small group island by island (merge.Islands), as
// writeGroup merges one unit.
func (s *Store) writeIslands(ctx context.Context, w *eventWriter, key string, group []*merge.Report, dirty map[string]bool, existing, before map[string]storedEvent, opts merge.Options, st *RebuildStats) error {
	for _, island := range merge.Islands(group) {
		if err := s.writeGroup(ctx, w, key, island, dirty, existing, before, opts, st); err != nil {
			return err
		}
	}
	return nil
}

// fillSpans computes the span of the reports stored before reports had
// one, and says how many it filled: a store that had any is merged again
// whole once, since its groups were merged whole.
func (s *Store) fillSpans(ctx context.Context, tx *sql.Tx) (int, error) {
	return s.fillReports(ctx, tx, "span", "whole", "span_start = ?, span_end = ?, whole = ?", func(r *merge.Report) []any {
		start, end, whole := merge.Span(r)
		return []any{start, end, whole}
	})
}
