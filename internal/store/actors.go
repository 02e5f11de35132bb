package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"unicode"
)

// Actor is one party as events name it, with how many events it takes part in.
type Actor struct {
	ID      string `json:"id"`
	Name    string `json:"name"`
	Country string `json:"country"` // alpha-3, "" for none
	Events  int    `json:"events"`
}

// ActorFilter selects actors. Zero fields do not filter.
type ActorFilter struct {
	Country string // alpha-3
	Query   string // part of the name, any case
	Limit   int    // 0 = all
	Offset  int
}

// Counterpart is an actor that shares events with another, with the shared
// events counted by type.
type Counterpart struct {
	Actor
	ByType map[string]int `json:"by_type"`
}

// ActorDetail is one actor with its events counted by type and the actors it
// shares events with, most shared first.
type ActorDetail struct {
	Actor
	ByType       map[string]int `json:"by_type"`
	Counterparts []Counterpart  `json:"counterparts"`
}

// ActorID is the id of an actor in URLs and filters: its name and country in
// lower case, words joined by '-' ("antony-blinken-usa", "japan-jpn",
// "united-nations").
func ActorID(name, country string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(name + " " + country) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			b.WriteRune(r)
			dash = false
		} else {
			dash = true
		}
	}
	return b.String()
}

// Actors lists the actors of merged events, most events first, then by name.
func (s *Store) Actors(ctx context.Context, f ActorFilter) ([]Actor, error) {
	var conds []string
	var args []any
	if f.Country != "" {
		conds = append(conds, `country = ?`)
		args = append(args, strings.ToUpper(f.Country))
	}
	if f.Query != "" {
		conds = append(conds, `lower(name) LIKE ? ESCAPE '\'`)
		args = append(args, "%"+likeEscape(strings.ToLower(f.Query))+"%")
	}
	// Without a name query the counts kept by the rebuild answer; a name
	// query counts only the events where the actor goes by a matching name,
	// so it aggregates.
	q := `SELECT actor_id, name, country, events FROM actor_counts`
	if len(conds) > 0 {
		q += ` WHERE ` + strings.Join(conds, ` AND `)
	}
	q += `
    ORDER BY events DESC, actor_id`
	if f.Query != "" {
		q = `SELECT actor_id, min(name), min(country), count(DISTINCT event_id) FROM event_actors
    WHERE ` + strings.Join(conds, ` AND `) + `
    GROUP BY actor_id
    ORDER BY count(DISTINCT event_id) DESC, actor_id`
	}
	if f.Limit > 0 {
		q += ` LIMIT ? OFFSET ?`
		args = append(args, f.Limit, max(f.Offset, 0))
	}
	rows, err := s.db.QueryContext(ctx, s.rebind(q), args...)
	if err != nil {
		return nil, fmt.Errorf("query actors: %w", err)
	}
	defer rows.Close()
	out := []Actor{}
	for rows.Next() {
		var a Actor
		if err := rows.Scan(&a.ID, &a.Name, &a.Country, &a.Events); err != nil {
			return nil, fmt.Errorf("read actors: %w", err)
		}
		out = append(out, a)
	}
	return out, rows.Err()
}

// Actor returns one actor by id with its events by type and its counterparts.
func (s *Store) Actor(ctx context.Context, id string) (ActorDetail, error) {
	var d ActorDetail
	err := s.db.QueryRowContext(ctx, s.rebind(`SELECT actor_id, min(name), min(country), count(DISTINCT event_id)
    FROM event_actors WHERE actor_id = ? GROUP BY actor_id`), id).Scan(&d.ID, &d.Name, &d.Country, &d.Events)
	if errors.Is(err, sql.ErrNoRows) {
		return ActorDetail{}, fmt.Errorf("actor %s: %w", id, ErrNotFound)
	}
	if err != nil {
		return ActorDetail{}, fmt.Errorf("read actor %s: %w", id, err)
	}
	d.ByType = map[string]int{}
	rows, err := s.db.QueryContext(ctx, s.rebind(`SELECT e.type, count(*)
    FROM event_actors x JOIN events e ON e.id = x.event_id
    WHERE x.actor_id = ?
    GROUP BY e.type`), id)
	if err != nil {
		return ActorDetail{}, fmt.Errorf("count events of actor %s: %w", id, err)
	}
	for rows.Next() {
		var t string
		var n int
		if err := rows.Scan(&t, &n); err != nil {
			rows.Close()
			return ActorDetail{}, fmt.Errorf("count events of actor %s: %w", id, err)
		}
		d.ByType[t] = n
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return ActorDetail{}, fmt.Errorf("count events of actor %s: %w", id, err)
	}

	rows, err = s.db.QueryContext(ctx, s.rebind(`SELECT o.actor_id, min(o.name), min(o.country), e.type, count(*)
    FROM event_actors x
    JOIN event_actors o ON o.event_id = x.event_id AND o.actor_id <> x.actor_id
    JOIN events e ON e.id = x.event_id
    WHERE x.actor_id = ?
    GROUP BY o.actor_id, e.type`), id)
	if err != nil {
		return ActorDetail{}, fmt.Errorf("read counterparts of actor %s: %w", id, err)
	}
	defer rows.Close()
	index := map[string]int{}
	for rows.Next() {
		var c Actor
		var t string
		var n int
		if err := rows.Scan(&c.ID, &c.Name, &c.Country, &t, &n); err != nil {
			return ActorDetail{}, fmt.Errorf("read counterparts of actor %s: %w", id, err)
		}
		i, ok := index[c.ID]
		if !ok {
			i = len(d.Counterparts)
			index[c.ID] = i
			d.Counterparts = append(d.Counterparts, Counterpart{Actor: c, ByType: map[string]int{}})
		}
		d.Counterparts[i].ByType[t] += n
		d.Counterparts[i].Events += n
	}
	if err := rows.Err(); err != nil {
		return ActorDetail{}, fmt.Errorf("read counterparts of actor %s: %w", id, err)
	}
	sortCounterparts(d.Counterparts)
	if d.Counterparts == nil {
		d.Counterparts = []Counterpart{}
	}
	return d, nil
}
