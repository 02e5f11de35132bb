package store

import (
	"cmp"
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"slices"
	"strings"

	"storyline/internal/dedup"
	"storyline/internal/event"
	"storyline/internal/merge"
)

// RebuildOptions choose how duplicates are found and reports merged.
type RebuildOptions struct {
	Dedup dedup.Options
	// Merge nil means merge.DefaultOptions().
	Merge *merge.Options
}

// RebuildStats says what a rebuild found and changed.
type RebuildStats struct {
	Articles, Duplicates, Relinked int
	Reports, Events                int
	Inserted, Updated, Deleted     int
}

// Rebuild recomputes, in one transaction, every article's duplicate link and
// the merged events from all stored reports, writing only what changed. The
// result is a function of the stored articles and reports alone — not of
// which worker stored what, or in which order — so any number of ingest
// processes, killed or not, end with the same events. Concurrent rebuilds
// queue on a lock.
func (s *Store) Rebuild(ctx context.Context, opts RebuildOptions) (RebuildStats, error) {
	var st RebuildStats
	err := s.inTx(ctx, func(tx *sql.Tx) error {
		st = RebuildStats{}
		if s.engine == Postgres {
			if _, err := tx.ExecContext(ctx, `SELECT pg_advisory_xact_lock(7291002)`); err != nil {
				return fmt.Errorf("lock for rebuild: %w", err)
			}
		}
		roots, err := s.relink(ctx, tx, opts, &st)
		if err != nil {
			return err
		}
		mopts := merge.DefaultOptions()
		if opts.Merge != nil {
			mopts = *opts.Merge
		}
		return s.remerge(ctx, tx, roots, mopts, &st)
	})
	if err != nil {
		return RebuildStats{}, fmt.Errorf("rebuild events: %w", err)
	}
	return st, nil
}

// relink recomputes duplicate_of for every article and returns each
// article's root (the original it copies, or itself).
func (s *Store) relink(ctx context.Context, tx *sql.Tx, opts RebuildOptions, st *RebuildStats) (map[string]string, error) {
	type row struct {
		id, source, hash string
		published, dup   sql.NullString
		sig              []byte
	}
	rows, err := tx.QueryContext(ctx, `SELECT id, source, content_hash, published, duplicate_of, signature FROM articles`)
	if err != nil {
		return nil, fmt.Errorf("read articles: %w", err)
	}
	var all []row
	for rows.Next() {
		var r row
		if err := rows.Scan(&r.id, &r.source, &r.hash, &r.published, &r.dup, &r.sig); err != nil {
			rows.Close()
			return nil, fmt.Errorf("read articles: %w", err)
		}
		all = append(all, r)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("read articles: %w", err)
	}
	// Canonical order: the earliest published is the original; an article
	// without a date comes after all dated ones.
	slices.SortFunc(all, func(a, b row) int {
		pa, pb := cmp.Or(a.published.String, "9999"), cmp.Or(b.published.String, "9999")
		return cmp.Or(strings.Compare(pa, pb), strings.Compare(a.source, b.source), strings.Compare(a.id, b.id))
	})
	index := dedup.NewIndex(opts.Dedup)
	roots := make(map[string]string, len(all))
	update, err := tx.PrepareContext(ctx, s.rebind(`UPDATE articles SET duplicate_of = ? WHERE id = ?`))
	if err != nil {
		return nil, fmt.Errorf("prepare duplicate update: %w", err)
	}
	defer update.Close()
	for _, r := range all {
		var sig dedup.Signature
		if err := sig.UnmarshalBinary(r.sig); err != nil {
			// Signed by another version, or not at all: sign the body again.
			if sig, err = s.resign(ctx, tx, r.id); err != nil {
				return nil, err
			}
		}
		dup, _ := index.AddSigned(r.id, sig)
		root := r.id
		if dup != "" {
			root = cmp.Or(roots[dup], dup)
			dup = root
			st.Duplicates++
		}
		roots[r.id] = root
		if dup != r.dup.String {
			var v any
			if dup != "" {
				v = dup
			}
			if _, err := update.ExecContext(ctx, v, r.id); err != nil {
				return nil, fmt.Errorf("link article %s: %w", r.source, err)
			}
			st.Relinked++
		}
	}
	st.Articles = len(all)
	return roots, nil
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

// remerge reads the reports group by group (a group is a merge.Key), merges
// each and writes the events that differ from the stored ones.
func (s *Store) remerge(ctx context.Context, tx *sql.Tx, roots map[string]string, opts merge.Options, st *RebuildStats) error {
	existing := map[string]string{}
	rows, err := tx.QueryContext(ctx, `SELECT id, digest FROM events`)
	if err != nil {
		return fmt.Errorf("read events: %w", err)
	}
	for rows.Next() {
		var id, digest string
		if err := rows.Scan(&id, &digest); err != nil {
			rows.Close()
			return fmt.Errorf("read events: %w", err)
		}
		existing[id] = digest
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return fmt.Errorf("read events: %w", err)
	}

	w, err := s.newEventWriter(ctx, tx)
	if err != nil {
		return err
	}
	defer w.close()
	err = s.eachGroup(ctx, tx, roots, func(group []*merge.Report) error {
		st.Reports += len(group)
		for _, m := range merge.MergeGroup(group, opts) {
			st.Events++
			e := m.Event
			rec := mustJSON(e)
			digest := hashID("d", string(rec))
			old, ok := existing[e.ID]
			delete(existing, e.ID)
			switch {
			case ok && old == digest:
				continue
			case ok:
				if err := w.delete(ctx, e.ID); err != nil {
					return err
				}
				st.Updated++
			default:
				st.Inserted++
			}
			if err := w.insert(ctx, &e, m.Reports, rec, digest); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return err
	}
	for id := range existing {
		if err := w.delete(ctx, id); err != nil {
			return err
		}
		st.Deleted++
	}
	return nil
}

// groupChunk is how many report rows one query reads; groups are never cut
// (a larger group widens the read).
const groupChunk = 2000

// eachGroup calls fn with the reports of each group key in turn. It reads in
// chunks so memory holds about one chunk, and closes each result set before
// fn writes (one connection carries the transaction).
func (s *Store) eachGroup(ctx context.Context, tx *sql.Tx, roots map[string]string, fn func([]*merge.Report) error) error {
	from, inclusive := "", true
	limit := groupChunk
	for {
		op := ">"
		if inclusive {
			op = ">="
		}
		rows, err := tx.QueryContext(ctx, s.rebind(`SELECT r.group_key, r.id, r.article_id, r.record, a.published, a.uri
    FROM reports r JOIN articles a ON a.id = r.article_id
    WHERE r.group_key `+op+` ?
    ORDER BY r.group_key, r.id
    LIMIT ?`), from, limit)
		if err != nil {
			return fmt.Errorf("read reports: %w", err)
		}
		var keys []string
		var reports []*merge.Report
		for rows.Next() {
			var key, id, articleID, record string
			var published, uri sql.NullString
			if err := rows.Scan(&key, &id, &articleID, &record, &published, &uri); err != nil {
				rows.Close()
				return fmt.Errorf("read reports: %w", err)
			}
			r := &merge.Report{ArticleID: articleID, Root: roots[articleID], URI: uri.String, Published: published.String}
			if err := json.Unmarshal([]byte(record), &r.Event); err != nil {
				rows.Close()
				return fmt.Errorf("decode report %s: %w", id, err)
			}
			r.Event.ID = id
			keys = append(keys, key)
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
			// The last key may go on past this chunk: leave it for the next.
			cut := len(keys)
			for cut > 0 && keys[cut-1] == keys[len(keys)-1] {
				cut--
			}
			if cut == 0 { // one group larger than the chunk
				limit *= 2
				continue
			}
			from, inclusive = keys[cut], true
			keys, reports = keys[:cut], reports[:cut]
		}
		for i := 0; i < len(reports); {
			j := i
			for j < len(reports) && keys[j] == keys[i] {
				j++
			}
			if err := fn(reports[i:j]); err != nil {
				return err
			}
			i = j
		}
		if last {
			return nil
		}
		limit = groupChunk
	}
}

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
