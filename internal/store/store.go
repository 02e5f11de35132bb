// Package store keeps articles, their coded reports and the merged events in
// a database — embedded SQLite (modernc.org/sqlite, no cgo) or PostgreSQL
// (pgx) — and answers the queries of the command line and the web API.
//
// It takes articles with their coded events (SaveInput), one input file or
// archive at a time, and gives merged events (Rebuild, Events, Event),
// articles, actors, full-text search and counts. Ingest is idempotent (articles
// are keyed by address and content hash, reports by a hash of their article and
// content) and crash-safe (each batch commits in one transaction; duplicate
// links and merged events are recomputed from the stored rows in one
// transaction by Rebuild), and several processes can share one database:
// inputs are claimed under a lease (Claim, Renew), with SELECT ... FOR UPDATE
// SKIP LOCKED on PostgreSQL and the database lock on SQLite. Input rows are
// locked in path order (inputs.go); a transaction PostgreSQL still aborts as
// a deadlock victim or serialization failure is run again a few times.
package store

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"math/rand/v2"
	"net/url"
	"os"
	"path"
	"slices"
	"strconv"
	"strings"
	"time"

	_ "github.com/jackc/pgx/v5/stdlib" // registers the "pgx" driver
	"modernc.org/sqlite"               // registers the "sqlite" driver
	sqlite3 "modernc.org/sqlite/lib"
)

//go:embed migrations
var migrationFiles embed.FS

// ErrNotFound is returned by the single-row queries when nothing matches.
var ErrNotFound = errors.New("not found")

// Engine names the database behind a Store.
type Engine string

const (
	SQLite   Engine = "sqlite"
	Postgres Engine = "postgres"
)

// DefaultURL is the store used when no --db is given: a file in the working
// folder.
const DefaultURL = "sqlite:storyline.db"

// Store is a handle on one database. It is safe for concurrent use.
type Store struct {
	db *sql.DB
	// w runs the writes (transactions, and the statements that write
	// outside one). On SQLite it is one connection of its own: a
	// connection drops its whole page cache when another connection has
	// committed since its last transaction, so writes spread over a pool
	// read the store's pages again at every batch, more of them the larger
	// the store (SQLite lets one connection write at a time anyway). On
	// PostgreSQL it is db.
	w      *sql.DB
	engine Engine
	url    string
	// tries bounds the runs of a transaction that keeps failing with a
	// deadlock or serialization failure (see retry).
	tries int
}

// Open connects to the database named by dbURL and migrates its schema to the
// latest version. dbURL is "sqlite:PATH", "postgres://..." or
// "postgresql://...", or a plain file path (SQLite).
func Open(ctx context.Context, dbURL string) (*Store, error) {
	return open(ctx, dbURL, true)
}

// OpenExisting is Open for readers: a SQLite file that does not exist is an
// error (ErrNotFound) rather than a new, empty store.
func OpenExisting(ctx context.Context, dbURL string) (*Store, error) {
	return open(ctx, dbURL, false)
}

func open(ctx context.Context, dbURL string, create bool) (*Store, error) {
	engine, dsn, err := parseURL(dbURL)
	if err != nil {
		return nil, err
	}
	if engine == SQLite && !create {
		file := strings.TrimPrefix(strings.TrimPrefix(dbURL, "sqlite:"), "//")
		if _, err := os.Stat(file); err != nil {
			return nil, fmt.Errorf("open store %s: %w (run storyline ingest first, or give --db)", file, ErrNotFound)
		}
	}
	driver := "sqlite"
	if engine == Postgres {
		driver = "pgx"
	}
	db, err := sql.Open(driver, dsn)
	if err != nil {
		return nil, fmt.Errorf("open store %s: %w", redact(dbURL), err)
	}
	w := db
	if engine == SQLite {
		// One writer at a time is what SQLite allows anyway; a small pool
		// keeps readers concurrent without piling up busy waits.
		db.SetMaxOpenConns(4)
		if w, err = sql.Open(driver, writerDSN(dsn)); err != nil {
			db.Close()
			return nil, fmt.Errorf("open store %s: %w", redact(dbURL), err)
		}
		w.SetMaxOpenConns(1)
	} else {
		db.SetMaxOpenConns(8)
	}
	s := &Store{db: db, w: w, engine: engine, url: dbURL, tries: defaultTries}
	if engine == SQLite {
		if err := walMode(ctx, db); err != nil {
			s.Close()
			return nil, fmt.Errorf("connect to store %s: journal_mode=WAL: %w", redact(dbURL), err)
		}
	}
	if err := db.PingContext(ctx); err != nil {
		s.Close()
		return nil, fmt.Errorf("connect to store %s: %w", redact(dbURL), err)
	}
	if err := s.migrate(ctx); err != nil {
		s.Close()
		return nil, fmt.Errorf("migrate store %s: %w", redact(dbURL), err)
	}
	return s, nil
}

// Close closes the database.
func (s *Store) Close() error {
	err := s.db.Close()
	if s.w != s.db {
		err = errors.Join(err, s.w.Close())
	}
	return err
}

// Engine says which database the store runs on.
func (s *Store) Engine() Engine { return s.engine }

// DB gives the underlying database, for tools and tests that need plain SQL.
func (s *Store) DB() *sql.DB { return s.db }

// parseURL turns a --db value into an engine and a driver DSN. SQLite settings
// go in the DSN so that every pooled connection gets them — all but WAL,
// which the file keeps and walMode sets once.
func parseURL(dbURL string) (Engine, string, error) {
	switch {
	case strings.HasPrefix(dbURL, "postgres://"), strings.HasPrefix(dbURL, "postgresql://"):
		if _, err := url.Parse(dbURL); err != nil {
			return "", "", fmt.Errorf("parse store url %s: %w", redact(dbURL), err)
		}
		return Postgres, dbURL, nil
	case dbURL == "":
		return "", "", errors.New("parse store url: empty (want sqlite:PATH or postgres://...)")
	}
	file := strings.TrimPrefix(dbURL, "sqlite:")
	file = strings.TrimPrefix(file, "//") // sqlite://PATH
	if file == "" {
		return "", "", fmt.Errorf("parse store url %q: no file after sqlite:", dbURL)
	}
	q := url.Values{}
	q.Add("_pragma", fmt.Sprintf("busy_timeout(%d)", busyTimeout.Milliseconds()))
	q.Add("_pragma", "foreign_keys(1)")
	q.Add("_pragma", "synchronous(NORMAL)")
	// 32 MiB of page cache a connection (SQLite's default is 2 MiB): a
	// rebuild on a store of 100,000 articles spent a fifth of its CPU
	// reading pages it had just dropped again.
	q.Add("_pragma", fmt.Sprintf("cache_size(-%d)", readerCacheKiB))
	// Every transaction takes the write lock at BEGIN: two processes never
	// deadlock upgrading read locks, they queue on busy_timeout instead.
	q.Set("_txlock", "immediate")
	return SQLite, "file:" + file + "?" + q.Encode(), nil
}

// busyTimeout is how long a SQLite statement waits for a lock another
// connection holds: a rebuild by another process may hold it a while.
const busyTimeout = 5 * time.Minute

// walMode switches a SQLite store to write-ahead logging. The file keeps the
// mode, and every connection, of any process, that opens it afterwards uses
// it, so this runs once at open rather than in the DSN, where every new
// pooled connection would run it. On a file not in WAL mode yet (a new store)
// the switch reads page 1 and then takes the write lock, and SQLite does not
// wait on busy_timeout to turn a read lock into a write lock (two
// connections waiting that way could deadlock): a process opening a new
// store while another was switching it, or creating its schema, failed at
// once with SQLITE_BUSY. So a switch that finds the store locked is tried
// again, after a short, jittered, growing wait, for as long as busy_timeout
// would wait. On a store in WAL mode already the switch reads the schema and
// changes nothing, taking no write lock.
func walMode(ctx context.Context, db *sql.DB) error {
	conn, err := db.Conn(ctx)
	if err != nil {
		return err
	}
	defer conn.Close()
	deadline := time.Now().Add(busyTimeout)
	wait := walRetryBase
	for {
		var mode string
		err := conn.QueryRowContext(ctx, `PRAGMA journal_mode=WAL`).Scan(&mode)
		if err == nil || !sqliteBusy(err) || time.Now().After(deadline) {
			return err
		}
		// Uniform in [wait/2, wait*3/2).
		t := time.NewTimer(wait/2 + rand.N(wait))
		select {
		case <-t.C:
		case <-ctx.Done():
			t.Stop()
			return err
		}
		wait = min(2*wait, walRetryMax)
	}
}

// walRetryBase is the mean wait before walMode tries the switch a second
// time, doubling up to walRetryMax: another process switches a new store in
// a millisecond or so, but a writer of an older rollback-journal store may
// hold its lock for a whole transaction.
const (
	walRetryBase = 2 * time.Millisecond
	walRetryMax  = 200 * time.Millisecond
)

// sqliteBusy says whether err is SQLite's SQLITE_BUSY (any extended code).
func sqliteBusy(err error) bool {
	var e *sqlite.Error
	return errors.As(err, &e) && e.Code()&0xff == sqlite3.SQLITE_BUSY
}

// writerCacheKiB is the page cache of a SQLite store's writer connection,
// and writerCheckpoint the pages its WAL grows to before a commit copies
// them into the database. The writer runs every batch of an ingest and
// every rebuild, on a store far larger than any cache: with the readers'
// 32 MiB, a round of 10,000 articles onto a store of 90,000 spent a tenth
// of its CPU reading pages again (pread) and a twentieth copying the WAL
// back at SQLite's default of 1,000 pages (4 MiB), the same index pages
// once for every few commits. A checkpoint copies each page once however
// often the commits since rewrote it, so a WAL of 65,536 pages (256 MiB on
// disk, not in memory) copies fewer: 9 % fewer bytes read and written by a
// round of 10,000 articles onto a store of 360,000 than at 8,192.
const (
	readerCacheKiB   = 32768
	writerCacheKiB   = 131072
	writerCheckpoint = 65536
)

// writerDSN is the DSN of the writer connection: the readers' settings with
// a larger page cache and WAL (writerCacheKiB, writerCheckpoint).
func writerDSN(dsn string) string {
	cache := func(kib int) string { return url.Values{"_pragma": {fmt.Sprintf("cache_size(-%d)", kib)}}.Encode() }
	return strings.Replace(dsn, cache(readerCacheKiB), cache(writerCacheKiB), 1) + "&" +
		url.Values{"_pragma": {fmt.Sprintf("wal_autocheckpoint(%d)", writerCheckpoint)}}.Encode()
}

// redact hides a password in a URL for error messages.
func redact(dbURL string) string {
	u, err := url.Parse(dbURL)
	if err != nil || u.User == nil {
		return dbURL
	}
	if _, ok := u.User.Password(); ok {
		u.User = url.UserPassword(u.User.Username(), "xxxxx")
	}
	return u.String()
}

// rebind turns the ? placeholders the SQL is written with into $1, $2 ...
// for PostgreSQL. No statement here has a literal question mark.
func (s *Store) rebind(query string) string {
	if s.engine != Postgres {
		return query
	}
	var b strings.Builder
	n := 0
	for _, r := range query {
		if r == '?' {
			n++
			b.WriteString("$" + strconv.Itoa(n))
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// migrate applies the embedded migration files of the engine that are not yet
// recorded in schema_migrations, each in one transaction, in number order.
func (s *Store) migrate(ctx context.Context) error {
	// One connection holds the lock that makes processes starting together
	// migrate one after the other (PostgreSQL's CREATE TABLE IF NOT EXISTS
	// is not safe against a concurrent one).
	conn, err := s.db.Conn(ctx)
	if err != nil {
		return fmt.Errorf("connect for migration: %w", err)
	}
	defer conn.Close()
	if s.engine == Postgres {
		if _, err := conn.ExecContext(ctx, `SELECT pg_advisory_lock(7291001)`); err != nil {
			return fmt.Errorf("lock for migration: %w", err)
		}
		defer conn.ExecContext(context.WithoutCancel(ctx), `SELECT pg_advisory_unlock(7291001)`)
	}
	create := `CREATE TABLE IF NOT EXISTS schema_migrations (
    version    INTEGER PRIMARY KEY,
    name       TEXT NOT NULL,
    applied_at TEXT NOT NULL
)`
	if _, err := conn.ExecContext(ctx, create); err != nil {
		return fmt.Errorf("create schema_migrations: %w", err)
	}
	dir := path.Join("migrations", string(s.engine))
	entries, err := fs.ReadDir(migrationFiles, dir)
	if err != nil {
		return fmt.Errorf("read migrations: %w", err)
	}
	names := make([]string, 0, len(entries))
	for _, e := range entries {
		if strings.HasSuffix(e.Name(), ".sql") {
			names = append(names, e.Name())
		}
	}
	slices.Sort(names)
	for _, name := range names {
		num, _, ok := strings.Cut(name, "_")
		version, err := strconv.Atoi(num)
		if !ok || err != nil {
			return fmt.Errorf("migration %s: name must start with a number and '_'", name)
		}
		body, err := fs.ReadFile(migrationFiles, path.Join(dir, name))
		if err != nil {
			return fmt.Errorf("read migration %s: %w", name, err)
		}
		if err := s.applyMigration(ctx, conn, version, name, string(body)); err != nil {
			return err
		}
	}
	return nil
}

// applyMigration runs one migration in one transaction unless it is recorded
// already. Two processes starting at once queue on the lock (the write lock
// on SQLite, the advisory lock of migrate on PostgreSQL), so the second sees
// the record and skips.
func (s *Store) applyMigration(ctx context.Context, conn *sql.Conn, version int, name, body string) error {
	tx, err := conn.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("begin migration %s: %w", name, err)
	}
	err = func() error {
		var n int
		err := tx.QueryRowContext(ctx, s.rebind(`SELECT count(*) FROM schema_migrations WHERE version = ?`), version).Scan(&n)
		if err != nil {
			return fmt.Errorf("check migration %s: %w", name, err)
		}
		if n > 0 {
			return nil
		}
		for _, stmt := range splitStatements(body) {
			if _, err := tx.ExecContext(ctx, stmt); err != nil {
				return fmt.Errorf("apply migration %s: %w", name, err)
			}
		}
		_, err = tx.ExecContext(ctx, s.rebind(`INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)`),
			version, name, time.Now().UTC().Format(time.RFC3339))
		if err != nil {
			return fmt.Errorf("record migration %s: %w", name, err)
		}
		return nil
	}()
	if err != nil {
		tx.Rollback()
		return err
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("commit migration %s: %w", name, err)
	}
	return nil
}

// splitStatements cuts a migration file at the semicolons that end a line,
// dropping comment lines. Migrations keep to that shape (no procedures).
func splitStatements(body string) []string {
	var out []string
	var cur strings.Builder
	for line := range strings.SplitSeq(body, "\n") {
		trimmed := strings.TrimSpace(line)
		if trimmed == "" || strings.HasPrefix(trimmed, "--") {
			continue
		}
		cur.WriteString(line)
		cur.WriteString("\n")
		if strings.HasSuffix(trimmed, ";") {
			out = append(out, strings.TrimSuffix(strings.TrimSpace(cur.String()), ";"))
			cur.Reset()
		}
	}
	if strings.TrimSpace(cur.String()) != "" {
		out = append(out, strings.TrimSpace(cur.String()))
	}
	return out
}

// inTx runs fn in one transaction, committing when it returns nil. A
// transaction PostgreSQL aborts as a deadlock victim or for a serialization
// failure is run again from the start (see retry), so fn must be safe to
// redo: it starts from nothing on each call, resetting whatever it fills.
func (s *Store) inTx(ctx context.Context, fn func(tx *sql.Tx) error) error {
	return s.retry(ctx, func() error {
		tx, err := s.w.BeginTx(ctx, nil)
		if err != nil {
			return fmt.Errorf("begin transaction: %w", err)
		}
		if err := fn(tx); err != nil {
			tx.Rollback()
			return err
		}
		if err := tx.Commit(); err != nil {
			return fmt.Errorf("commit: %w", err)
		}
		return nil
	})
}
