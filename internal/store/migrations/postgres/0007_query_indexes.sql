-- Query speed on large stores.
-- event_parties: for each event, each of its party countries and each pair
-- of them ("JPN", "USA", "JPN USA": codes in byte order joined by a space),
-- with the event's type and date sort key, so a country or pair filter (and
-- a type with it) reads just its events in date order through an index
-- instead of testing every event.
CREATE TABLE event_parties (
    event_id  TEXT NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    parties   TEXT NOT NULL,
    type      TEXT NOT NULL,
    date_sort TEXT NOT NULL,
    PRIMARY KEY (event_id, parties)
);
CREATE INDEX event_parties_order ON event_parties (parties, date_sort, event_id);
CREATE INDEX event_parties_type ON event_parties (parties, type, date_sort, event_id);
INSERT INTO event_parties (event_id, parties, type, date_sort)
    SELECT DISTINCT x.event_id, x.country, e.type, e.date_sort
    FROM event_actors x JOIN events e ON e.id = x.event_id
    WHERE x.country <> '';
INSERT INTO event_parties (event_id, parties, type, date_sort)
    SELECT DISTINCT x.event_id, x.country || ' ' || y.country, e.type, e.date_sort
    FROM event_actors x
    JOIN event_actors y ON y.event_id = x.event_id AND x.country COLLATE "C" < y.country COLLATE "C"
    JOIN events e ON e.id = x.event_id
    WHERE x.country <> '';

-- The last day of an event, indexed, for the --from filter and the store's
-- last date.
CREATE INDEX events_date_last ON events ((coalesce(date_end, date_start)));

-- actor_counts: each actor with its number of events, kept by the rebuild
-- for the actors that changed, so listing actors reads a small table.
CREATE TABLE actor_counts (
    actor_id TEXT PRIMARY KEY,
    name     TEXT NOT NULL,
    country  TEXT NOT NULL,
    events   INTEGER NOT NULL
);
CREATE INDEX actor_counts_order ON actor_counts (events DESC, actor_id);
INSERT INTO actor_counts (actor_id, name, country, events)
    SELECT actor_id, min(name), min(country), count(DISTINCT event_id)
    FROM event_actors GROUP BY actor_id;
