package store

import (
	"encoding/json"
	"reflect"
	"testing"

	"storyline/internal/event"
)

// decodeCases are records as the store writes them and as it might meet
// them otherwise (PostgreSQL's spacing, nulls, escapes, unknown fields).
var decodeCases = []string{
	`{"id":"r44e210be1efb9be7","type":"AGREE","mode":"","status":"occurred","date":{"start":"2022-01-15","end":"2022-01-15","grain":"day","basis":"relative","reference":"published"},"location":null,"actors":[{"name":"Yoshimasahayashi","title":"Foreign Minister","country":"JPN","role":"participant","sector":"GOV"},{"name":"Antony Blinken","title":"Secretary of State","country":"USA","role":"participant","sector":"GOV"}],"topics":[],"evidence":[{"source":"/tmp/corpus/00002.warc.wet.gz#254","text":"TOKYO (Reuters) – A Japanese official said \"yes\" \u003cb\u003e \\ / \u2028 \t é","start":0,"end":287}],"confidence":0.95}`,
	`{"id": "r1", "date": null, "mode": "phone", "type": "CONSULT", "actors": null, "status": "planned", "topics": ["a", null, "b"], "evidence": null, "location": {"lat": 35.68, "lon": 139.69, "name": "Tokyo", "country": "JPN", "geonames_id": 1850147}, "confidence": 1e-3, "sources": 3}`,
	`{"id":"r2","location":{"name":"Nowhere","country":null,"lat":null,"geonames_id":null},"actors":[null,{"name":"UN","title":null,"country":null,"role":"source"}],"evidence":[null,{"text":"x","start":-5,"end":0,"article_id":"a1","uri":"https://x/y?a=1&b=2","published":"2024-01-01","status":"occurred","headline":true}],"confidence":0}`,
	`{"id":"r3","headline":true}`,                // an unknown field
	`{"ID":"r4"}`,                                // a key json matches without case
	`{"id":"r5","id":"r6"}`,                      // a repeated key
	`{"id":"r7","confidence":"high"}`,            // a value of the wrong kind
	`{"id":"\ud83d\ude00 pair","type":"\ud800"}`, // surrogates
	`{"id":"r8","evidence":[{"start":1.5}]}`,
	`{"id":"r9","evidence":[{"start":99999999999999999999}]}`,
	`{"id":"r10","confidence":+1}`,
	`{"id":"r11","confidence":01}`,
	`{"id":"r12"} trailing`,
	`{"id":"r13",}`,
	`{"id":"r14","date":{"start":"2024-01-01"},"date":{"end":"2024-01-02"}}`,
	`null`,
	`[]`,
	`{}`,
	"{\"id\":\"bad \xff utf8\"}",
	"{\"id\":\"ctl \x01\"}",
	`{"id":"r15","evidence":[{"headline":false,"text":"a\u0000b"}],"topics":null,"actors":[]}`,
	` { "id" : "r16" , "confidence" : -0.5E+2 } `,
}

func TestDecodeEventMatchesJSON(t *testing.T) {
	for _, rec := range decodeCases {
		checkDecode(t, rec)
	}
	// Records made by json.Marshal of events, as Save writes them.
	title, country, lat, geo := "President", "USA", 38.9, int64(4140963)
	e := event.Event{ID: "r", Type: "CONSULT", Status: event.Occurred,
		Date:       &event.Date{Start: "2024-03-10", End: "2024-03-12", Grain: event.GrainRange, Basis: event.BasisExplicit},
		Location:   &event.Location{Name: "Washington <D.C.>", Country: &country, Lat: &lat, Lon: &lat, GeoNamesID: &geo},
		Actors:     []event.Actor{{Name: "Joe \"B\" Biden", Title: &title, Country: &country, Role: event.RoleSource, Sector: "GOV"}},
		Topics:     []string{"trade & tariffs"},
		Evidence:   []event.Evidence{{Source: "s#1", Text: "line\nbreak\u2029 \x7f ü", Start: 3, End: 40, Headline: true}},
		Confidence: 0.8125, Sources: 2}
	checkDecode(t, string(mustJSON(e)))
	checkDecode(t, string(mustJSON(event.Event{})))
}

func checkDecode(t *testing.T, rec string) {
	t.Helper()
	var want, got event.Event
	wantErr := json.Unmarshal([]byte(rec), &want)
	gotErr := decodeEvent(rec, &got)
	if (wantErr == nil) != (gotErr == nil) {
		t.Fatalf("%s: error %v, json.Unmarshal's %v", rec, gotErr, wantErr)
	}
	if wantErr == nil && !reflect.DeepEqual(got, want) {
		t.Fatalf("%s:\n got %#v\nwant %#v", rec, got, want)
	}
}

func FuzzDecodeEvent(f *testing.F) {
	for _, rec := range decodeCases {
		f.Add(rec)
	}
	f.Fuzz(func(t *testing.T, rec string) { checkDecode(t, rec) })
}

func BenchmarkDecodeEvent(b *testing.B) {
	rec := decodeCases[0]
	b.Run("json", func(b *testing.B) {
		for range b.N {
			var e event.Event
			if err := json.Unmarshal([]byte(rec), &e); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("segmentio", func(b *testing.B) {
		for range b.N {
			var e event.Event
			if err := decodeEvent(rec, &e); err != nil {
				b.Fatal(err)
			}
		}
	})
}
