package store

import (
	"cmp"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"storyline/internal/dedup"
)

// Duplicate links are kept incrementally. Every linked article is filed in
// dedup_bands under its bands; its parent is the candidate it was found to
// copy (dedup_parents), and duplicate_of the first article of that chain;
// unlinked lists the articles stored since the last rebuild. An article's
// candidates are the earliest articles, in canonical order, filed under the
// bands it looks up, so a new article changes only the articles that share a
// band with it and come after it, and the articles below them in their
// chains: a rebuild links new articles in steps of linkStep and redoes only
// those. The result is the one dedup.Index gives over all articles in
// canonical order (both decide through dedup.Options.Judge).

// linkStep is how many new articles one step links: memory holds their
// signatures and those of the articles their bands lead to. Band keys are
// random, so every step reads and rewrites nearly every page of
// dedup_firsts and dedup_bands however few articles it files: at 5,000 a
// round of 10,000 articles did it twice, 1 GB more read and written on a
// store of 360,000 articles (BENCHMARKS.md, eleventh pass). A step holds
// such a round whole.
var linkStep = 20000

// linkKeep bounds the articles one step's reads keep for the next: about
// a kilobyte each (a signature), so some 50 MB.
var linkKeep = 50000

// inChunk bounds the values of one IN list or VALUES list.
const inChunk = 400

// errRelinkAll says the stored bands cannot be trusted (signatures of
// another version of the signer): every article must be linked again.
var errRelinkAll = errors.New("stored duplicate index is out of date")

// linkArt is what linking reads of one article.
type linkArt struct {
	id, pub, source string // pub is published or "9999": canonical order
	sig             dedup.Signature
	parent, dup     string // as stored ("" for none); updated as they change
	fresh           bool   // linked in this step
	filed           []uint32
}

// compareArts is the canonical order: the earliest published first, an
// undated article after all dated ones, then address (uri, else source: no
// archive file name) and id in byte order.
func compareArts(a, b *linkArt) int {
	return cmp.Or(strings.Compare(a.pub, b.pub), strings.Compare(a.source, b.source), strings.Compare(a.id, b.id))
}

// link links the articles not linked yet (every article when full) and
// returns the articles whose duplicate_of changed.
func (s *Store) link(ctx context.Context, tx *sql.Tx, opts dedup.Options, full bool, st *RebuildStats) ([]string, error) {
	if full {
		for _, q := range []string{`DELETE FROM dedup_bands`, `DELETE FROM dedup_firsts`, `DELETE FROM dedup_parents`,
			`INSERT INTO unlinked (article_id) SELECT id FROM articles WHERE true ON CONFLICT DO NOTHING`} {
			if _, err := tx.ExecContext(ctx, q); err != nil {
				return nil, fmt.Errorf("reset duplicate links: %w", err)
			}
		}
	}
	rows, err := tx.QueryContext(ctx, `SELECT a.id, coalesce(a.published, '9999'), coalesce(nullif(a.uri, ''), a.source)
    FROM unlinked u JOIN articles a ON a.id = u.article_id`)
	if err != nil {
		return nil, fmt.Errorf("read articles to link: %w", err)
	}
	var fresh []*linkArt
	for rows.Next() {
		a := &linkArt{}
		if err := rows.Scan(&a.id, &a.pub, &a.source); err != nil {
			rows.Close()
			return nil, fmt.Errorf("read articles to link: %w", err)
		}
		fresh = append(fresh, a)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("read articles to link: %w", err)
	}
	slices.SortFunc(fresh, compareArts)
	var relinked []string
	// The articles read by a step are kept for the next (up to
	// linkKeep): the first articles of the bands of one batch's articles
	// are mostly those of the next batch's too, and reading them again
	// was most of a step on a large store. What a step changes of them
	// (parent, duplicate_of) it changes in these same records.
	kept := map[string]*linkArt{}
	for len(fresh) > 0 {
		n := min(linkStep, len(fresh))
		ids := make([]string, n)
		for i, a := range fresh[:n] {
			ids[i] = a.id
		}
		fresh = fresh[n:]
		if len(kept) > linkKeep {
			clear(kept)
		}
		for _, a := range kept {
			a.fresh = false
		}
		for _, id := range ids {
			delete(kept, id) // never read yet: not linked, so in no band
		}
		l := &linker{s: s, tx: tx, opts: opts, arts: kept, first: map[uint32]*linkArt{}}
		changed, err := l.step(ctx, ids, st)
		if err != nil {
			return nil, err
		}
		relinked = append(relinked, changed...)
	}
	st.Relinked = len(relinked)
	return relinked, nil
}

// linker links one step of new articles.
type linker struct {
	s    *Store
	tx   *sql.Tx
	opts dedup.Options
	arts map[string]*linkArt // by id: the step's articles, those their bands lead to, and those of steps before (linkKeep)
	// first is the earliest article filed under each band read (nil for
	// none), with this step's articles filed.
	first map[uint32]*linkArt
}

func (l *linker) step(ctx context.Context, ids []string, st *RebuildStats) ([]string, error) {
	if err := l.load(ctx, ids, true); err != nil {
		return nil, err
	}
	// The new articles filed under each band, in canonical order (ids are).
	filers := map[uint32][]*linkArt{}
	var bands []uint32
	for _, id := range ids {
		a := l.arts[id]
		a.filed = l.opts.FiledBands(nil, &a.sig)
		for _, b := range a.filed {
			if len(filers[b]) == 0 || filers[b][len(filers[b])-1] != a {
				filers[b] = append(filers[b], a)
			}
		}
		bands = append(bands, a.filed...)
		for _, lk := range l.opts.LookupBands(nil, &a.sig) {
			bands = append(bands, lk.Band)
		}
	}
	if err := l.readFirsts(ctx, bands); err != nil {
		return nil, err
	}
	// File them: the earliest of a band in dedup_firsts, the rest in
	// dedup_bands. A new article before a band's first displaces it, and
	// every older article filed under the band is affected: its candidate
	// there changes.
	var firsts, followers [][2]int64
	var displaced []uint32
	for b, fs := range filers {
		old := l.first[b]
		first := fs[0]
		rest := fs[1:]
		switch {
		case old == nil:
		case compareArts(first, old) < 0:
			rest = append(slices.Clone(rest), old)
			displaced = append(displaced, b)
		default:
			first, rest = old, fs
		}
		if first != old {
			firsts = append(firsts, [2]int64{int64(b), mustKey(first.id)})
			l.first[b] = first
		}
		for _, a := range rest {
			followers = append(followers, [2]int64{int64(b), mustKey(a.id)})
		}
	}
	affected, err := l.affected(ctx, displaced)
	if err != nil {
		return nil, err
	}
	if err := l.file(ctx, `INSERT INTO dedup_firsts (band, article) VALUES `, ` ON CONFLICT (band) DO UPDATE SET article = excluded.article`, firsts); err != nil {
		return nil, err
	}
	if err := l.file(ctx, `INSERT INTO dedup_bands (band, article) VALUES `, ` ON CONFLICT DO NOTHING`, followers); err != nil {
		return nil, err
	}
	bands = bands[:0]
	for _, a := range affected {
		for _, lk := range l.opts.LookupBands(nil, &a.sig) {
			bands = append(bands, lk.Band)
		}
	}
	if err := l.readFirsts(ctx, bands); err != nil {
		return nil, err
	}

	// Decide parents; write those that changed.
	var changed []*linkArt
	for _, id := range ids {
		a := l.arts[id]
		a.parent = l.decide(a)
		st.Articles++
		changed = append(changed, a)
	}
	for _, a := range affected {
		if p := l.decide(a); p != a.parent {
			a.parent = p
			changed = append(changed, a)
		}
	}
	if err := l.storeParents(ctx, changed); err != nil {
		return nil, err
	}
	if err := inLists(ids, func(part []string) error {
		_, err := l.tx.ExecContext(ctx, l.s.rebind(`DELETE FROM unlinked WHERE article_id IN (`+marks(len(part))+`)`), anys(part)...)
		return err
	}); err != nil {
		return nil, fmt.Errorf("mark articles linked: %w", err)
	}
	return l.reroot(ctx, changed, st)
}

// affected returns the older articles filed under the displaced bands (the
// displaced firsts are among them: the caller moved them to dedup_bands,
// not yet written).
func (l *linker) affected(ctx context.Context, displaced []uint32) ([]*linkArt, error) {
	var ids []string
	slices.Sort(displaced)
	for part := displaced; len(part) > 0; {
		n := min(inChunk, len(part))
		args := make([]any, n)
		for i, b := range part[:n] {
			args[i] = int64(b)
		}
		part = part[n:]
		rows, err := l.tx.QueryContext(ctx, l.s.rebind(`SELECT article FROM dedup_bands WHERE band IN (`+marks(n)+`)
    UNION SELECT article FROM dedup_firsts WHERE band IN (`+marks(n)+`)`), append(args, args...)...)
		if err != nil {
			return nil, fmt.Errorf("read articles of displaced bands: %w", err)
		}
		for rows.Next() {
			var key int64
			if err := rows.Scan(&key); err != nil {
				rows.Close()
				return nil, fmt.Errorf("read articles of displaced bands: %w", err)
			}
			ids = append(ids, articleIDOfKey(key))
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return nil, fmt.Errorf("read articles of displaced bands: %w", err)
		}
	}
	if err := l.load(ctx, ids, false); err != nil {
		return nil, err
	}
	seen := map[string]bool{}
	var out []*linkArt
	for _, id := range ids {
		if a := l.arts[id]; !a.fresh && !seen[id] {
			seen[id] = true
			out = append(out, a)
		}
	}
	return out, nil
}

// decide returns the article a copies ("" for none): the candidate Judge
// picks among the earliest articles filed under a's lookup bands that come
// before it.
func (l *linker) decide(a *linkArt) string {
	text := map[*linkArt]bool{}
	var found []*linkArt
	for _, lk := range l.opts.LookupBands(nil, &a.sig) {
		f := l.first[lk.Band]
		if f == nil || compareArts(f, a) >= 0 {
			continue
		}
		if was, ok := text[f]; !ok {
			found = append(found, f)
			text[f] = lk.Text
		} else if !was && lk.Text {
			text[f] = true
		}
	}
	if len(found) == 0 {
		return ""
	}
	slices.SortFunc(found, compareArts)
	cands := make([]dedup.Candidate, len(found))
	for i, f := range found {
		cands[i] = dedup.Candidate{Sig: &f.sig, Text: text[f]}
	}
	if x, _, ok := l.opts.Judge(&a.sig, cands); ok {
		return found[x].id
	}
	return ""
}

// reroot recomputes duplicate_of for the articles whose parent changed and
// every article below them in their chains, in canonical order (a parent
// comes before its child), and returns those whose duplicate_of changed.
func (l *linker) reroot(ctx context.Context, changed []*linkArt, st *RebuildStats) ([]string, error) {
	in := map[string]bool{}
	var all []*linkArt
	frontier := make([]string, 0, len(changed))
	for _, a := range changed {
		in[a.id] = true
		all = append(all, a)
		frontier = append(frontier, a.id)
	}
	for len(frontier) > 0 {
		var next []string
		err := inLists(frontier, func(part []string) error {
			rows, err := l.tx.QueryContext(ctx, l.s.rebind(`SELECT article_id FROM dedup_parents WHERE parent IN (`+marks(len(part))+`)`), anys(part)...)
			if err != nil {
				return err
			}
			defer rows.Close()
			for rows.Next() {
				var id string
				if err := rows.Scan(&id); err != nil {
					return err
				}
				if !in[id] {
					in[id] = true
					next = append(next, id)
				}
			}
			return rows.Err()
		})
		if err != nil {
			return nil, fmt.Errorf("read copies of relinked articles: %w", err)
		}
		if err := l.load(ctx, next, false); err != nil {
			return nil, err
		}
		for _, id := range next {
			all = append(all, l.arts[id])
		}
		frontier = next
	}
	slices.SortFunc(all, compareArts)
	var relinked []string
	for _, a := range all {
		dup := ""
		if a.parent != "" {
			p := l.arts[a.parent]
			if p == nil {
				return nil, fmt.Errorf("link article %s: its parent %s was not read", a.id, a.parent)
			}
			dup = cmp.Or(p.dup, p.id)
		}
		if a.fresh && dup != "" {
			st.Duplicates++
		}
		if dup == a.dup {
			continue
		}
		a.dup = dup
		if _, err := l.tx.ExecContext(ctx, l.s.rebind(`UPDATE articles SET duplicate_of = ? WHERE id = ?`), nullable(dup), a.id); err != nil {
			return nil, fmt.Errorf("link article %s: %w", a.id, err)
		}
		relinked = append(relinked, a.id)
	}
	return relinked, nil
}

// load reads the articles not read yet. A new article whose signature is
// missing or of another signer version is signed again; an old one means
// the stored bands are stale (errRelinkAll).
func (l *linker) load(ctx context.Context, ids []string, fresh bool) error {
	var want []string
	for _, id := range ids {
		if _, ok := l.arts[id]; !ok {
			want = append(want, id)
		}
	}
	var stale []*linkArt
	err := inLists(want, func(part []string) error {
		rows, err := l.tx.QueryContext(ctx, l.s.rebind(`SELECT a.id, coalesce(a.published, '9999'), coalesce(nullif(a.uri, ''), a.source), a.signature,
    coalesce(p.parent, ''), coalesce(a.duplicate_of, '')
    FROM articles a LEFT JOIN dedup_parents p ON p.article_id = a.id
    WHERE a.id IN (`+marks(len(part))+`)`), anys(part)...)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			a := &linkArt{fresh: fresh}
			var raw []byte
			if err := rows.Scan(&a.id, &a.pub, &a.source, &raw, &a.parent, &a.dup); err != nil {
				return err
			}
			if err := a.sig.UnmarshalBinary(raw); err != nil {
				if !fresh {
					return fmt.Errorf("article %s: %w (%w)", a.id, errRelinkAll, err)
				}
				stale = append(stale, a)
			}
			l.arts[a.id] = a
		}
		return rows.Err()
	})
	if err != nil {
		return fmt.Errorf("read articles to link: %w", err)
	}
	for _, a := range stale {
		sig, err := l.s.resign(ctx, l.tx, a.id)
		if err != nil {
			return err
		}
		a.sig = sig
	}
	for _, id := range want {
		if l.arts[id] == nil {
			return fmt.Errorf("read articles to link: article %s is gone", id)
		}
	}
	return nil
}

// storeParents writes the parents of the articles given: a row for each
// copy, none for an original.
func (l *linker) storeParents(ctx context.Context, arts []*linkArt) error {
	ids := make([]string, len(arts))
	var rows []any
	for i, a := range arts {
		ids[i] = a.id
		if a.parent != "" {
			rows = append(rows, a.id, a.parent)
		}
	}
	if err := inLists(ids, func(part []string) error {
		_, err := l.tx.ExecContext(ctx, l.s.rebind(`DELETE FROM dedup_parents WHERE article_id IN (`+marks(len(part))+`)`), anys(part)...)
		return err
	}); err != nil {
		return fmt.Errorf("store duplicate parents: %w", err)
	}
	for len(rows) > 0 {
		n := min(2*inChunk, len(rows))
		q := `INSERT INTO dedup_parents (article_id, parent) VALUES ` + strings.TrimSuffix(strings.Repeat("(?, ?), ", n/2), ", ")
		if _, err := l.tx.ExecContext(ctx, l.s.rebind(q), rows[:n]...); err != nil {
			return fmt.Errorf("store duplicate parents: %w", err)
		}
		rows = rows[n:]
	}
	return nil
}

// file writes (band, article) rows with the statement head + VALUES + tail.
func (l *linker) file(ctx context.Context, head, tail string, rows [][2]int64) error {
	slices.SortFunc(rows, func(a, b [2]int64) int { return cmp.Or(cmp.Compare(a[0], b[0]), cmp.Compare(a[1], b[1])) })
	for len(rows) > 0 {
		n := min(inChunk, len(rows))
		args := make([]any, 0, 2*n)
		for _, r := range rows[:n] {
			args = append(args, r[0], r[1])
		}
		q := head + strings.TrimSuffix(strings.Repeat("(?, ?), ", n), ", ") + tail
		if _, err := l.tx.ExecContext(ctx, l.s.rebind(q), args...); err != nil {
			return fmt.Errorf("file articles under their bands: %w", err)
		}
		rows = rows[n:]
	}
	return nil
}

// readFirsts reads the first article of the bands not read yet, and loads
// those articles.
func (l *linker) readFirsts(ctx context.Context, bands []uint32) error {
	var want []uint32
	for _, b := range bands {
		if _, ok := l.first[b]; !ok {
			l.first[b] = nil
			want = append(want, b)
		}
	}
	slices.Sort(want)
	var keys []uint32
	var ids []string
	for len(want) > 0 {
		n := min(inChunk, len(want))
		args := make([]any, n)
		for i, b := range want[:n] {
			args[i] = int64(b)
		}
		want = want[n:]
		rows, err := l.tx.QueryContext(ctx, l.s.rebind(`SELECT band, article FROM dedup_firsts WHERE band IN (`+marks(n)+`)`), args...)
		if err != nil {
			return fmt.Errorf("read duplicate bands: %w", err)
		}
		for rows.Next() {
			var b, key int64
			if err := rows.Scan(&b, &key); err != nil {
				rows.Close()
				return fmt.Errorf("read duplicate bands: %w", err)
			}
			keys = append(keys, uint32(b))
			ids = append(ids, articleIDOfKey(key))
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return fmt.Errorf("read duplicate bands: %w", err)
		}
	}
	if err := l.load(ctx, ids, false); err != nil {
		return err
	}
	for i, b := range keys {
		l.first[b] = l.arts[ids[i]]
	}
	return nil
}

// articleKey is an article id ("a" and 16 hex digits) as the number
// dedup_bands keeps.
func articleKey(id string) (int64, error) {
	if len(id) != 17 || id[0] != 'a' {
		return 0, fmt.Errorf("article id %q is not an 'a' and 16 hex digits", id)
	}
	u, err := strconv.ParseUint(id[1:], 16, 64)
	if err != nil {
		return 0, fmt.Errorf("article id %q: %w", id, err)
	}
	return int64(u), nil
}

func mustKey(id string) int64 {
	k, err := articleKey(id)
	if err != nil {
		panic(err) // ids are made by ArticleID
	}
	return k
}

func articleIDOfKey(key int64) string { return fmt.Sprintf("a%016x", uint64(key)) }

func nullable(s string) any {
	if s == "" {
		return nil
	}
	return s
}

// inLists calls fn with ids in slices of at most inChunk.
func inLists(ids []string, fn func([]string) error) error {
	for len(ids) > 0 {
		n := min(inChunk, len(ids))
		if err := fn(ids[:n]); err != nil {
			return err
		}
		ids = ids[n:]
	}
	return nil
}

func marks(n int) string { return strings.TrimSuffix(strings.Repeat("?, ", n), ", ") }

func anys(ss []string) []any {
	out := make([]any, len(ss))
	for i, s := range ss {
		out[i] = s
	}
	return out
}
