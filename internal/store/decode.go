package store

import (
	"github.com/segmentio/encoding/json"

	"storyline/internal/event"
)

// decodeEvent decodes a stored record (the JSON of an event.Event) into e
// exactly as encoding/json's Unmarshal does into a zero event, about twice
// as fast: a rebuild decodes every report of every unit it merges again,
// and with encoding/json that was most of reading them. segmentio's
// decoder keeps encoding/json's rules (TestDecodeEventMatchesJSON and
// FuzzDecodeEvent compare the two, errors included).
func decodeEvent(record string, e *event.Event) error {
	return json.Unmarshal([]byte(record), e)
}
