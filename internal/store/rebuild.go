package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"slices"
	"time"

	"storyline/internal/dedup"
	"storyline/internal/event"
	"storyline/internal/merge"
)

// RebuildOptions choose how duplicates are found and reports merged.
type RebuildOptions struct {
	// Full merges every group again; otherwise only groups with new
	// reports or relinked articles are (the result is the same).
	Full  bool
	Dedup dedup.Options
	// Merge nil means merge.DefaultOptions().
	Merge *merge.Options
}

// RebuildStats says what a rebuild found and changed.
type RebuildStats struct {
	// Articles linked in this rebuild (every article when Full), and how
	// many of them copy another; Relinked counts every duplicate_of changed.
	Articles, Duplicates, Relinked int
	Groups, Reports                int // units merged again (islands of a small group, months of a large one) and their reports
	Events                         int // events in the store afterwards
	Inserted, Updated, Deleted     int
	// Link and Merge are the wall time spent on links and on merging.
	Link, Merge time.Duration
}

// Rebuild links the articles stored since the last rebuild to the earlier
// articles they copy, relinks the older articles whose links they change,
// and merges again the groups of reports that have new reports or relinked
// articles, writing only what changed: its cost follows the new articles,
// not the store. The links commit in one transaction, which also marks the
// reports of relinked articles as not merged; the groups are then merged and
// committed a few at a time (mergeInParts), so readers see a round's events
// as they are made, and a rebuild killed midway leaves the groups it did not
// reach marked for the next. Full links and merges everything again in one
// transaction. The result is a function of the stored articles and reports
// alone — not of which worker stored what, in which order, or in how many
// rebuilds — so any number of ingest processes, killed or not, end with the
// same events. Concurrent rebuilds queue on a lock, transaction by
// transaction.
func (s *Store) Rebuild(ctx context.Context, opts RebuildOptions) (RebuildStats, error) {
	var st RebuildStats
	mopts := merge.DefaultOptions()
	if opts.Merge != nil {
		mopts = *opts.Merge
	}
	start := time.Now()
	inParts := false
	err := s.inTx(ctx, func(tx *sql.Tx) error {
		st, inParts = RebuildStats{}, false
		if err := s.lockRebuild(ctx, tx); err != nil {
			return err
		}
		relinked, err := s.link(ctx, tx, opts.Dedup, opts.Full, &st)
		if err != nil {
			return err
		}
		st.Link = time.Since(start)
		full, err := s.needsFull(ctx, tx, opts.Full)
		if err != nil {
			return err
		}
		if full {
			return s.remergeAll(ctx, tx, mopts, &st)
		}
		// What the links changed is kept in the store, not in memory: the
		// groups of relinked articles are merged again by whichever
		// rebuild gets to them.
		inParts = true
		return inLists(relinked, func(ids []string) error {
			_, err := tx.ExecContext(ctx, s.rebind(`UPDATE reports SET merged = FALSE WHERE article_id IN (`+marks(len(ids))+`)`), anys(ids)...)
			if err != nil {
				return fmt.Errorf("mark reports of relinked articles: %w", err)
			}
			return nil
		})
	})
	if errors.Is(err, errRelinkAll) && !opts.Full {
		opts.Full = true
		return s.Rebuild(ctx, opts)
	}
	if err == nil && inParts {
		err = s.mergeInParts(ctx, mopts, &st)
	}
	if err == nil {
		err = s.db.QueryRowContext(ctx, `SELECT count(*) FROM events`).Scan(&st.Events)
	}
	if err != nil {
		return RebuildStats{}, fmt.Errorf("rebuild events: %w", err)
	}
	st.Merge = time.Since(start) - st.Link
	return st, nil
}

// lockRebuild makes concurrent rebuilds on PostgreSQL take turns, one
// transaction at a time; SQLite has one writer anyway.
func (s *Store) lockRebuild(ctx context.Context, tx *sql.Tx) error {
	if s.engine != Postgres {
		return nil
	}
	if _, err := tx.ExecContext(ctx, `SELECT pg_advisory_xact_lock(7291002)`); err != nil {
		return fmt.Errorf("lock for rebuild: %w", err)
	}
	return nil
}

// resign signs a stored article's body again and keeps the new signature.
func (s *Store) resign(ctx context.Context, tx *sql.Tx, id string) (dedup.Signature, error) {
	var body string
	if err := tx.QueryRowContext(ctx, s.rebind(`SELECT body FROM articles WHERE id = ?`), id).Scan(&body); err != nil {
		return dedup.Signature{}, fmt.Errorf("read body of article %s to sign it: %w", id, err)
	}
	sig := dedup.Sign(body)
	b, err := sig.MarshalBinary()
	if err != nil {
		return dedup.Signature{}, fmt.Errorf("encode signature of article %s: %w", id, err)
	}
	if _, err := tx.ExecContext(ctx, s.rebind(`UPDATE articles SET signature = ? WHERE id = ?`), b, id); err != nil {
		return dedup.Signature{}, fmt.Errorf("store signature of article %s: %w", id, err)
	}
	return sig, nil
}

// needsFull reports whether the merge must redo every group: when asked,
// or once for a store made before groups (events with no group key),
// months (reports with none: large groups were merged whole) or spans
// (small groups were merged whole, not island by island).
func (s *Store) needsFull(ctx context.Context, tx *sql.Tx, full bool) (bool, error) {
	if !full {
		var legacy int
		if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM events WHERE group_key = ''`).Scan(&legacy); err != nil {
			return false, fmt.Errorf("count events without group: %w", err)
		}
		full = legacy > 0
	}
	filled, err := s.fillMonths(ctx, tx)
	if err != nil {
		return false, err
	}
	spanned, err := s.fillSpans(ctx, tx)
	if err != nil {
		return false, err
	}
	return full || filled > 0 || spanned > 0, nil
}

// remergeAll merges every group again and writes the events that differ
// from the stored ones, deleting those no group gives any more.
func (s *Store) remergeAll(ctx context.Context, tx *sql.Tx, opts merge.Options, st *RebuildStats) error {
	w, err := s.newEventWriter(ctx, tx)
	if err != nil {
		return err
	}
	defer w.close()
	existing, err := s.eventDigests(ctx, tx, "")
	if err != nil {
		return err
	}
	if err := s.mergeAll(ctx, tx, w, existing, opts, st); err != nil {
		return err
	}
	if err := s.deleteEvents(ctx, w, existing, st); err != nil {
		return err
	}
	if err := w.flush(ctx); err != nil {
		return err
	}
	if err := w.countActors(ctx); err != nil {
		return err
	}
	return s.markMerged(ctx, tx, "")
}

// partTime is about how long one transaction of mergeInParts merges
// before it commits: long enough that commits cost little, short enough
// that readers see new events within seconds.
var partTime = time.Second

// afterPart, when set (by tests), runs after each part mergeInParts commits.
var afterPart func()

// mergeInParts merges again every group with reports not merged yet (new
// ones, and those of relinked articles), in sorted order, committing a
// few groups at a time. Each transaction reads a group's unmerged reports
// afresh under the rebuild lock, merges the group (the months of it that
// have them, when it is large) and marks its reports merged, so a group
// another rebuild finished meanwhile is skipped, and one left when this
// rebuild is killed stays marked for the next. Groups are independent, so
// merging them in parts gives the same events as merging them in one.
func (s *Store) mergeInParts(ctx context.Context, opts merge.Options, st *RebuildStats) error {
	var keys []string
	err := s.inTx(ctx, func(tx *sql.Tx) error {
		dirty, err := s.dirtyGroups(ctx, tx)
		keys = slices.Sorted(maps.Keys(dirty))
		return err
	})
	if err != nil {
		return err
	}
	for len(keys) > 0 {
		before, done := *st, 0
		err := s.inTx(ctx, func(tx *sql.Tx) error {
			*st, done = before, 0 // a transaction run again counts once
			if err := s.lockRebuild(ctx, tx); err != nil {
				return err
			}
			w, err := s.newEventWriter(ctx, tx)
			if err != nil {
				return err
			}
			defer w.close()
			began := time.Now()
			for done < len(keys) && (done == 0 || time.Since(began) < partTime) {
				key := keys[done]
				done++
				months, err := s.unmergedMonths(ctx, tx, key)
				if err != nil {
					return err
				}
				if len(months) == 0 {
					continue // merged by another rebuild since
				}
				if err := s.remergeGroup(ctx, tx, w, key, months, opts, st); err != nil {
					return err
				}
				if err := s.markMerged(ctx, tx, key); err != nil {
					return err
				}
			}
			if err := w.flush(ctx); err != nil {
				return err
			}
			return w.countActors(ctx)
		})
		if err != nil {
			return err
		}
		keys = keys[done:]
		if afterPart != nil {
			afterPart()
		}
	}
	return nil
}

// markMerged marks merged the reports not merged yet of group key (of every
// group when key is ""), but for those of articles not linked yet: stored by
// another worker while this rebuild runs, they wait for the next.
// "merged = FALSE", not "NOT merged": SQLite finds only the former through
// reports_unmerged; the latter read every report of the store.
func (s *Store) markMerged(ctx context.Context, tx *sql.Tx, key string) error {
	q, args := `UPDATE reports SET merged = TRUE WHERE merged = FALSE`, []any(nil)
	if key != "" {
		q, args = q+` AND group_key = ?`, []any{key}
	}
	q += ` AND NOT EXISTS (SELECT 1 FROM unlinked u WHERE u.article_id = reports.article_id)`
	if _, err := tx.ExecContext(ctx, s.rebind(q), args...); err != nil {
		return fmt.Errorf("mark reports merged: %w", err)
	}
	return nil
}

// unmergedMonths gives the months of group key that have reports not
// merged yet, of linked articles.
func (s *Store) unmergedMonths(ctx context.Context, tx *sql.Tx, key string) (map[string]bool, error) {
	rows, err := tx.QueryContext(ctx, s.rebind(`SELECT DISTINCT r.month FROM reports r
    WHERE r.merged = FALSE AND r.group_key = ? AND NOT EXISTS (SELECT 1 FROM unlinked u WHERE u.article_id = r.article_id)`), key)
	if err != nil {
		return nil, fmt.Errorf("find changed months of group %s: %w", key, err)
	}
	defer rows.Close()
	months := map[string]bool{}
	for rows.Next() {
		var m sql.NullString
		if err := rows.Scan(&m); err != nil {
			return nil, fmt.Errorf("find changed months of group %s: %w", key, err)
		}
		months[m.String] = true
	}
	return months, rows.Err()
}

// storedEvent is what a rebuild reads of a stored event of a unit it
// merges again.
type storedEvent struct {
	digest string
	// members hashes the event's sorted report ids ("" for an event
	// written before the column).
	members string
}

// writeGroup merges one group (or one month of it: key is then its unit)
// and writes its events that are new or changed, taking each from existing
// (id → stored event), or else from before (may be nil), as it goes: what
// is left in them afterwards is gone. dirty holds the ids of the group's
// reports not merged yet (new ones, and those of relinked articles); an
// event of existing with the same reports, none of them dirty, is the
// stored one (an event is made from its reports alone), so it is neither
// encoded nor hashed again. dirty nil (a full rebuild) compares every
// event by its digest.
func (s *Store) writeGroup(ctx context.Context, w *eventWriter, key string, group []*merge.Report, dirty map[string]bool, existing, before map[string]storedEvent, opts merge.Options, st *RebuildStats) error {
	st.Groups++
	st.Reports += len(group)
	for _, m := range merge.MergeGroup(group, opts) {
		e := m.Event
		members := membersHash(m.Reports)
		old, ok := existing[e.ID]
		if ok && dirty != nil && old.members == members && !anyIn(m.Reports, dirty) {
			delete(existing, e.ID)
			continue
		}
		if !ok && before != nil {
			old, ok = before[e.ID]
			delete(before, e.ID)
		}
		delete(existing, e.ID)
		rec := mustJSON(e)
		// The unit is part of the digest: an event that moves to another
		// unit (its group grew to be merged by month) is written again.
		digest := hashID("d", key+"\x00"+string(rec))
		switch {
		case ok && old.digest == digest:
			continue
		case ok:
			if err := w.update(ctx, &e, key, m.Reports, rec, digest, members); err != nil {
				return err
			}
			st.Updated++
		default:
			if err := w.insert(ctx, &e, key, m.Reports, rec, digest, members); err != nil {
				return err
			}
			st.Inserted++
		}
	}
	return nil
}

// membersHash is the members column of an event made of the reports ids
// (sorted).
func membersHash(ids []string) string { return hashID("m", ids...) }

func anyIn(ids []string, set map[string]bool) bool {
	for _, id := range ids {
		if set[id] {
			return true
		}
	}
	return false
}

func (s *Store) deleteEvents(ctx context.Context, w *eventWriter, gone map[string]storedEvent, st *RebuildStats) error {
	for id := range gone {
		if err := w.delete(ctx, id); err != nil {
			return err
		}
		st.Deleted++
	}
	return nil
}

// eventDigests maps the stored events of one group (all events for "") to
// their digests and members, read from the index events_group.
func (s *Store) eventDigests(ctx context.Context, tx *sql.Tx, key string) (map[string]storedEvent, error) {
	q, args := `SELECT id, digest, members FROM events`, []any{}
	if key != "" {
		q, args = s.rebind(`SELECT id, digest, members FROM events WHERE group_key = ?`), []any{key}
	}
	return s.readStored(ctx, tx, q, args...)
}

func (s *Store) readStored(ctx context.Context, tx *sql.Tx, q string, args ...any) (map[string]storedEvent, error) {
	rows, err := tx.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, fmt.Errorf("read events: %w", err)
	}
	defer rows.Close()
	out := map[string]storedEvent{}
	for rows.Next() {
		var id string
		var e storedEvent
		if err := rows.Scan(&id, &e.digest, &e.members); err != nil {
			return nil, fmt.Errorf("read events: %w", err)
		}
		out[id] = e
	}
	return out, rows.Err()
}

// dirtyGroups finds the groups with reports not merged yet (new ones, and
// those of relinked articles) and, for each, the months that have them.
// Reports of articles not linked yet (stored by another worker while this
// rebuild runs) wait for the next rebuild. They are found through
// reports_unmerged ("merged = FALSE": SQLite does not use an index for
// "NOT merged", and read every report of the store).
func (s *Store) dirtyGroups(ctx context.Context, tx *sql.Tx) (map[string]map[string]bool, error) {
	set := map[string]map[string]bool{}
	rows, err := tx.QueryContext(ctx, `SELECT DISTINCT r.group_key, r.month FROM reports r
    WHERE r.merged = FALSE AND NOT EXISTS (SELECT 1 FROM unlinked u WHERE u.article_id = r.article_id)`)
	if err != nil {
		return nil, fmt.Errorf("find changed groups: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var k string
		var month sql.NullString
		if err := rows.Scan(&k, &month); err != nil {
			return nil, fmt.Errorf("find changed groups: %w", err)
		}
		if set[k] == nil {
			set[k] = map[string]bool{}
		}
		set[k][month.String] = true
	}
	return set, rows.Err()
}

// groupReports reads the reports of one group, or of one month of it when
// month is not nil, and the ids of those not merged yet.
func (s *Store) groupReports(ctx context.Context, tx *sql.Tx, key string, month *string) ([]*merge.Report, map[string]bool, error) {
	cond, args := "", []any{key}
	if month != nil {
		cond, args = " AND r.month = ?", append(args, *month)
	}
	rows, err := tx.QueryContext(ctx, s.rebind(`SELECT r.id, r.article_id, r.record, a.published, a.uri, a.duplicate_of, r.merged
    FROM reports r JOIN `+s.mergeArticles()+` ON a.id = r.article_id
    WHERE r.group_key = ?`+cond+` AND NOT EXISTS (SELECT 1 FROM unlinked u WHERE u.article_id = r.article_id)
    ORDER BY r.id`), args...)
	if err != nil {
		return nil, nil, fmt.Errorf("read reports of group %s: %w", key, err)
	}
	return scanReports(rows)
}

// mergeArticles names the articles table, as a, for a query that reads
// only what merging needs of a report's article (published, uri,
// duplicate_of): SQLite is told to read them from the index that holds
// them (migration 0031), since it would pick the primary key's and read
// each article's whole row, body and all; PostgreSQL's planner weighs the
// covering index itself.
func (s *Store) mergeArticles() string {
	if s.engine == SQLite {
		return "articles a INDEXED BY articles_merge"
	}
	return "articles a"
}

// scanReports reads the reports of rows (as groupReports selects them)
// and the ids of those not merged yet, and closes rows.
func scanReports(rows *sql.Rows) ([]*merge.Report, map[string]bool, error) {
	defer rows.Close()
	var out []*merge.Report
	dirty := map[string]bool{}
	for rows.Next() {
		r, merged, err := scanReport(rows)
		if err != nil {
			return nil, nil, err
		}
		if !merged {
			dirty[r.Event.ID] = true
		}
		out = append(out, r)
	}
	return out, dirty, rows.Err()
}

func scanReport(rows *sql.Rows) (*merge.Report, bool, error) {
	var id, articleID, record string
	var published, uri, root sql.NullString
	var merged bool
	if err := rows.Scan(&id, &articleID, &record, &published, &uri, &root, &merged); err != nil {
		return nil, false, fmt.Errorf("read reports: %w", err)
	}
	r := &merge.Report{ArticleID: articleID, Root: root.String, URI: uri.String, Published: published.String}
	if err := unmarshalEvent(record, &r.Event); err != nil {
		return nil, false, fmt.Errorf("decode report %s: %w", id, err)
	}
	r.Event.ID = id
	return r, merged, nil
}

func unmarshalEvent(record string, e *event.Event) error { return decodeEvent(record, e) }

// mustJSON encodes events, which always encode: their only float
// (Confidence) is made finite before it is stored.
func mustJSON(v any) []byte {
	b, err := json.Marshal(v)
	if err != nil {
		panic(fmt.Sprintf("encode %T: %v", v, err))
	}
	return b
}

func groupKey(e *event.Event) string { return merge.Key(e) }
