package store

import (
	"context"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"storyline/internal/event"
)

// PeriodCount is how many events of one type and mode start in one period.
type PeriodCount struct {
	Period string // "2024-07" by month, "2024" by year
	Type   string
	Mode   string
	Events int
}

// CountByPeriod counts the dated events the filter selects by the month (by
// "month") or year ("year") they start in, and by type and mode, in period
// order. Undated events are left out; Limit and Offset are ignored. With
// countries and no other filter than type, mode and status, it reads only
// the event_parties index.
func (s *Store) CountByPeriod(ctx context.Context, f Filter, by string) ([]PeriodCount, error) {
	n := 0
	switch by {
	case "month":
		n = len("2006-01")
	case "year":
		n = len("2006")
	default:
		return nil, fmt.Errorf("count events by %q: want month or year", by)
	}
	f.Limit, f.Offset = 0, 0
	from, countFrom, where, _, args := s.eventQuery(f)
	t := `e.`
	if strings.HasPrefix(from, `event_parties`) {
		t = `c.` // the index holds the columns
	}
	if countFrom != "" {
		from = countFrom
	}
	dated := t + `date_sort < '9999'` // undated events sort as 9999-12-31
	if where == "" {
		where = "\n    WHERE " + dated
	} else {
		where += "\n    AND " + dated
	}
	q := `SELECT substr(` + t + `date_sort, 1, ` + strconv.Itoa(n) + `), ` + t + `type, ` + t + `mode, count(*)
    FROM ` + from + where + `
    GROUP BY 1, 2, 3
    ORDER BY 1, 2, 3`
	rows, err := s.db.QueryContext(ctx, s.rebind(q), args...)
	if err != nil {
		return nil, fmt.Errorf("count events by %s: %w", by, err)
	}
	defer rows.Close()
	out := []PeriodCount{}
	for rows.Next() {
		var c PeriodCount
		if err := rows.Scan(&c.Period, &c.Type, &c.Mode, &c.Events); err != nil {
			return nil, fmt.Errorf("count events by %s: %w", by, err)
		}
		out = append(out, c)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("count events by %s: %w", by, err)
	}
	return out, nil
}

// EachEventArticles calls fn with every event of the store, in the order of
// EachEvent, and the ids of the articles that report it, sorted. It reads
// the events and their links as two streams in the same order, so an export
// of the whole table stays small in memory. fn must not write to the store.
func (s *Store) EachEventArticles(ctx context.Context, fn func(event.Event, []string) error) error {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	links, err := s.db.QueryContext(ctx, `SELECT e.id, r.article_id
    FROM events e
    JOIN event_reports er ON er.event_id = e.id
    JOIN reports r ON r.id = er.report_id
    ORDER BY e.date_sort, e.id`)
	if err != nil {
		return fmt.Errorf("query the articles of events: %w", err)
	}
	defer links.Close()
	var pending struct{ event, article string }
	have := false
	next := func() error {
		have = links.Next()
		if !have {
			if err := links.Err(); err != nil {
				return fmt.Errorf("read the articles of events: %w", err)
			}
			return nil
		}
		if err := links.Scan(&pending.event, &pending.article); err != nil {
			return fmt.Errorf("read the articles of events: %w", err)
		}
		return nil
	}
	if err := next(); err != nil {
		return err
	}
	var ids []string
	err = s.EachEvent(ctx, Filter{}, func(e event.Event) error {
		// The links come in event order, each event's together; an event
		// with none (none should be) gets an empty list.
		ids = ids[:0]
		for have && pending.event == e.ID {
			ids = append(ids, pending.article)
			if err := next(); err != nil {
				return err
			}
		}
		slices.Sort(ids)
		return fn(e, slices.Compact(ids))
	})
	if err != nil {
		return err
	}
	return nil
}
