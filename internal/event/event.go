// Package event defines the record every stage after the coder passes on: one
// political event with its parties, date, place and the sentences behind it.
//
// The JSON field names are the output contract (docs/CONTRACT.md); other
// people's scripts read them, so they are never renamed.
package event

import "slices"

// Status says whether an event has happened.
type Status string

const (
	Planned   Status = "planned"
	Occurred  Status = "occurred"
	Cancelled Status = "cancelled"
	Unknown   Status = "unknown"
)

// Grain is how precisely a date is known.
type Grain string

const (
	GrainDay   Grain = "day"
	GrainWeek  Grain = "week"
	GrainMonth Grain = "month"
	GrainYear  Grain = "year"
	GrainRange Grain = "range"
)

// Basis says where a date came from.
type Basis string

const (
	BasisExplicit    Basis = "explicit"    // the text names the date
	BasisRelative    Basis = "relative"    // resolved against the publication date
	BasisPublication Basis = "publication" // nothing better: the publication date
)

// Role is an actor's part in an event.
type Role string

const (
	RoleSource      Role = "source"
	RoleTarget      Role = "target"
	RoleParticipant Role = "participant"
)

// Date is the day or range the event itself takes place. Start and End are
// YYYY-MM-DD, inclusive.
type Date struct {
	Start string `json:"start"`
	End   string `json:"end"`
	Grain Grain  `json:"grain"`
	Basis Basis  `json:"basis"`
	// Reference says where the day a relative date was read against, or the
	// publication date standing in for the event's, was found (the
	// Reference* values); empty for a date the text writes in full. An
	// addition to the contract.
	Reference Reference `json:"reference,omitempty"`
}

// Reference says how the day a date rests on was found.
type Reference string

const (
	RefPublished Reference = "published" // the page's publication date, as its data or text give it
	RefAddress   Reference = "address"   // a date in the page's address
	RefCaption   Reference = "caption"   // the page date: the latest full date beside the article (a photo caption's), or the page's own date around it
	RefText      Reference = "text"      // the latest full date the body writes, on a page with no date
	RefTenure    Reference = "tenure"    // a day the text writes without its year, in the years its office holders served together
	RefDateline  Reference = "dateline"  // the dateline's month and day, in a year its office holders served
	RefCapture   Reference = "capture"   // the day the page was captured (a WARC record's date)
)

// Location is where the event takes place. Country is ISO 3166-1 alpha-3.
type Location struct {
	Name    string  `json:"name"`
	Country *string `json:"country"`
	// Lat, Lon (WGS84 degrees) and GeoNamesID are additions to the
	// contract, absent when the place tables do not say where the place
	// lies; a country alone has coordinates (its middle) but no GeoNamesID.
	Lat        *float64 `json:"lat,omitempty"`
	Lon        *float64 `json:"lon,omitempty"`
	GeoNamesID *int64   `json:"geonames_id,omitempty"`
}

// Actor is one party to the event. Country is nil for actors that belong to
// no country (the UN, NATO).
type Actor struct {
	Name    string  `json:"name"`
	Title   *string `json:"title"`
	Country *string `json:"country"`
	Role    Role    `json:"role"`
	// Sector (GOV, MIL, ...) is an addition to the contract.
	Sector string `json:"sector,omitempty"`
	// Basis says how the actor was found when its sentence does not name
	// it (ActorBasisPage); empty when the evidence names it. An addition
	// to the contract.
	Basis ActorBasis `json:"basis,omitempty"`
}

// ActorBasis says where an actor the evidence does not name came from.
type ActorBasis string

// ActorBasisPage: the sentence leaves this side unnamed and the page names
// it, as the country it pairs with the other side (coder, sides10.go).
const ActorBasisPage ActorBasis = "page"

// Evidence is one report of the event: the sentence it was coded from, with
// byte offsets into the article body as extract prints it.
type Evidence struct {
	Source string `json:"source"`
	Text   string `json:"text"`
	Start  int    `json:"start"`
	End    int    `json:"end"`
	// Additions to the contract, for the store and the web UI.
	ArticleID string `json:"article_id,omitempty"`
	URI       string `json:"uri,omitempty"`
	Published string `json:"published,omitempty"`
	Status    Status `json:"status,omitempty"`
	// Headline marks evidence read from the article's title, coded when
	// its body tells no event with two sides (coder, headline8.go): Start
	// and End are then offsets into the title.
	Headline bool `json:"headline,omitempty"`
	// Caption marks evidence read from a photo caption the page prints
	// beside the article, coded when neither its body nor its title tells
	// an event with two sides (coder, captions11.go): Start and End are
	// then offsets into Text, the caption.
	Caption bool `json:"caption,omitempty"`
	// Proposed marks evidence from which the coder's learned proposer,
	// not a rule, read the event (coder, propose.go): the type it chose,
	// its probability and the words that weighed most.
	Proposed *Proposal `json:"proposed,omitempty"`
}

// Proposal is what the coder's learned proposer said of a sentence.
type Proposal struct {
	Type        string   `json:"type"`
	Probability float64  `json:"probability"`
	Words       []string `json:"words"`
}

// Event is one coded event. After the coder it holds one report; after
// merging, every report of the same real-world event.
type Event struct {
	ID         string     `json:"id"`
	Type       string     `json:"type"`
	Mode       string     `json:"mode"`
	Status     Status     `json:"status"`
	Date       *Date      `json:"date"`
	Location   *Location  `json:"location"`
	Actors     []Actor    `json:"actors"`
	Topics     []string   `json:"topics"`
	Evidence   []Evidence `json:"evidence"`
	Confidence float64    `json:"confidence"`
	// Sources counts the distinct non-duplicate articles reporting the
	// event; set by the store (storyline events), omitted by storyline code.
	Sources int `json:"sources,omitempty"`
}

// StatusEvidence is the first evidence sentence that reports the event's
// status (the meeting held rather than announced), else the first; false
// when there is none.
func (e *Event) StatusEvidence() (Evidence, bool) {
	for _, x := range e.Evidence {
		if x.Status == e.Status {
			return x, true
		}
	}
	if len(e.Evidence) == 0 {
		return Evidence{}, false
	}
	return e.Evidence[0], true
}

// Countries returns the sorted, distinct countries of the event's actors.
func (e *Event) Countries() []string {
	var out []string
	for _, a := range e.Actors {
		// An event has a handful of actors, and the coder asks for its
		// countries often: a look along the list costs less than a set.
		if a.Country != nil && !slices.Contains(out, *a.Country) {
			if out == nil {
				out = make([]string, 0, len(e.Actors)) // grown once, and nil still means none
			}
			out = append(out, *a.Country)
		}
	}
	slices.Sort(out)
	return out
}
