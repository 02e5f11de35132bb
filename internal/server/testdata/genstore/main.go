// Command genstore fills a store with synthetic articles and events, for
// measuring the API on a large store (the figures in docs/web.md):
//
//	go run ./internal/server/testdata/genstore -db sqlite:/tmp/load.db -events 110000
//
// Every event comes from a sentence of a synthetic article, with offsets
// into its body, and goes through the store's own Save and Rebuild, so the
// store holds what an ingest would leave. The output is a function of -seed.
package main

import (
	"context"
	"flag"
	"fmt"
	"log"
	"math/rand/v2"
	"strings"
	"time"

	"storyline/internal/article"
	"storyline/internal/event"
	"storyline/internal/store"
)

var countries = []struct{ code, name, capital string }{
	{"USA", "United States", "Washington"}, {"JPN", "Japan", "Tokyo"}, {"CHN", "China", "Beijing"},
	{"RUS", "Russia", "Moscow"}, {"DEU", "Germany", "Berlin"}, {"FRA", "France", "Paris"},
	{"GBR", "United Kingdom", "London"}, {"IND", "India", "New Delhi"}, {"BRA", "Brazil", "Brasilia"},
	{"KOR", "South Korea", "Seoul"}, {"PRK", "North Korea", "Pyongyang"}, {"TUR", "Turkey", "Ankara"},
	{"IRN", "Iran", "Tehran"}, {"ISR", "Israel", "Jerusalem"}, {"SAU", "Saudi Arabia", "Riyadh"},
	{"UKR", "Ukraine", "Kyiv"}, {"POL", "Poland", "Warsaw"}, {"ITA", "Italy", "Rome"},
	{"ESP", "Spain", "Madrid"}, {"CAN", "Canada", "Ottawa"}, {"MEX", "Mexico", "Mexico City"},
	{"AUS", "Australia", "Canberra"}, {"IDN", "Indonesia", "Jakarta"}, {"ZAF", "South Africa", "Pretoria"},
	{"EGY", "Egypt", "Cairo"}, {"PAK", "Pakistan", "Islamabad"}, {"ARG", "Argentina", "Buenos Aires"},
	{"NLD", "Netherlands", "Amsterdam"}, {"SWE", "Sweden", "Stockholm"}, {"NOR", "Norway", "Oslo"},
	{"QAT", "Qatar", "Doha"}, {"ARE", "United Arab Emirates", "Abu Dhabi"}, {"VNM", "Vietnam", "Hanoi"},
	{"PHL", "Philippines", "Manila"}, {"THA", "Thailand", "Bangkok"}, {"NGA", "Nigeria", "Abuja"},
	{"KEN", "Kenya", "Nairobi"}, {"ETH", "Ethiopia", "Addis Ababa"}, {"GRC", "Greece", "Athens"},
	{"FIN", "Finland", "Helsinki"},
}

var types = []struct{ typ, verb, mode string }{
	{"CONSULT", "met", "meet"}, {"CONSULT", "visited", "visit"}, {"CONSULT", "spoke by phone with", "phone"},
	{"AGREE", "agreed with", ""}, {"COOPERATE", "signed a cooperation pact with", ""},
	{"SUPPORT", "backed", ""}, {"AID", "sent aid to", ""}, {"REQUEST", "asked", ""},
	{"ACCUSE", "accused", ""}, {"REJECT", "rejected a proposal by", ""}, {"THREATEN", "threatened", ""},
	{"PROTEST", "protested to", ""}, {"SANCTION", "imposed sanctions on", ""}, {"MOBILIZE", "moved troops near", ""},
}

func main() {
	dbURL := flag.String("db", "sqlite:/tmp/storyline-load.db", "store `URL` to fill")
	events := flag.Int("events", 110_000, "reports to generate (a few merge, so slightly fewer events)")
	perArticle := flag.Int("per-article", 50, "reports per synthetic article")
	seed := flag.Uint64("seed", 1, "random seed")
	flag.Parse()
	ctx := context.Background()
	st, err := store.Open(ctx, *dbURL)
	if err != nil {
		log.Fatal(err)
	}
	defer st.Close()
	rng := rand.New(rand.NewPCG(*seed, 7))
	words := vocabulary(rng, 4000)
	begin := time.Date(2015, 1, 1, 0, 0, 0, 0, time.UTC)
	days := int(time.Date(2025, 12, 31, 0, 0, 0, 0, time.UTC).Sub(begin).Hours() / 24)

	start := time.Now()
	batch := store.Batch{Input: "synthetic"}
	made := 0
	for a := 0; made < *events; a++ {
		var body strings.Builder
		var evs []event.Event
		published := begin.AddDate(0, 0, rng.IntN(days))
		for range *perArticle {
			if made == *events {
				break
			}
			x, y := countries[rng.IntN(len(countries))], countries[rng.IntN(len(countries))]
			for y.code == x.code {
				y = countries[rng.IntN(len(countries))]
			}
			ty := types[rng.IntN(len(types))]
			day := published.AddDate(0, 0, rng.IntN(21)-7)
			status := event.Occurred
			if day.After(published) {
				status = event.Planned
			}
			sentence := fmt.Sprintf("%s %s %s in %s on %s, %s %s %s said.", x.name, ty.verb, y.name, x.capital,
				day.Format("January 2, 2006"), words[rng.IntN(len(words))], words[rng.IntN(len(words))], words[rng.IntN(len(words))])
			if body.Len() > 0 {
				body.WriteString(" ")
			}
			from := body.Len()
			body.WriteString(sentence)
			xc, yc := x.code, y.code
			loc := x.code
			d := day.Format(time.DateOnly)
			evs = append(evs, event.Event{
				Type: ty.typ, Mode: ty.mode, Status: status,
				Date:     &event.Date{Start: d, End: d, Grain: event.GrainDay, Basis: event.BasisExplicit},
				Location: &event.Location{Name: x.capital, Country: &loc},
				Actors: []event.Actor{
					{Name: x.name, Country: &xc, Role: event.RoleSource},
					{Name: y.name, Country: &yc, Role: event.RoleTarget},
				},
				Topics:     []string{},
				Evidence:   []event.Evidence{{Source: fmt.Sprintf("synthetic/%06d.txt", a), Text: sentence, Start: from, End: body.Len()}},
				Confidence: 0.8,
			})
			made++
		}
		pub := published.Format(time.DateOnly)
		publisher := "Synthetic Wire"
		batch.Records = append(batch.Records, store.Record{
			Article: article.Article{Source: fmt.Sprintf("synthetic/%06d.txt", a), Title: fmt.Sprintf("Synthetic dispatch %d", a),
				Published: &pub, Publisher: &publisher, Language: "en", Body: body.String()},
			Events: evs,
		})
		if len(batch.Records) == 64 {
			if _, err := st.Save(ctx, batch); err != nil {
				log.Fatal(err)
			}
			batch.Records = batch.Records[:0]
		}
	}
	if _, err := st.Save(ctx, batch); err != nil {
		log.Fatal(err)
	}
	log.Printf("saved %d reports in %s; rebuilding events", made, time.Since(start).Round(time.Second))
	rb, err := st.Rebuild(ctx, store.RebuildOptions{})
	if err != nil {
		log.Fatal(err)
	}
	log.Printf("store ready: %d articles (%d duplicates), %d reports, %d events, %s in all",
		rb.Articles, rb.Duplicates, rb.Reports, rb.Events, time.Since(start).Round(time.Second))
}

// vocabulary makes pronounceable nonsense words so the articles share no
// long word runs and are not taken for copies of each other.
func vocabulary(rng *rand.Rand, n int) []string {
	const cons, vows = "bcdfghklmnprstvz", "aeiou"
	out := make([]string, n)
	for i := range out {
		var b strings.Builder
		for range 2 + rng.IntN(3) {
			b.WriteByte(cons[rng.IntN(len(cons))])
			b.WriteByte(vows[rng.IntN(len(vows))])
		}
		out[i] = b.String()
	}
	return out
}
