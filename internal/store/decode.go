package store

import (
	"encoding/json"
	"strconv"
	"unicode/utf8"

	"storyline/internal/event"
)

// decodeEvent decodes a stored record (the JSON of an event.Event) into e,
// as json.Unmarshal does into a zero event, several times faster: a
// rebuild decodes every report of every unit it merges again, and with
// encoding/json that was most of reading them. It reads the records the
// store writes (json.Marshal of an event: the contract's field names,
// valid UTF-8); anything else — an unknown or repeated field, a value of
// an unexpected kind, a surrogate escape, invalid UTF-8, bad syntax —
// is left to json.Unmarshal, so the result is always json.Unmarshal's
// (TestDecodeEventMatchesJSON, FuzzDecodeEvent).
func decodeEvent(record string, e *event.Event) error {
	d := decoder{s: record}
	if d.event(e) && d.end() {
		return nil
	}
	*e = event.Event{}
	return json.Unmarshal([]byte(record), e)
}

type decoder struct {
	s   string
	i   int
	buf []byte
}

func (d *decoder) space() {
	for d.i < len(d.s) {
		switch d.s[d.i] {
		case ' ', '\t', '\n', '\r':
			d.i++
		default:
			return
		}
	}
}

func (d *decoder) end() bool {
	d.space()
	return d.i == len(d.s)
}

// byte consumes c (after white space).
func (d *decoder) byte(c byte) bool {
	d.space()
	if d.i < len(d.s) && d.s[d.i] == c {
		d.i++
		return true
	}
	return false
}

// null consumes a null literal, if one comes next.
func (d *decoder) null() bool {
	d.space()
	if len(d.s)-d.i >= 4 && d.s[d.i:d.i+4] == "null" {
		d.i += 4
		return true
	}
	return false
}

// object reads the members of an object, calling field with each key
// (the value follows); it fails on a repeated key (seen holds up to 64
// keys by the index field gives; field returns -1 for an unknown key).
func (d *decoder) object(field func(key string) int) bool {
	if !d.byte('{') {
		return false
	}
	if d.byte('}') {
		return true
	}
	var seen uint64
	for {
		key, ok := d.str()
		if !ok || !d.byte(':') {
			return false
		}
		n := field(key)
		if n < 0 || n >= 64 || seen&(1<<n) != 0 {
			return false
		}
		seen |= 1 << n
		if d.byte(',') {
			continue
		}
		return d.byte('}')
	}
}

// array reads the elements of an array, calling elem for each.
func (d *decoder) array(elem func() bool) bool {
	if !d.byte('[') {
		return false
	}
	if d.byte(']') {
		return true
	}
	for {
		if !elem() {
			return false
		}
		if d.byte(',') {
			continue
		}
		return d.byte(']')
	}
}

// str reads a string; escapes other than surrogates are decoded, and
// anything json.Unmarshal would read otherwise (invalid UTF-8, control
// characters) fails.
func (d *decoder) str() (string, bool) {
	if !d.byte('"') {
		return "", false
	}
	start := d.i
	for d.i < len(d.s) {
		c := d.s[d.i]
		switch {
		case c == '"':
			s := d.s[start:d.i]
			d.i++
			if !utf8.ValidString(s) {
				return "", false
			}
			return s, true
		case c == '\\':
			return d.escaped(start)
		case c < 0x20:
			return "", false
		}
		d.i++
	}
	return "", false
}

// escaped finishes a string that holds an escape, from its start.
func (d *decoder) escaped(start int) (string, bool) {
	b := append(d.buf[:0], d.s[start:d.i]...)
	for d.i < len(d.s) {
		c := d.s[d.i]
		switch {
		case c == '"':
			d.i++
			d.buf = b
			if !utf8.Valid(b) {
				return "", false
			}
			return string(b), true
		case c < 0x20:
			return "", false
		case c != '\\':
			b = append(b, c)
			d.i++
			continue
		}
		if d.i+1 >= len(d.s) {
			return "", false
		}
		switch e := d.s[d.i+1]; e {
		case '"', '\\', '/':
			b = append(b, e)
		case 'b':
			b = append(b, '\b')
		case 'f':
			b = append(b, '\f')
		case 'n':
			b = append(b, '\n')
		case 'r':
			b = append(b, '\r')
		case 't':
			b = append(b, '\t')
		case 'u':
			if d.i+6 > len(d.s) {
				return "", false
			}
			r, err := strconv.ParseUint(d.s[d.i+2:d.i+6], 16, 32)
			if err != nil || (r >= 0xD800 && r < 0xE000) {
				return "", false // a surrogate: json.Unmarshal pairs them
			}
			b = utf8.AppendRune(b, rune(r))
			d.i += 6
			continue
		default:
			return "", false
		}
		d.i += 2
	}
	return "", false
}

// strField reads a string into *dst; null leaves it as it is.
func (d *decoder) strField(dst *string) bool {
	if d.null() {
		return true
	}
	s, ok := d.str()
	*dst = s
	return ok
}

// strPtr reads a string or null into *dst.
func (d *decoder) strPtr(dst **string) bool {
	if d.null() {
		*dst = nil
		return true
	}
	s, ok := d.str()
	if !ok {
		return false
	}
	*dst = &s
	return true
}

// number returns the literal of a number.
func (d *decoder) number() (string, bool) {
	d.space()
	start := d.i
	for d.i < len(d.s) {
		switch c := d.s[d.i]; {
		case c >= '0' && c <= '9', c == '-', c == '+', c == '.', c == 'e', c == 'E':
			d.i++
			continue
		}
		break
	}
	return d.s[start:d.i], d.i > start
}

func (d *decoder) float(dst *float64) bool {
	if d.null() {
		return true
	}
	lit, ok := d.number()
	if !ok || !validNumber(lit) {
		return false
	}
	f, err := strconv.ParseFloat(lit, 64)
	*dst = f
	return err == nil
}

func (d *decoder) floatPtr(dst **float64) bool {
	if d.null() {
		*dst = nil
		return true
	}
	var f float64
	if !d.float(&f) {
		return false
	}
	*dst = &f
	return true
}

func (d *decoder) int64(dst *int64) bool {
	if d.null() {
		return true
	}
	lit, ok := d.number()
	if !ok || !validNumber(lit) {
		return false
	}
	n, err := strconv.ParseInt(lit, 10, 64)
	*dst = n
	return err == nil
}

func (d *decoder) int(dst *int) bool {
	var n int64
	if d.null() {
		return true
	}
	if !d.int64(&n) {
		return false
	}
	*dst = int(n)
	return true
}

// validNumber says whether lit is a JSON number (strconv takes more: "+1",
// "1_000", "0x10", "inf").
func validNumber(lit string) bool {
	i := 0
	if i < len(lit) && lit[i] == '-' {
		i++
	}
	digits := func() int {
		n := 0
		for i < len(lit) && lit[i] >= '0' && lit[i] <= '9' {
			i++
			n++
		}
		return n
	}
	if i < len(lit) && lit[i] == '0' {
		i++
	} else if digits() == 0 {
		return false
	}
	if i < len(lit) && lit[i] == '.' {
		i++
		if digits() == 0 {
			return false
		}
	}
	if i < len(lit) && (lit[i] == 'e' || lit[i] == 'E') {
		i++
		if i < len(lit) && (lit[i] == '+' || lit[i] == '-') {
			i++
		}
		if digits() == 0 {
			return false
		}
	}
	return i == len(lit)
}

func (d *decoder) bool(dst *bool) bool {
	d.space()
	switch {
	case d.null():
		return true
	case len(d.s)-d.i >= 4 && d.s[d.i:d.i+4] == "true":
		d.i += 4
		*dst = true
		return true
	case len(d.s)-d.i >= 5 && d.s[d.i:d.i+5] == "false":
		d.i += 5
		*dst = false
		return true
	}
	return false
}

func (d *decoder) event(e *event.Event) bool {
	return d.object(func(key string) int {
		switch key {
		case "id":
			return b(d.strField(&e.ID), 0)
		case "type":
			return b(d.strField(&e.Type), 1)
		case "mode":
			return b(d.strField(&e.Mode), 2)
		case "status":
			return b(d.strField((*string)(&e.Status)), 3)
		case "date":
			if d.null() {
				e.Date = nil
				return 4
			}
			e.Date = &event.Date{}
			return b(d.date(e.Date), 4)
		case "location":
			if d.null() {
				e.Location = nil
				return 5
			}
			e.Location = &event.Location{}
			return b(d.location(e.Location), 5)
		case "actors":
			if d.null() {
				e.Actors = nil
				return 6
			}
			e.Actors = make([]event.Actor, 0, 2)
			return b(d.array(func() bool {
				e.Actors = append(e.Actors, event.Actor{})
				return d.actor(&e.Actors[len(e.Actors)-1])
			}), 6)
		case "topics":
			if d.null() {
				e.Topics = nil
				return 7
			}
			e.Topics = []string{}
			return b(d.array(func() bool {
				var s string
				if !d.strField(&s) {
					return false
				}
				e.Topics = append(e.Topics, s)
				return true
			}), 7)
		case "evidence":
			if d.null() {
				e.Evidence = nil
				return 8
			}
			e.Evidence = make([]event.Evidence, 0, 1)
			return b(d.array(func() bool {
				e.Evidence = append(e.Evidence, event.Evidence{})
				return d.evidence(&e.Evidence[len(e.Evidence)-1])
			}), 8)
		case "confidence":
			return b(d.float(&e.Confidence), 9)
		case "sources":
			return b(d.int(&e.Sources), 10)
		}
		return -1
	})
}

// b gives n when ok, else -1 (which stops the object).
func b(ok bool, n int) int {
	if ok {
		return n
	}
	return -1
}

func (d *decoder) date(t *event.Date) bool {
	return d.object(func(key string) int {
		switch key {
		case "start":
			return b(d.strField(&t.Start), 0)
		case "end":
			return b(d.strField(&t.End), 1)
		case "grain":
			return b(d.strField((*string)(&t.Grain)), 2)
		case "basis":
			return b(d.strField((*string)(&t.Basis)), 3)
		case "reference":
			return b(d.strField((*string)(&t.Reference)), 4)
		}
		return -1
	})
}

func (d *decoder) location(l *event.Location) bool {
	return d.object(func(key string) int {
		switch key {
		case "name":
			return b(d.strField(&l.Name), 0)
		case "country":
			return b(d.strPtr(&l.Country), 1)
		case "lat":
			return b(d.floatPtr(&l.Lat), 2)
		case "lon":
			return b(d.floatPtr(&l.Lon), 3)
		case "geonames_id":
			if d.null() {
				l.GeoNamesID = nil
				return 4
			}
			var n int64
			if !d.int64(&n) {
				return -1
			}
			l.GeoNamesID = &n
			return 4
		}
		return -1
	})
}

func (d *decoder) actor(a *event.Actor) bool {
	if d.null() {
		return true
	}
	return d.object(func(key string) int {
		switch key {
		case "name":
			return b(d.strField(&a.Name), 0)
		case "title":
			return b(d.strPtr(&a.Title), 1)
		case "country":
			return b(d.strPtr(&a.Country), 2)
		case "role":
			return b(d.strField((*string)(&a.Role)), 3)
		case "sector":
			return b(d.strField(&a.Sector), 4)
		}
		return -1
	})
}

func (d *decoder) evidence(x *event.Evidence) bool {
	if d.null() {
		return true
	}
	return d.object(func(key string) int {
		switch key {
		case "source":
			return b(d.strField(&x.Source), 0)
		case "text":
			return b(d.strField(&x.Text), 1)
		case "start":
			return b(d.int(&x.Start), 2)
		case "end":
			return b(d.int(&x.End), 3)
		case "article_id":
			return b(d.strField(&x.ArticleID), 4)
		case "uri":
			return b(d.strField(&x.URI), 5)
		case "published":
			return b(d.strField(&x.Published), 6)
		case "status":
			return b(d.strField((*string)(&x.Status)), 7)
		case "headline":
			return b(d.bool(&x.Headline), 8)
		}
		return -1
	})
}
