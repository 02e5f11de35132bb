package server

import (
	"net/http"
	"regexp"
	"strings"
	"testing"

	"storyline/internal/event"
)

func placed(id, name string, lat, lon float64) event.Event {
	return event.Event{ID: id, Type: "CONSULT", Location: &event.Location{Name: name, Lat: &lat, Lon: &lon}}
}

func TestClusterEvents(t *testing.T) {
	for _, tc := range []struct {
		name     string
		events   []event.Event
		counts   []int // cluster sizes, biggest first
		unplaced int
	}{
		{"none", nil, []int{}, 0},
		{"near places cluster", []event.Event{placed("a", "Tokyo", 35.7, 139.7), placed("b", "Yokohama", 35.4, 139.6), placed("c", "Paris", 48.9, 2.3)}, []int{2, 1}, 0},
		{"far places stay apart", []event.Event{placed("a", "Tokyo", 35.7, 139.7), placed("b", "Lima", -12.0, -77.0)}, []int{1, 1}, 0},
		{"no coordinates, no point", []event.Event{{ID: "x", Location: &event.Location{Name: "Crimea"}}, {ID: "y"}, placed("a", "Tokyo", 35.7, 139.7)}, []int{1}, 2},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cs, unplaced := clusterEvents(tc.events)
			counts := []int{}
			for _, c := range cs {
				counts = append(counts, c.Count)
				if c.X < 0 || c.X > mapWidth || c.Y < 0 || c.Y > mapHeight {
					t.Errorf("cluster %s at %v,%v is off the map", c.Label, c.X, c.Y)
				}
				if (c.Count == 1) != (c.Single != "") || len(c.Events) != c.Count {
					t.Errorf("cluster %s: count %d, single %q, %d cards", c.Label, c.Count, c.Single, len(c.Events))
				}
			}
			if fmtInts(counts) != fmtInts(tc.counts) || unplaced != tc.unplaced {
				t.Errorf("counts %v unplaced %d, want %v and %d", counts, unplaced, tc.counts, tc.unplaced)
			}
		})
	}
	// The projection matches static/world.svg's: Greenwich on the equator
	// is the middle; Tokyo is north-east of it.
	if x, y := project(0, 0); x != mapWidth/2 || y != mapHeight/2 {
		t.Errorf("project(0,0) = %v,%v", x, y)
	}
	if x, y := project(35.7, 139.7); x <= mapWidth/2 || y >= mapHeight/2 {
		t.Errorf("project(Tokyo) = %v,%v", x, y)
	}
}

func fmtInts(v []int) string {
	var b strings.Builder
	for _, n := range v {
		b.WriteString(" " + itoa(n))
	}
	return b.String()
}

var pointLink = regexp.MustCompile(`<a class="point" href="([^"]+)" data-count="(\d+)"`)

// The map page of the fixture store draws its events' places, each point
// leading to an event page that exists or to a cluster's list on the page.
func TestMapPage(t *testing.T) {
	s, _ := newTestServer(t, Options{})
	w := get(t, s, "/map")
	if w.Code != http.StatusOK {
		t.Fatalf("GET /map: %d", w.Code)
	}
	body := w.Body.String()
	checkTree(t, "/map", body)
	if !strings.Contains(body, `href="/static/world.svg"`) {
		t.Error("the map does not draw the embedded world outline")
	}
	points := pointLink.FindAllStringSubmatch(body, -1)
	if len(points) == 0 {
		t.Fatal("the map of the fixture store has no points")
	}
	for _, p := range points {
		href := strings.ReplaceAll(p[1], "&amp;", "&")
		if p[2] == "1" {
			if !strings.HasPrefix(href, "/events/") {
				t.Errorf("single point links to %q", href)
				continue
			}
			if c := get(t, s, href).Code; c != http.StatusOK {
				t.Errorf("point %s: event page answers %d", href, c)
			}
			continue
		}
		_, frag, ok := strings.Cut(href, "#")
		if !ok || !strings.Contains(body, `id="`+frag+`"`) {
			t.Errorf("cluster point %q leads to no list on the page", href)
		}
	}
	// A filter narrows the map: no event of an unknown pair.
	w = get(t, s, "/map?pair=JPN&pair=ATA")
	if w.Code != http.StatusOK || strings.Contains(w.Body.String(), `class="point"`) {
		t.Errorf("/map?pair=JPN,ATA: %d, points: %v", w.Code, strings.Contains(w.Body.String(), `class="point"`))
	}
	if w := get(t, s, "/map?from=notadate"); w.Code != http.StatusBadRequest {
		t.Errorf("/map?from=notadate: %d, want 400", w.Code)
	}
	// Hostile text in the filters is shown as text.
	w = get(t, s, "/map?q=%3Cscript%3Ealert(1)%3C/script%3E")
	if strings.Contains(w.Body.String(), "<script>alert") {
		t.Error("the map page echoes a script")
	}
	checkTree(t, "/map?q=script", w.Body.String())
}

// The embedded outline is served, and is an SVG.
func TestWorldOutlineServed(t *testing.T) {
	s, _ := emptyServer(t, Options{})
	w := get(t, s, "/static/world.svg")
	if w.Code != http.StatusOK || !strings.Contains(w.Body.String(), "<path") || !strings.HasPrefix(w.Header().Get("Content-Type"), "image/svg+xml") {
		t.Errorf("/static/world.svg: %d %q", w.Code, w.Header().Get("Content-Type"))
	}
}
