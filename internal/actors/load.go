package actors

import (
	"bufio"
	"embed"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"maps"
	"os"
	"path"
	"slices"
	"strings"
	"sync"
	"time"
)

// The whole data tree is embedded, so the people tables written apart
// (data/people/*.tsv) are picked up by a glob and may be absent.
//
//go:embed data
var dataFS embed.FS

// The formats, told apart by their header line.
var headers = map[string]func(*Catalog, []string) error{
	"name\taliases\tcountry\tsector\toffice\tfrom\tto": (*Catalog).addHolding,
	"code\tname\taliases\tadjectives":                  (*Catalog).addCountry,
	"name\taliases\tcountry\tkind\tsector":             (*Catalog).addPlace,
	"name\taliases\tcountry\tsector\tgroup":            (*Catalog).addOrganisation,
	"form\toffice\tclass\tsector\tcountry":             (*Catalog).addTitle,
	"form\tname\tsector\tcountry":                      (*Catalog).addInstitution,
	"geonames_id\tname\tcountry\tlat\tlon":             (*Catalog).addWhere,
}

var embedded = sync.OnceValue(func() *Catalog {
	c := newCatalog()
	files, _ := fs.Glob(dataFS, "data/*.tsv")
	people, _ := fs.Glob(dataFS, "data/people/*.tsv")
	for _, name := range append(files, people...) {
		f, err := dataFS.Open(name)
		if err != nil {
			slog.Error("open embedded actor table", "file", name, "err", err)
			continue
		}
		// A bad line in a shipped table is logged and skipped: the rest of
		// the knowledge is still worth having.
		for _, err := range c.load(name, f, true) {
			slog.Warn("skip line of embedded actor table", "err", err)
		}
		f.Close()
	}
	c.idx = buildIndex(c)
	return c
})

// Default returns a catalog holding the embedded tables. Each call gives a
// catalog of its own, so LoadFile on one does not change another.
func Default() *Catalog {
	return embedded().clone()
}

func newCatalog() *Catalog {
	return &Catalog{countryIndex: map[string]int{}, personIndex: map[string][]int{}}
}

func (c *Catalog) clone() *Catalog {
	d := &Catalog{
		countries: slices.Clone(c.countries),
		holdings:  slices.Clone(c.holdings),
		people:    slices.Clone(c.people),
		places:    slices.Clone(c.places),
		orgs:      slices.Clone(c.orgs),
		titles:    slices.Clone(c.titles),
		insts:     slices.Clone(c.insts),
		// The index is never changed once built, so a copy may share it
		// until a load rebuilds its own.
		idx: c.idx,
	}
	for i := range d.people {
		d.people[i].holdings = slices.Clone(d.people[i].holdings)
	}
	d.countryIndex = maps.Clone(c.countryIndex)
	d.where = maps.Clone(c.where)
	// Deep copies: a load appends to these slices, and two catalogs must
	// never append into one backing array.
	d.personIndex = make(map[string][]int, len(c.personIndex))
	for k, v := range c.personIndex {
		d.personIndex[k] = slices.Clone(v)
	}
	return d
}

// LoadFile adds a user's table to the catalog: people, countries, places,
// organisations, titles or institutions, in the same format as the embedded
// files (told apart by the header line). A bad line is an error naming the
// file and the line; nothing of a file with an error is kept.
func (c *Catalog) LoadFile(name string) error {
	f, err := os.Open(name)
	if err != nil {
		return fmt.Errorf("load actor table: %w", err)
	}
	defer f.Close()
	trial := c.clone()
	if errs := trial.load(name, f, false); len(errs) > 0 {
		return errs[0]
	}
	trial.idx = buildIndex(trial)
	c.mu.Lock()
	defer c.mu.Unlock()
	c.countries, c.countryIndex = trial.countries, trial.countryIndex
	c.holdings, c.people, c.personIndex = trial.holdings, trial.people, trial.personIndex
	c.places, c.orgs, c.titles, c.insts = trial.places, trial.orgs, trial.titles, trial.insts
	c.where = trial.where
	c.idx = trial.idx
	return nil
}

// load reads one table. With keepGoing it returns every bad line; without,
// it stops at the first.
func (c *Catalog) load(name string, r io.Reader, keepGoing bool) []error {
	var errs []error
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 1024*1024)
	var add func(*Catalog, []string) error
	var width int
	line := 0
	for sc.Scan() {
		line++
		text := strings.TrimRight(sc.Text(), "\r")
		if line == 1 {
			text = strings.TrimPrefix(text, "\uFEFF")
		}
		if strings.TrimSpace(text) == "" || strings.HasPrefix(text, "#") {
			continue
		}
		if add == nil {
			header := strings.TrimRight(text, "\t ")
			var ok bool
			if add, ok = headers[header]; !ok {
				return append(errs, fmt.Errorf("%s:%d: unknown header %q (see docs/actors.md for the formats)", name, line, header))
			}
			width = strings.Count(header, "\t") + 1
			continue
		}
		fields := strings.Split(text, "\t")
		if len(fields) > width {
			errs = append(errs, fmt.Errorf("%s:%d: %d fields, want %d", name, line, len(fields), width))
		} else {
			for len(fields) < width {
				fields = append(fields, "") // trailing empty fields may be trimmed by editors
			}
			for i := range fields {
				fields[i] = strings.TrimSpace(fields[i])
			}
			if err := add(c, fields); err != nil {
				errs = append(errs, fmt.Errorf("%s:%d: %w", name, line, err))
			}
		}
		if len(errs) > 0 && !keepGoing {
			return errs
		}
	}
	if err := sc.Err(); err != nil {
		errs = append(errs, fmt.Errorf("read %s: %w", name, err))
	}
	if add == nil && len(errs) == 0 && !keepGoing {
		errs = append(errs, fmt.Errorf("%s: no header line", name))
	}
	return errs
}

func splitList(s string) []string {
	var out []string
	for part := range strings.SplitSeq(s, ";") {
		if part = strings.TrimSpace(part); part != "" {
			out = append(out, part)
		}
	}
	return out
}

func validCode(code string) bool {
	if len(code) != 3 {
		return false
	}
	for _, r := range code {
		if r < 'A' || r > 'Z' {
			return false
		}
	}
	return true
}

func parseDay(field, s string) (time.Time, error) {
	if s == "" {
		return time.Time{}, nil
	}
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		return time.Time{}, fmt.Errorf("%s %q is not a YYYY-MM-DD date", field, s)
	}
	return t, nil
}

func (c *Catalog) addHolding(f []string) error {
	h := Holding{Name: f[0], Aliases: splitList(f[1]), Country: f[2], Sector: f[3], Office: f[4]}
	switch {
	case h.Name == "":
		return fmt.Errorf("empty name")
	case h.Country != "" && !validCode(h.Country):
		return fmt.Errorf("country %q is not an ISO alpha-3 code", h.Country)
	case h.Office == "":
		return fmt.Errorf("empty office for %s", h.Name)
	}
	if h.Sector == "" {
		h.Sector = "GOV"
	}
	var err error
	if h.From, err = parseDay("from", f[5]); err != nil {
		return err
	}
	if h.To, err = parseDay("to", f[6]); err != nil {
		return err
	}
	if !h.To.IsZero() && h.To.Before(h.From) {
		return fmt.Errorf("to %s is before from %s", f[6], f[5])
	}
	c.holdings = append(c.holdings, h)
	p := -1
	for _, q := range c.personIndex[h.Name] {
		// One name and one country is one person; an international
		// office (no country) belongs to the one national of that name
		// ("Donald Tusk" of Poland and of the European Council).
		if qc := c.people[q].country; qc == h.Country || qc == "" || h.Country == "" {
			p = q
			break
		}
	}
	if p < 0 {
		p = len(c.people)
		c.people = append(c.people, person{name: h.Name, country: h.Country})
		c.personIndex[h.Name] = append(c.personIndex[h.Name], p)
	}
	if c.people[p].country == "" {
		c.people[p].country = h.Country
	}
	c.people[p].holdings = append(c.people[p].holdings, len(c.holdings)-1)
	return nil
}

func (c *Catalog) addCountry(f []string) error {
	ci := CountryInfo{Code: f[0], Name: f[1], Aliases: splitList(f[2]), Adjectives: splitList(f[3])}
	if !validCode(ci.Code) {
		return fmt.Errorf("code %q is not an ISO alpha-3 code", ci.Code)
	}
	if ci.Name == "" {
		return fmt.Errorf("empty name for %s", ci.Code)
	}
	if i, ok := c.countryIndex[ci.Code]; ok {
		// A user's row for a known country adds forms to it.
		old := &c.countries[i]
		old.Aliases = append(old.Aliases, ci.Name)
		old.Aliases = append(old.Aliases, ci.Aliases...)
		old.Adjectives = append(old.Adjectives, ci.Adjectives...)
		return nil
	}
	c.countryIndex[ci.Code] = len(c.countries)
	c.countries = append(c.countries, ci)
	return nil
}

var placeKinds = []string{"capital", "seat", "city", "venue", "region"}

func (c *Catalog) addPlace(f []string) error {
	p := place{name: f[0], aliases: splitList(f[1]), country: f[2], kind: f[3], sector: f[4]}
	switch {
	case p.name == "":
		return fmt.Errorf("empty name")
	case p.country != "" && !validCode(p.country):
		return fmt.Errorf("country %q is not an ISO alpha-3 code", p.country)
	case !slices.Contains(placeKinds, p.kind):
		return fmt.Errorf("kind %q is not one of %s", p.kind, strings.Join(placeKinds, ", "))
	}
	c.places = append(c.places, p)
	return nil
}

func (c *Catalog) addOrganisation(f []string) error {
	o := organisation{name: f[0], aliases: splitList(f[1]), country: f[2], sector: f[3]}
	switch {
	case o.name == "":
		return fmt.Errorf("empty name")
	case o.country != "" && !validCode(o.country):
		return fmt.Errorf("country %q is not an ISO alpha-3 code", o.country)
	}
	switch f[4] {
	case "yes":
		o.group = true
	case "no", "":
	default:
		return fmt.Errorf("group %q is not yes or no", f[4])
	}
	if o.sector == "" {
		o.sector = "IGO"
	}
	c.orgs = append(c.orgs, o)
	return nil
}

func (c *Catalog) addTitle(f []string) error {
	t := title{form: f[0], office: f[1], class: f[2], sector: f[3], country: f[4]}
	switch {
	case f[0] == "":
		return fmt.Errorf("empty form")
	case t.class == "":
		return fmt.Errorf("empty class for %q", f[0])
	case t.country != "" && !validCode(t.country):
		return fmt.Errorf("country %q is not an ISO alpha-3 code", t.country)
	}
	c.titles = append(c.titles, t)
	return nil
}

func (c *Catalog) addInstitution(f []string) error {
	in := institution{form: f[0], name: f[1], sector: f[2], country: f[3]}
	switch {
	case f[0] == "" || in.name == "":
		return fmt.Errorf("empty form or name")
	case in.country != "" && !validCode(in.country):
		return fmt.Errorf("country %q is not an ISO alpha-3 code", in.country)
	}
	c.insts = append(c.insts, in)
	return nil
}

// tableNames lists the embedded tables, for docs and tests.
func tableNames() []string {
	files, _ := fs.Glob(dataFS, "data/*.tsv")
	people, _ := fs.Glob(dataFS, "data/people/*.tsv")
	out := append(files, people...)
	for i := range out {
		out[i] = path.Base(out[i])
	}
	return out
}
