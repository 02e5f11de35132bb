package store

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"errors"
	"fmt"
	"math"
	"slices"
	"strings"

	"storyline/internal/article"
	"storyline/internal/dedup"
	"storyline/internal/event"
	"storyline/internal/merge"
)

// Record is one article of an input with the events coded from it.
type Record struct {
	Article article.Article
	Events  []event.Event
	// Signature is the article's dedup.Signature, marshalled; kept so
	// Rebuild can relink duplicates without re-reading bodies. Save signs
	// the body when it is nil (workers sign in parallel to spare the writer).
	Signature []byte
}

// Batch is what one transaction stores for one input: some of its articles
// and, on the input's last batch, the input's final state.
type Batch struct {
	Input   string
	Records []Record
	// Done marks the input finished in the same transaction.
	Done bool
	// Failed says the input as a whole could not be read (with Done).
	Failed bool
	// Errors describes per-record problems (bad records inside an archive);
	// kept on the input row.
	Errors string
}

// SaveCounts says what a Save added; rows already present count as skipped.
type SaveCounts struct {
	Articles, Reports int
	SkippedArticles   int
}

// StoredArticle is an article as the store keeps it.
type StoredArticle struct {
	ID    string `json:"id"`
	Input string `json:"input"`
	article.Article
	// DuplicateOfID is the id of the article this one copies (DuplicateOf
	// holds its source, as in the extract contract).
	DuplicateOfID *string `json:"duplicate_of_id"`
	// Reports lists the ids of the reports coded from the article.
	Reports []string `json:"reports"`
}

// ArticleID is the key of an article: a hash of its address (the page's uri, else its source) and of
// its body. The same capture ingested twice gets the same id, from whichever
// archive file and offset, so processes that split the work name articles as
// one process doing all of it would; an edited page gets a new one.
func ArticleID(address, body string) string {
	return hashID("a", address, contentHash(body))
}

// address is what names an article's capture in its id and in the canonical
// order of duplicate links: the page's address (uri) where the input says
// it, else its source (a text file's path).
func address(a *article.Article) string {
	if a.URI != nil && *a.URI != "" {
		return *a.URI
	}
	return a.Source
}

// ReportID is the key of one coded event of one article: a hash of the article
// id and the event's content, so a re-run codes to the same ids. The
// evidence's sources (archive file and offset) are left out: the article id
// already names the capture.
func ReportID(articleID string, e event.Event) string {
	if math.IsNaN(e.Confidence) || math.IsInf(e.Confidence, 0) {
		e.Confidence = 0
	}
	e.ID = ""
	e.Sources = 0
	e.Evidence = slices.Clone(e.Evidence)
	for i := range e.Evidence {
		e.Evidence[i].Source = ""
	}
	return hashID("r", articleID, string(mustJSON(e)))
}

func contentHash(body string) string {
	h := sha256.Sum256([]byte(body))
	return hex.EncodeToString(h[:])
}

// hashID is prefix + 16 hex digits of sha256 over the parts.
func hashID(prefix string, parts ...string) string {
	h := sha256.New()
	for _, p := range parts {
		h.Write([]byte(p))
		h.Write([]byte{0})
	}
	return prefix + hex.EncodeToString(h.Sum(nil))[:16]
}

// Save stores a batch of one input in one transaction: new articles with
// their reports and search entries; articles already stored (same source and
// content) are skipped whole, so replaying a batch after a crash changes
// nothing.
func (s *Store) Save(ctx context.Context, b Batch) (SaveCounts, error) {
	return s.SaveBatches(ctx, []Batch{b})
}

// SaveBatches is Save for several batches (of one or more inputs) in one
// transaction: a writer that has several batches waiting commits them
// together. The inputs they finish are marked last, in path order, whatever
// order they came in: the lock order of inputs.go.
func (s *Store) SaveBatches(ctx context.Context, bs []Batch) (SaveCounts, error) {
	var finish []*Batch
	for i := range bs {
		if bs[i].Done {
			finish = append(finish, &bs[i])
		}
	}
	slices.SortStableFunc(finish, func(a, b *Batch) int { return strings.Compare(a.Input, b.Input) })
	var counts SaveCounts
	err := s.inTx(ctx, func(tx *sql.Tx) error {
		counts = SaveCounts{}
		for _, b := range bs {
			for i := range b.Records {
				added, reports, err := s.saveRecord(ctx, tx, b.Input, &b.Records[i])
				if err != nil {
					return fmt.Errorf("save batch of %s: %w", b.Input, err)
				}
				if added {
					counts.Articles++
					counts.Reports += reports
				} else {
					counts.SkippedArticles++
				}
			}
		}
		for _, b := range finish {
			if err := s.finishInput(ctx, tx, b.Input, b.Failed, b.Errors); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return SaveCounts{}, err
	}
	return counts, nil
}

func (s *Store) saveRecord(ctx context.Context, tx *sql.Tx, input string, r *Record) (added bool, reports int, err error) {
	a := &r.Article
	id := ArticleID(address(a), a.Body)
	sig := r.Signature
	if sig == nil {
		if sig, err = dedup.Sign(a.Body).MarshalBinary(); err != nil {
			return false, 0, fmt.Errorf("sign article %s: %w", a.Source, err)
		}
	}
	res, err := tx.ExecContext(ctx, s.rebind(`INSERT INTO articles
    (id, input, source, content_hash, uri, title, published, publisher, language, body, signature)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
    ON CONFLICT DO NOTHING`),
		id, input, a.Source, contentHash(a.Body), a.URI, a.Title, a.Published, a.Publisher, a.Language, a.Body, sig)
	if err != nil {
		return false, 0, fmt.Errorf("insert article %s: %w", a.Source, err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return false, 0, nil
	}
	if _, err := tx.ExecContext(ctx, s.rebind(`INSERT INTO unlinked (article_id) VALUES (?)`), id); err != nil {
		return false, 0, fmt.Errorf("queue article %s for linking: %w", a.Source, err)
	}
	if s.engine == SQLite {
		_, err := tx.ExecContext(ctx, `INSERT INTO articles_fts (article_id, title, body) VALUES (?, ?, ?)`, id, a.Title, a.Body)
		if err != nil {
			return false, 0, fmt.Errorf("index article %s for search: %w", a.Source, err)
		}
	}
	for _, e := range r.Events {
		// NaN or infinite confidence cannot be encoded as JSON.
		if math.IsNaN(e.Confidence) || math.IsInf(e.Confidence, 0) {
			e.Confidence = 0
		}
		rid := ReportID(id, e)
		e.ID = rid
		e.Sources = 0
		var start, end any
		if e.Date != nil {
			start, end = e.Date.Start, e.Date.End
		}
		mr := &merge.Report{Event: e, Published: deref(a.Published)}
		month := merge.Month(mr)
		spanStart, spanEnd, whole := merge.Span(mr)
		res, err := tx.ExecContext(ctx, s.rebind(`INSERT INTO reports
    (id, article_id, group_key, type, status, date_start, date_end, record, month, span_start, span_end, whole)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
    ON CONFLICT DO NOTHING`),
			rid, id, groupKey(&e), e.Type, string(e.Status), start, end, string(mustJSON(e)), month, spanStart, spanEnd, whole)
		if err != nil {
			return false, 0, fmt.Errorf("insert report of %s: %w", a.Source, err)
		}
		if n, _ := res.RowsAffected(); n > 0 {
			reports++
		}
	}
	return true, reports, nil
}

// Article returns one stored article by id.
func (s *Store) Article(ctx context.Context, id string) (StoredArticle, error) {
	var out StoredArticle
	var dupSource sql.NullString
	err := s.db.QueryRowContext(ctx, s.rebind(`SELECT
    a.id, a.input, a.source, a.uri, a.title, a.published, a.publisher, a.language, a.body,
    a.duplicate_of, d.source
    FROM articles a LEFT JOIN articles d ON d.id = a.duplicate_of
    WHERE a.id = ?`), id).Scan(&out.ID, &out.Input, &out.Source, &out.URI, &out.Title, &out.Published,
		&out.Publisher, &out.Language, &out.Body, &out.DuplicateOfID, &dupSource)
	if errors.Is(err, sql.ErrNoRows) {
		return StoredArticle{}, fmt.Errorf("article %s: %w", id, ErrNotFound)
	}
	if err != nil {
		return StoredArticle{}, fmt.Errorf("read article %s: %w", id, err)
	}
	if dupSource.Valid {
		out.DuplicateOf = &dupSource.String
	}
	rows, err := s.db.QueryContext(ctx, s.rebind(`SELECT id FROM reports WHERE article_id = ? ORDER BY id`), id)
	if err != nil {
		return StoredArticle{}, fmt.Errorf("read reports of article %s: %w", id, err)
	}
	defer rows.Close()
	out.Reports = []string{}
	for rows.Next() {
		var rid string
		if err := rows.Scan(&rid); err != nil {
			return StoredArticle{}, fmt.Errorf("read reports of article %s: %w", id, err)
		}
		out.Reports = append(out.Reports, rid)
	}
	return out, rows.Err()
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}
