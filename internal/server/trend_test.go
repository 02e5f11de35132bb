package server

import (
	"context"
	"net/http"
	"strings"
	"testing"

	ontology "storyline/internal/plover"
	"storyline/internal/store"
	"storyline/internal/trend"
)

// The trend of a pair sums, period by period, to the dated events of the
// pair, each in its type's quad category.
func TestAPITrend(t *testing.T) {
	s, st := newTestServer(t, Options{})
	for _, c := range []struct {
		target string
		f      store.Filter
		by     string
	}{
		{"/api/trend?pair=JPN,USA&by=month", store.Filter{Pair: []string{"JPN", "USA"}}, "month"},
		{"/api/trend?pair=usa&pair=jpn", store.Filter{Pair: []string{"USA", "JPN"}}, "month"},
		{"/api/trend?country=FRA&by=year&status=occurred", store.Filter{Country: "FRA", Status: "occurred"}, "year"},
		{"/api/trend", store.Filter{}, "month"},
	} {
		w := get(t, s, c.target)
		if w.Code != http.StatusOK {
			t.Fatalf("%s: status %d: %s", c.target, w.Code, w.Body.String())
		}
		got := decode[trend.Series](t, w)
		events, err := st.Events(context.Background(), c.f)
		if err != nil {
			t.Fatal(err)
		}
		want := map[string]map[ontology.Quad]int{}
		dated := 0
		for _, e := range events {
			if e.Date == nil {
				continue
			}
			p := e.Date.Start[:7]
			if c.by == "year" {
				p = p[:4]
			}
			if want[p] == nil {
				want[p] = map[ontology.Quad]int{}
			}
			want[p][ontology.QuadOf(e.Type, e.Mode)]++
			dated++
		}
		if dated == 0 && c.target != "/api/trend?country=FRA&by=year&status=occurred" {
			t.Fatalf("%s: the fixture has no dated events for this filter", c.target)
		}
		total := 0
		for i, p := range got.Periods {
			for _, q := range ontology.Quads {
				if p.Count(q) != want[p.Period][q] {
					t.Errorf("%s %s %s: %d, want %d", c.target, p.Period, q, p.Count(q), want[p.Period][q])
				}
			}
			if i > 0 && got.Periods[i-1].Period >= p.Period {
				t.Errorf("%s: %s after %s", c.target, p.Period, got.Periods[i-1].Period)
			}
			total += p.Total
		}
		if total != dated || got.By != c.by {
			t.Errorf("%s: %d events by %s, want %d by %s", c.target, total, got.By, dated, c.by)
		}
	}
	for _, bad := range []string{"/api/trend?by=week", "/api/trend?pair=JP", "/api/trend?limit=5", "/api/trend?bogus=1"} {
		if w := get(t, s, bad); w.Code != http.StatusBadRequest {
			t.Errorf("%s: status %d, want 400", bad, w.Code)
		}
	}
}

// The timeline of a pair shows the quad chart with a bar per month that
// has events, and a link to its data; without a pair it does not.
func TestTimelineQuadChart(t *testing.T) {
	s, _ := newTestServer(t, Options{})
	body := get(t, s, "/?pair=JPN&pair=USA").Body.String()
	checkTree(t, "timeline JPN USA", body)
	if !strings.Contains(body, `<figure class="quadchart"`) || !strings.Contains(body, `class="q-verbal_cooperation"`) {
		t.Fatalf("no quad chart on the JPN–USA timeline:\n%s", clip(body, 3000))
	}
	if !strings.Contains(body, `href="/api/trend?pair=JPN&amp;pair=USA"`) {
		t.Error("the chart does not link to its data")
	}
	if !strings.Contains(body, `href="/feeds/events.atom?pair=JPN&amp;pair=USA"`) {
		t.Error("the timeline does not link to its feed")
	}
	if body := get(t, s, "/").Body.String(); strings.Contains(body, `class="quadchart"`) {
		t.Error("quad chart without a pair")
	}
}

func TestDrawQuadChart(t *testing.T) {
	s := trend.Series{By: "month", Periods: []trend.Point{
		{Period: "2024-01", VerbalCooperation: 2, MaterialCooperation: 2, VerbalConflict: 1, Total: 5},
		{Period: "2024-02"},
		{Period: "2024-03", MaterialConflict: 4, Total: 4},
	}}
	c, ok := drawQuadChart(s, "/x")
	if !ok || len(c.Bars) != 3 || c.First != "January 2024" || c.Last != "March 2024" {
		t.Fatalf("chart %+v", c)
	}
	// Cooperation stacks up from the middle line, conflict down from it.
	jan := c.Bars[0].Parts
	if len(jan) != 3 || jan[0].Y+jan[0].H != c.Mid || jan[1].Y+jan[1].H != jan[0].Y || jan[2].Y != c.Mid {
		t.Errorf("January parts %+v, middle %v", jan, c.Mid)
	}
	// The tallest side (4 events) fills its half less the padding.
	if mar := c.Bars[2].Parts; len(mar) != 1 || mar[0].Y+mar[0].H != c.Height-4 {
		t.Errorf("March parts %+v", mar)
	}
	if len(c.Bars[1].Parts) != 0 {
		t.Errorf("February has parts %+v", c.Bars[1].Parts)
	}
	if _, ok := drawQuadChart(trend.Series{By: "month"}, ""); ok {
		t.Error("a chart of nothing")
	}
}
