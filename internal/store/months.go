package store

import (
	"context"
	"database/sql"
	"fmt"
	"maps"
	"slices"

	"storyline/internal/merge"
)

// A group of merge.Options.MonthlyFrom reports or more is merged month by
// month (merge.Month): its events carry the unit key GROUP@MONTH
// (GROUP@ for its undated reports), and a rebuild merges again only the
// months that got a report or hold a relinked article's, reading one
// month of the group, not the whole of it. A smaller group is merged
// island by island under its key (islands.go). A group that grows past the size is
// merged again month by month once, its whole-group events giving way to
// the months' (the unit is part of an event's digest, so an event that
// keeps its reports is written again under its new unit).

func unitKey(group, month string) string { return group + "@" + month }

// remergeGroup merges again what changed of one group: the islands that
// changed when it is small (all of it when a report holds it together),
// else the months given (every month when its events were merged whole
// before).
func (s *Store) remergeGroup(ctx context.Context, tx *sql.Tx, w *eventWriter, key string, months map[string]bool, opts merge.Options, st *RebuildStats) error {
	n := 0
	if opts.MonthlyFrom > 0 {
		var err error
		if n, err = s.groupSize(ctx, tx, key, opts.MonthlyFrom); err != nil {
			return err
		}
	}
	whole, err := s.eventDigests(ctx, tx, key)
	if err != nil {
		return err
	}
	if !opts.Monthly(n) {
		// Events under a month's unit key while the group is merged whole
		// can only be left from a larger group (reports are never taken
		// out, but MonthlyFrom may have been raised).
		monthly, err := s.unitDigests(ctx, tx, key)
		if err != nil {
			return err
		}
		if len(monthly) == 0 {
			done, err := s.remergeIslands(ctx, tx, w, key, opts, st)
			if done || err != nil {
				return err
			}
		}
		group, dirty, err := s.groupReports(ctx, tx, key, nil)
		if err != nil {
			return err
		}
		if err := s.writeIslands(ctx, w, key, group, dirty, whole, monthly, opts, st); err != nil {
			return err
		}
		return errors2(s.deleteEvents(ctx, w, whole, st), s.deleteEvents(ctx, w, monthly, st))
	}
	if len(whole) > 0 {
		all, err := s.groupMonths(ctx, tx, key)
		if err != nil {
			return err
		}
		months = all
	}
	for _, month := range slices.Sorted(maps.Keys(months)) {
		unit := unitKey(key, month)
		existing, err := s.eventDigests(ctx, tx, unit)
		if err != nil {
			return err
		}
		reports, dirty, err := s.groupReports(ctx, tx, key, &month)
		if err != nil {
			return err
		}
		if err := s.writeGroup(ctx, w, unit, reports, dirty, existing, whole, opts, st); err != nil {
			return err
		}
		if err := s.deleteEvents(ctx, w, existing, st); err != nil {
			return err
		}
	}
	return s.deleteEvents(ctx, w, whole, st)
}

func errors2(a, b error) error {
	if a != nil {
		return a
	}
	return b
}

// groupSize counts the linked reports of a group (the reports merging
// sees), up to limit: whether a group is large does not need every row
// of it counted. limit must be positive. It first counts the group's
// reports of articles not linked yet (there are none unless another
// worker is storing), then the group's reports up to limit more than
// those, from the index reports_group alone. Leaving the unlinked reports
// out row by row, as the count did before, read every report's row for
// its article: most of a rebuild's time went to deciding which groups are
// large. CROSS JOIN makes SQLite scan unlinked (usually empty) first, not
// every report of the group.
func (s *Store) groupSize(ctx context.Context, tx *sql.Tx, key string, limit int) (int, error) {
	var unlinked, n int
	err := tx.QueryRowContext(ctx, s.rebind(`SELECT count(*) FROM unlinked u CROSS JOIN reports r
    WHERE r.article_id = u.article_id AND r.group_key = ?`), key).Scan(&unlinked)
	if err != nil {
		return 0, fmt.Errorf("count unlinked reports of group %s: %w", key, err)
	}
	err = tx.QueryRowContext(ctx, s.rebind(`SELECT count(*) FROM (SELECT 1 FROM reports r WHERE r.group_key = ? LIMIT ?) AS g`),
		key, limit+unlinked).Scan(&n)
	if err != nil {
		return 0, fmt.Errorf("count reports of group %s: %w", key, err)
	}
	return max(n-unlinked, 0), nil
}

// groupMonths lists the months a group's reports fall in.
func (s *Store) groupMonths(ctx context.Context, tx *sql.Tx, key string) (map[string]bool, error) {
	rows, err := tx.QueryContext(ctx, s.rebind(`SELECT DISTINCT month FROM reports WHERE group_key = ?`), key)
	if err != nil {
		return nil, fmt.Errorf("read months of group %s: %w", key, err)
	}
	defer rows.Close()
	out := map[string]bool{}
	for rows.Next() {
		var m sql.NullString
		if err := rows.Scan(&m); err != nil {
			return nil, fmt.Errorf("read months of group %s: %w", key, err)
		}
		out[m.String] = true
	}
	return out, rows.Err()
}

// unitDigests maps the events of every month's unit of a group to their
// digests: the unit keys GROUP@... sort from GROUP@ up to GROUP followed
// by the next character, 'A'.
func (s *Store) unitDigests(ctx context.Context, tx *sql.Tx, key string) (map[string]storedEvent, error) {
	m, err := s.readStored(ctx, tx, s.rebind(`SELECT id, digest, members FROM events WHERE group_key >= ? AND group_key < ?`),
		key+"@", key+"A")
	if err != nil {
		return nil, fmt.Errorf("read events of the months of group %s: %w", key, err)
	}
	return m, nil
}

// fillMonths computes the month of the reports stored before reports had
// one, and says how many it filled: a store that had any is merged again
// whole once, since its large groups were merged whole.
func (s *Store) fillMonths(ctx context.Context, tx *sql.Tx) (int, error) {
	return s.fillReports(ctx, tx, "month", "month", "month = ?", func(r *merge.Report) []any {
		return []any{merge.Month(r)}
	})
}

// fillReports sets, on every report whose column missing is NULL, the
// columns of set (an SQL assignment list, "a = ?, b = ?") to the values
// computed from the report, 2,000 reports at a time, and says how many it
// filled; what names the values in errors.
func (s *Store) fillReports(ctx context.Context, tx *sql.Tx, what, missing, set string, values func(*merge.Report) []any) (int, error) {
	filled := 0
	for {
		rows, err := tx.QueryContext(ctx, `SELECT r.id, r.record, a.published FROM reports r JOIN articles a ON a.id = r.article_id
    WHERE r.`+missing+` IS NULL ORDER BY r.id LIMIT 2000`)
		if err != nil {
			return filled, fmt.Errorf("read reports without a %s: %w", what, err)
		}
		type row struct {
			id     string
			values []any
		}
		var todo []row
		for rows.Next() {
			var id, record string
			var published sql.NullString
			if err := rows.Scan(&id, &record, &published); err != nil {
				rows.Close()
				return filled, fmt.Errorf("read reports without a %s: %w", what, err)
			}
			r := &merge.Report{Published: published.String}
			if err := unmarshalEvent(record, &r.Event); err != nil {
				rows.Close()
				return filled, fmt.Errorf("decode report %s: %w", id, err)
			}
			todo = append(todo, row{id, values(r)})
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return filled, fmt.Errorf("read reports without a %s: %w", what, err)
		}
		if len(todo) == 0 {
			return filled, nil
		}
		for _, t := range todo {
			if _, err := tx.ExecContext(ctx, s.rebind(`UPDATE reports SET `+set+` WHERE id = ?`), append(t.values, t.id)...); err != nil {
				return filled, fmt.Errorf("set %s of report %s: %w", what, t.id, err)
			}
		}
		filled += len(todo)
	}
}

// mergeAll merges every group, a large one month by month, and writes
// the events that differ from existing (taking each out of it).
func (s *Store) mergeAll(ctx context.Context, tx *sql.Tx, w *eventWriter, existing map[string]storedEvent, opts merge.Options, st *RebuildStats) error {
	sizes, err := s.groupSizes(ctx, tx)
	if err != nil {
		return err
	}
	var key string
	var group []*merge.Report
	flush := func() error {
		if len(group) == 0 {
			return nil
		}
		err := s.writeIslands(ctx, w, key, group, nil, existing, nil, opts, st)
		group = nil
		return err
	}
	err = s.eachMonth(ctx, tx, func(k, month string, reports []*merge.Report) error {
		if opts.Monthly(sizes[k]) {
			if err := flush(); err != nil {
				return err
			}
			return s.writeGroup(ctx, w, unitKey(k, month), reports, nil, existing, nil, opts, st)
		}
		if k != key {
			if err := flush(); err != nil {
				return err
			}
			key = k
		}
		group = append(group, reports...)
		return nil
	})
	if err != nil {
		return err
	}
	return flush()
}

// groupSizes counts the linked reports of every group.
func (s *Store) groupSizes(ctx context.Context, tx *sql.Tx) (map[string]int, error) {
	rows, err := tx.QueryContext(ctx, `SELECT r.group_key, count(*) FROM reports r
    WHERE NOT EXISTS (SELECT 1 FROM unlinked u WHERE u.article_id = r.article_id)
    GROUP BY r.group_key`)
	if err != nil {
		return nil, fmt.Errorf("count reports of groups: %w", err)
	}
	defer rows.Close()
	out := map[string]int{}
	for rows.Next() {
		var k string
		var n int
		if err := rows.Scan(&k, &n); err != nil {
			return nil, fmt.Errorf("count reports of groups: %w", err)
		}
		out[k] = n
	}
	return out, rows.Err()
}

// monthChunk is how many report rows one query reads; a month of a group
// is never cut (a larger one widens the read).
const monthChunk = 2000

// eachMonth calls fn with the linked reports of each month of each group
// in turn (group, then month order). It reads in chunks so memory holds
// about one chunk, or one month of a group, and closes each result set
// before fn writes (one connection carries the transaction).
func (s *Store) eachMonth(ctx context.Context, tx *sql.Tx, fn func(key, month string, reports []*merge.Report) error) error {
	type unit struct{ key, month string }
	from, inclusive := unit{}, true
	limit := monthChunk
	for {
		op := ">"
		if inclusive {
			op = ">="
		}
		// Every report has its month by now (fillMonths).
		rows, err := tx.QueryContext(ctx, s.rebind(`SELECT r.group_key, r.month, r.id, r.article_id, r.record, a.published, a.uri, a.duplicate_of
    FROM reports r JOIN `+s.mergeArticles()+` ON a.id = r.article_id
    WHERE (r.group_key, r.month) `+op+` (?, ?)
      AND NOT EXISTS (SELECT 1 FROM unlinked u WHERE u.article_id = r.article_id)
    ORDER BY r.group_key, r.month, r.id
    LIMIT ?`), from.key, from.month, limit)
		if err != nil {
			return fmt.Errorf("read reports: %w", err)
		}
		var units []unit
		var reports []*merge.Report
		for rows.Next() {
			var u unit
			var id, articleID, record string
			var published, uri, root sql.NullString
			if err := rows.Scan(&u.key, &u.month, &id, &articleID, &record, &published, &uri, &root); err != nil {
				rows.Close()
				return fmt.Errorf("read reports: %w", err)
			}
			r := &merge.Report{ArticleID: articleID, Root: root.String, URI: uri.String, Published: published.String}
			if err := unmarshalEvent(record, &r.Event); err != nil {
				rows.Close()
				return fmt.Errorf("decode report %s: %w", id, err)
			}
			r.Event.ID = id
			units = append(units, u)
			reports = append(reports, r)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return fmt.Errorf("read reports: %w", err)
		}
		last := len(reports) < limit
		if len(reports) == 0 {
			return nil
		}
		if !last {
			// The last month may go on past this chunk: leave it for the next.
			cut := len(units)
			for cut > 0 && units[cut-1] == units[len(units)-1] {
				cut--
			}
			if cut == 0 { // one month larger than the chunk
				limit *= 2
				continue
			}
			from, inclusive = units[cut], true
			units, reports = units[:cut], reports[:cut]
		}
		for i := 0; i < len(reports); {
			j := i
			for j < len(reports) && units[j] == units[i] {
				j++
			}
			if err := fn(units[i].key, units[i].month, reports[i:j]); err != nil {
				return err
			}
			i = j
		}
		if last {
			return nil
		}
		limit = monthChunk
	}
}
