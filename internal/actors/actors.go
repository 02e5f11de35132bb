// Package actors knows who and where the actors of political news are and
// finds them in article text.
//
// It takes an article body and a reference date (the publication date) and
// gives its mentions: people with their titles and countries, countries
// named by name, adjective or demonym, capitals and seats of government
// standing for their governments, international organisations, institutions
// of a state and places — each with byte offsets into the body. Its knowledge
// is tab-separated data files embedded in the binary (data/*.tsv,
// data/people/*.tsv) that a user can extend with files of the same formats
// (Catalog.LoadFile); docs/actors.md describes them.
package actors

import (
	"strings"
	"sync"
	"time"
)

// Kind is what a mention names.
type Kind string

const (
	Person       Kind = "person"
	Country      Kind = "country"
	Place        Kind = "place"
	Organisation Kind = "organisation"
)

// Mention is one actor or place named in a body. Mentions returned together
// never overlap and are sorted by Start.
type Mention struct {
	Text  string `json:"text"`
	Start int    `json:"start"` // byte offsets into the body
	End   int    `json:"end"`
	Kind  Kind   `json:"kind"`
	// Name is canonical ("Antony Blinken", "Japan", "Tokyo", "United
	// Nations"); "" for a title whose holder is not known ("Japan's foreign
	// minister" when no table says who held the office on the date).
	Name string `json:"name"`
	// Country is ISO 3166-1 alpha-3, "" when none (the UN, a sea).
	Country string `json:"country"`
	Title   string `json:"title,omitempty"`  // office as written or resolved
	Sector  string `json:"sector,omitempty"` // GOV, MIL, IGO, ...
	// Metonym marks a capital or seat of government standing for the
	// government ("Pyongyang warned", "the Kremlin said").
	Metonym bool `json:"metonym,omitempty"`
	// Group marks a group of countries named as such ("the Group of
	// Seven"): the setting of an event, not a party to it.
	Group bool `json:"group,omitempty"`
	// Adjective marks a country named by its adjective or demonym as the
	// modifier of a following lower-case noun that is not an actor
	// ("Russian aggression", "Japanese cars", "Chinese-made drones"): a
	// description, not a party. A noun that makes the phrase an actor
	// ("Japanese officials", "Chinese warships", "the Russian side") leaves
	// it unmarked, and so does a demonym used as a noun ("the Japanese
	// said", "Americans").
	Adjective bool `json:"adjective,omitempty"`
	// Ref is, for a short later mention ("Blinken", "the secretary"), the
	// index in the same slice of the full mention it refers to; else -1.
	Ref int `json:"ref"`
	// Dual is, for a dual national named by two demonyms ("a
	// British-Iranian aid worker"), the country of the first; Country is
	// that of the second. Which of the two is the person's side depends on
	// the act (the coder's choice): the one that is not the other side.
	Dual string `json:"dual,omitempty"`
	// Guessed marks a Title the text does not write: the tables' first
	// office of a person who held several, named on a page with no
	// reference date. It shows the person; it tells nothing of when the
	// page was written.
	Guessed bool `json:"-"`
}

// CountryInfo is what the catalog knows of one country.
type CountryInfo struct {
	Code       string   // ISO 3166-1 alpha-3
	Name       string   // usual English name
	Aliases    []string // other names: "U.S.", "America"
	Adjectives []string // adjectives and demonyms: "American", "Americans"
}

// Holding is one person holding one office for a time.
type Holding struct {
	Name    string
	Aliases []string
	Country string
	Sector  string
	Office  string
	From    time.Time
	To      time.Time // zero while in office
}

// During reports whether the office was held on day t.
func (h Holding) During(t time.Time) bool {
	if t.Before(h.From) {
		return false
	}
	return h.To.IsZero() || !t.After(h.To)
}

type place struct {
	name    string
	aliases []string
	country string
	kind    string // capital, seat, city, venue, region
	sector  string
}

type organisation struct {
	name    string
	aliases []string
	country string
	sector  string
	group   bool
}

type title struct {
	form    string // lower case as written: "secretary of state"
	office  string // as shown: "Secretary of State"
	class   string // the same job across countries: "foreign"
	sector  string
	country string // the title's country when the text names none
}

type institution struct {
	form    string
	name    string
	sector  string
	country string
}

// person is one individual: every row of the people tables under one name.
type person struct {
	name     string
	country  string
	holdings []int // indexes into Catalog.holdings
}

// Catalog is the actor knowledge: countries, people with offices and dates,
// places, organisations, titles and institutions. Load files before calling
// Mentions; after that a Catalog is safe for concurrent use.
type Catalog struct {
	countries    []CountryInfo
	countryIndex map[string]int
	holdings     []Holding
	people       []person
	// personIndex maps a name to the people bearing it: two people of one
	// name in different countries are two people (Australia's Admiral David
	// Johnston is not Canada's Governor General).
	personIndex map[string][]int
	places      []place
	orgs        []organisation
	titles      []title
	insts       []institution
	where       map[whereKey]Coordinates // the gazetteer

	mu  sync.Mutex
	idx *index // built on first use after a change
}

// Country returns what the catalog knows of the country with ISO alpha-3
// code.
func (c *Catalog) Country(code string) (CountryInfo, bool) {
	i, ok := c.countryIndex[code]
	if !ok {
		return CountryInfo{}, false
	}
	return c.countries[i], true
}

// Holders returns the holdings of people of country whose office is the
// same job as office ("foreign minister" finds "Secretary of State" for the
// USA) on day t.
func (c *Catalog) Holders(country, office string, t time.Time) []Holding {
	ix := c.index()
	class := ix.classOf(office)
	if class == "" {
		return nil
	}
	var out []Holding
	for _, i := range ix.holdingsOf[country] {
		if h := c.holdings[i]; ix.holdingClass[i] == class && h.During(t) && sameRemit(office, h.Office) {
			out = append(out, h)
		}
	}
	return out
}

// sameRemit reports whether two offices of one class have the same "to"
// part: an ambassador is not the "Ambassador to the United States" unless
// the text says to where.
func sameRemit(a, b string) bool {
	remit := func(o string) string {
		_, r, ok := strings.Cut(foldPhrase(o), " to ")
		if !ok {
			return ""
		}
		return strings.TrimPrefix(r, "the ")
	}
	return remit(a) == remit(b)
}

// Offices returns every holding of the people with this name, in table
// order.
func (c *Catalog) Offices(name string) []Holding {
	var out []Holding
	for _, i := range c.personIndex[name] {
		for _, h := range c.people[i].holdings {
			out = append(out, c.holdings[h])
		}
	}
	return out
}

// personOf returns the person of this name, preferring the one of country
// when several bear it.
func (c *Catalog) personOf(name, country string) (int, bool) {
	ps := c.personIndex[name]
	if len(ps) == 0 {
		return 0, false
	}
	for _, p := range ps {
		if c.people[p].country == country {
			return p, true
		}
	}
	return ps[0], true
}

// officeClass gives the class of an office written in any of its forms.
func (c *Catalog) officeClass(office string) string {
	return c.index().classOf(office)
}
