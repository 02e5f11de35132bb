// Package storetest gives tests fresh, empty stores on every engine: a SQLite
// file in a temporary folder and a new database on the PostgreSQL server named
// by STORYLINE_TEST_POSTGRES (started by scripts/pg). Without that variable
// the PostgreSQL half is skipped with a line saying how to run it: plain
// `go test ./...` passes on a machine with no server, and scripts/test, which
// starts one, lists every skipped test at its end.
package storetest

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"net/url"
	"os"
	"path/filepath"
	"testing"
	"time"

	_ "github.com/jackc/pgx/v5/stdlib" // registers the "pgx" driver
)

// EnvPostgres names the variable holding the test server's URL.
const EnvPostgres = "STORYLINE_TEST_POSTGRES"

// Engines are the store engines every store test runs against.
var Engines = []string{"sqlite", "postgres"}

// URL returns the --db URL of a fresh, empty store on engine, removed when
// the test ends.
func URL(t testing.TB, engine string) string {
	t.Helper()
	switch engine {
	case "sqlite":
		return "sqlite:" + filepath.Join(t.TempDir(), "test.db")
	case "postgres":
		return PostgresURL(t)
	}
	t.Fatalf("storetest: unknown engine %q", engine)
	return ""
}

// PostgresURL creates a new database on the test server and returns its URL.
func PostgresURL(t testing.TB) string {
	t.Helper()
	base := os.Getenv(EnvPostgres)
	if base == "" {
		t.Skipf("%s is not set: the PostgreSQL half of the store tests needs a server; start one with\n\teval \"$(scripts/pg start)\"\n(or run ./scripts/test, which does it)", EnvPostgres)
	}
	u, err := url.Parse(base)
	if err != nil {
		t.Fatalf("parse %s=%q: %v", EnvPostgres, base, err)
	}
	admin, err := sql.Open("pgx", base)
	if err != nil {
		t.Fatalf("open test server %s: %v", base, err)
	}
	defer admin.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	b := make([]byte, 6)
	rand.Read(b)
	name := "storyline_test_" + hex.EncodeToString(b)
	if _, err := admin.ExecContext(ctx, "CREATE DATABASE "+name); err != nil {
		t.Fatalf("create test database on %s: %v (is the server running? eval \"$(scripts/pg start)\")", base, err)
	}
	t.Cleanup(func() {
		admin, err := sql.Open("pgx", base)
		if err != nil {
			return
		}
		defer admin.Close()
		admin.Exec("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)")
	})
	u.Path = "/" + name
	return u.String()
}
