package store

import (
	"cmp"
	"context"
	"database/sql"
	"fmt"
	"slices"
	"strings"
	"unicode"
)

// Marks around the matched words in a SearchHit snippet. The text between
// them is plain (unescaped) article text.
const (
	MarkStart = "«"
	MarkEnd   = "»"
)

// SearchHit is one article that matches a full-text query.
type SearchHit struct {
	ArticleID string  `json:"article_id"`
	Source    string  `json:"source"`
	Title     string  `json:"title"`
	URI       *string `json:"uri"`
	Published *string `json:"published"`
	Publisher *string `json:"publisher"`
	// Snippet is a short passage around the matches, matched words between
	// MarkStart and MarkEnd.
	Snippet string  `json:"snippet"`
	Rank    float64 `json:"rank"` // larger is better
}

// Search finds articles matching a query in the web-search style: words (all
// must match, stemmed), "quoted phrases", -excluded words. SQLite uses FTS5,
// PostgreSQL websearch_to_tsquery; best matches first, at most limit (0 = 20).
func (s *Store) Search(ctx context.Context, query string, limit int) ([]SearchHit, error) {
	if limit <= 0 {
		limit = 20
	}
	if strings.TrimSpace(query) == "" {
		return []SearchHit{}, nil
	}
	var rows *sql.Rows
	var err error
	if s.engine == Postgres {
		rows, err = s.db.QueryContext(ctx, `SELECT a.id, a.source, a.title, a.uri, a.published, a.publisher,
    ts_headline('english', a.body, q, 'StartSel=«, StopSel=», MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "'),
    ts_rank(a.search, q)
    FROM articles a, websearch_to_tsquery('english', $1) q
    WHERE a.search @@ q
    ORDER BY ts_rank(a.search, q) DESC, a.id
    LIMIT $2`, query, limit)
	} else {
		match := fts5Query(query)
		if match == "" {
			return []SearchHit{}, nil
		}
		rows, err = s.db.QueryContext(ctx, `SELECT a.id, a.source, a.title, a.uri, a.published, a.publisher,
    snippet(articles_fts, -1, '«', '»', ' … ', 24),
    -bm25(articles_fts)
    FROM articles_fts JOIN articles a ON a.id = articles_fts.article_id
    WHERE articles_fts MATCH ?
    ORDER BY bm25(articles_fts), a.id
    LIMIT ?`, match, limit)
	}
	if err != nil {
		return nil, fmt.Errorf("search articles for %q: %w", query, err)
	}
	defer rows.Close()
	out := []SearchHit{}
	for rows.Next() {
		var h SearchHit
		if err := rows.Scan(&h.ArticleID, &h.Source, &h.Title, &h.URI, &h.Published, &h.Publisher, &h.Snippet, &h.Rank); err != nil {
			return nil, fmt.Errorf("read search hits for %q: %w", query, err)
		}
		out = append(out, h)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("read search hits for %q: %w", query, err)
	}
	return out, nil
}

// fts5Query turns a web-search style query into FTS5 syntax that cannot fail
// to parse: every word and phrase is quoted (so AND, NEAR, '*' or ':' in user
// text are plain words), a leading '-' excludes, an "or" between terms
// becomes OR.
func fts5Query(q string) string {
	type term struct {
		text string
		not  bool
	}
	var terms []term
	var ors []bool // ors[i]: an OR precedes terms[i]
	pendingOr := false
	for q = strings.TrimSpace(q); q != ""; q = strings.TrimSpace(q) {
		not := false
		if q[0] == '-' {
			not, q = true, q[1:]
		}
		var text string
		if strings.HasPrefix(q, `"`) {
			end := strings.Index(q[1:], `"`)
			if end < 0 {
				text, q = q[1:], ""
			} else {
				text, q = q[1:1+end], q[2+end:]
			}
		} else {
			end := strings.IndexFunc(q, unicode.IsSpace)
			if end < 0 {
				end = len(q)
			}
			text, q = q[:end], q[end:]
			if !not && strings.EqualFold(text, "or") && len(terms) > 0 {
				pendingOr = true
				continue
			}
		}
		words := strings.FieldsFunc(text, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
		if len(words) == 0 {
			continue
		}
		terms = append(terms, term{text: `"` + strings.Join(words, " ") + `"`, not: not})
		ors = append(ors, pendingOr)
		pendingOr = false
	}
	var b strings.Builder
	positive := 0
	for i, t := range terms {
		if t.not {
			continue
		}
		if positive > 0 {
			if ors[i] {
				b.WriteString(" OR ")
			} else {
				b.WriteString(" AND ")
			}
		}
		b.WriteString(t.text)
		positive++
	}
	if positive == 0 {
		return "" // FTS5 cannot run a query of exclusions alone
	}
	for _, t := range terms {
		if t.not {
			b.WriteString(" NOT ")
			b.WriteString(t.text)
		}
	}
	return b.String()
}

func sortCounterparts(cs []Counterpart) {
	slices.SortFunc(cs, func(a, b Counterpart) int {
		return cmp.Or(cmp.Compare(b.Events, a.Events), strings.Compare(a.ID, b.ID))
	})
}

func sortStrings(s []string) { slices.Sort(s) }
