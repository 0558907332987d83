package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net/url"
	"strings"

	_ "modernc.org/sqlite" // the database/sql driver "sqlite", pure Go

	"github.com/contradict/contradict/compare"
)

// Store is an open store. Its methods may be called from several goroutines; writes are
// serialised.
type Store struct {
	db   *sql.DB
	path string
	// Comparer finds the conflicts. Set it before the first Add; changing it later leaves
	// the conflicts already stored as they were found.
	Comparer compare.Comparer
}

// ErrInUse is returned when another process holds the store longer than the busy timeout.
var ErrInUse = errors.New("store is in use by another process")

// busyTimeout is how long a transaction waits for another process's to end, in ms; a
// variable so that a test can wait less.
var busyTimeout = 30000

// migrations[i] brings a store from schema version i to i+1. A migration is never edited
// once released: a change of schema is a new entry.
var migrations = []string{
	// 1: documents, claims with their block keys, identities, conflicts.
	`CREATE TABLE meta (key TEXT PRIMARY KEY, value ANY) WITHOUT ROWID;
	CREATE TABLE documents (
		id INTEGER PRIMARY KEY,
		name TEXT NOT NULL UNIQUE,
		sha256 BLOB NOT NULL,
		source TEXT NOT NULL,
		published TEXT NOT NULL,
		title TEXT NOT NULL,
		url TEXT NOT NULL
	);
	CREATE TABLE claims (
		id INTEGER PRIMARY KEY,
		doc INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
		seq INTEGER NOT NULL,
		ident TEXT NOT NULL,
		keys BLOB NOT NULL,
		data BLOB NOT NULL,
		UNIQUE (doc, seq)
	);
	CREATE INDEX claims_ident ON claims(ident);
	CREATE TABLE claim_keys (
		key INTEGER NOT NULL,
		ident INTEGER NOT NULL,
		claim INTEGER NOT NULL,
		PRIMARY KEY (key, ident, claim)
	) WITHOUT ROWID;
	CREATE TABLE identities (
		ident TEXT NOT NULL,
		name TEXT NOT NULL,
		kind INTEGER NOT NULL,
		affiliation TEXT NOT NULL,
		doc TEXT NOT NULL REFERENCES documents(name) ON DELETE CASCADE,
		seq INTEGER NOT NULL,
		PRIMARY KEY (ident, name, kind, affiliation, doc)
	) WITHOUT ROWID;
	CREATE INDEX identities_doc ON identities(doc, ident);
	CREATE TABLE conflicts (
		id TEXT PRIMARY KEY,
		kind TEXT NOT NULL,
		score REAL NOT NULL,
		data BLOB NOT NULL
	) WITHOUT ROWID;
	CREATE TABLE conflict_claims (
		conflict TEXT NOT NULL REFERENCES conflicts(id) ON DELETE CASCADE,
		claim INTEGER NOT NULL REFERENCES claims(id),
		side INTEGER NOT NULL,
		PRIMARY KEY (conflict, claim)
	) WITHOUT ROWID;
	CREATE INDEX conflict_claims_claim ON conflict_claims(claim);
	INSERT INTO meta VALUES ('generation', 0), ('block_keys', '');`,
}

// Open opens the store at path, creating it if needed, and brings its schema up to date.
// A store written by a newer version of this package is refused.
func Open(path string) (*Store, error) {
	q := url.Values{}
	q.Add("_pragma", fmt.Sprintf("busy_timeout(%d)", busyTimeout))
	q.Add("_pragma", "journal_mode(WAL)")
	q.Add("_pragma", "foreign_keys(1)")
	q.Add("_pragma", "synchronous(NORMAL)")       // WAL: a crash loses no commit, a power cut at most the last
	q.Add("_pragma", "wal_autocheckpoint(16384)") // 64 MB of log between checkpoints: fewer, larger writes
	q.Add("_pragma", "cache_size(-65536)")        // 64 MB of pages: the key index is written at random places
	q.Set("_txlock", "immediate")
	db, err := sql.Open("sqlite", "file:"+escapePath(path)+"?"+q.Encode())
	if err != nil {
		return nil, fmt.Errorf("store: %s: %w", path, err)
	}
	db.SetMaxOpenConns(1)
	s := &Store{db: db, path: path}
	if err := s.migrate(context.Background()); err != nil {
		db.Close()
		return nil, fmt.Errorf("store: %s: %w", path, inUse(err))
	}
	if err := s.reindexIfKeysChanged(context.Background()); err != nil {
		db.Close()
		return nil, fmt.Errorf("store: %s: %w", path, inUse(err))
	}
	return s, nil
}

// escapePath keeps a file name with '?' or '#' from being read as part of the URI.
func escapePath(p string) string {
	return strings.NewReplacer("%", "%25", "?", "%3f", "#", "%23").Replace(p)
}

// Close closes the store.
func (s *Store) Close() error { return s.db.Close() }

func (s *Store) migrate(ctx context.Context) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	var v int
	if err := tx.QueryRowContext(ctx, "PRAGMA user_version").Scan(&v); err != nil {
		return err
	}
	if v > len(migrations) {
		return fmt.Errorf("schema version %d is newer than this program's %d", v, len(migrations))
	}
	if v == len(migrations) {
		return nil
	}
	for ; v < len(migrations); v++ {
		if _, err := tx.ExecContext(ctx, migrations[v]); err != nil {
			return fmt.Errorf("migrating to schema version %d: %w", v+1, err)
		}
	}
	if _, err := tx.ExecContext(ctx, fmt.Sprintf("PRAGMA user_version = %d", v)); err != nil {
		return err
	}
	return tx.Commit()
}

// inUse turns SQLite's busy error into ErrInUse.
func inUse(err error) error {
	if err != nil && (strings.Contains(err.Error(), "SQLITE_BUSY") || strings.Contains(err.Error(), "database is locked")) {
		return fmt.Errorf("%w: %v", ErrInUse, err)
	}
	return err
}
