package server

import (
	"cmp"
	"math"
	"net/http"
	"slices"
	"strings"

	"storyline/internal/event"
)

// The map is drawn in the equirectangular projection of static/world.svg
// (scripts/places/world.js): 1000 by 500 units, so every point is placed on
// the server and the page needs no script.
const (
	mapWidth  = 1000
	mapHeight = 500
	// mapCell is the side of the grid square whose events make one
	// cluster: about 7 degrees, so the cities of one country's core
	// cluster while neighbouring capitals mostly stay apart.
	mapCell = 20
	// mapLimit is the most events the map shows at once.
	mapLimit = 1000
)

// mapCluster is one drawn point: one event, or several whose places lie in
// one grid square.
type mapCluster struct {
	ID     string // "cluster-N": the anchor of its list below the map
	X, Y   float64
	R      float64
	Count  int
	Label  string // the places, as the point's tooltip
	Single string // the event's ID when the point is one event
	Events []eventCard
}

type mapData struct {
	timelineData
	Clusters   []mapCluster
	Placed     int // events shown on the map
	Unplaced   int // events of the page without coordinates
	Incomplete bool
	Self       string // this page's address, which a cluster's anchor follows
}

// project places a point of the earth on the map.
func project(lat, lon float64) (x, y float64) {
	return (lon + 180) / 360 * mapWidth, (90 - lat) / 180 * mapHeight
}

// clusterEvents groups the events that have coordinates by grid square, the
// biggest cluster first; it returns how many had none.
func clusterEvents(events []event.Event) ([]mapCluster, int) {
	type cell struct{ i, j int }
	type acc struct {
		sx, sy float64
		places []string
		events []event.Event
	}
	cells := map[cell]*acc{}
	unplaced := 0
	for _, e := range events {
		l := e.Location
		if l == nil || l.Lat == nil || l.Lon == nil {
			unplaced++
			continue
		}
		x, y := project(*l.Lat, *l.Lon)
		k := cell{int(math.Floor(x / mapCell)), int(math.Floor(y / mapCell))}
		a := cells[k]
		if a == nil {
			a = &acc{}
			cells[k] = a
		}
		a.sx += x
		a.sy += y
		a.events = append(a.events, e)
		if !slices.Contains(a.places, l.Name) {
			a.places = append(a.places, l.Name)
		}
	}
	out := make([]mapCluster, 0, len(cells))
	for _, a := range cells {
		n := len(a.events)
		c := mapCluster{
			X: math.Round(a.sx/float64(n)*10) / 10, Y: math.Round(a.sy/float64(n)*10) / 10,
			R: math.Round((3+2.5*math.Sqrt(float64(n)))*10) / 10, Count: n,
		}
		slices.Sort(a.places)
		c.Label = strings.Join(a.places, ", ")
		if n == 1 {
			c.Single = a.events[0].ID
		}
		for i := range a.events {
			c.Events = append(c.Events, newCard(&a.events[i]))
		}
		out = append(out, c)
	}
	slices.SortFunc(out, func(a, b mapCluster) int {
		return cmp.Or(cmp.Compare(b.Count, a.Count), cmp.Compare(a.Y, b.Y), cmp.Compare(a.X, b.X))
	})
	for i := range out {
		out[i].ID = "cluster-" + itoa(i+1)
	}
	return out, unplaced
}

// pageMap draws the events of the timeline's filters on a map of the world.
func (s *Server) pageMap(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	form, f, err := s.filterForm(r, q, mapLimit, "/map")
	d := mapData{timelineData: form}
	if err != nil {
		s.render(w, r, "map", page{Title: "Map", Nav: "map", Data: d, Status: http.StatusBadRequest})
		return
	}
	events, total, err := s.eventsPage(r.Context(), f)
	if err != nil {
		s.failStore(w, r, err)
		return
	}
	d.Total, d.Shown = total, len(events)
	d.Incomplete = f.Offset+len(events) < total
	d.Clusters, d.Unplaced = clusterEvents(events)
	d.Placed = len(events) - d.Unplaced
	d.Self = pageLink("/map", q, f.Offset)
	s.render(w, r, "map", page{Title: "Map", Nav: "map", Data: d})
}
