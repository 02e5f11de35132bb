//go:build browser

package e2e

import (
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// The map of the demo data: the outline drawn from the embedded file, the
// events as points; a point of one event leads to it, a cluster to its list.
func TestMap(t *testing.T) {
	base := demoServer(t)
	b := startBrowser(t)

	b.do(t, "open the map",
		chromedp.Navigate(base+"/map"),
		chromedp.WaitVisible(chromedp.CSS(`.worldmap a.point`)),
	)
	n := get(t, b, "count points", chromedp.Evaluate[int](`document.querySelectorAll(".worldmap a.point").length`))
	if n == 0 {
		t.Fatal("the map of the demo data has no points")
	}
	// The outline is this server's own file, loaded and drawn.
	outline := get(t, b, "read the outline", chromedp.Evaluate[map[string]any](`(() => {
		const img = document.querySelector(".worldmap image");
		const r = img.getBoundingClientRect();
		const res = performance.getEntriesByType("resource").map(e => e.name);
		return {href: img.getAttribute("href"), width: r.width, loaded: res.some(u => u.endsWith("/static/world.svg")),
			foreign: res.filter(u => !u.startsWith(location.origin))} })()`))
	if outline["href"] != "/static/world.svg" || outline["width"].(float64) < 300 || outline["loaded"] != true {
		t.Errorf("world outline: %v", outline)
	}
	if f, _ := outline["foreign"].([]any); len(f) > 0 {
		t.Errorf("the map page loads from other origins: %v", f)
	}
	// Every point lies on the drawn map.
	off := get(t, b, "check the points", chromedp.Evaluate[int](`(() => {
		const m = document.querySelector(".worldmap svg").getBoundingClientRect();
		let off = 0;
		for (const c of document.querySelectorAll(".worldmap a.point circle")) {
			const r = c.getBoundingClientRect();
			const x = r.left + r.width / 2, y = r.top + r.height / 2;
			if (x < m.left || x > m.right || y < m.top || y > m.bottom) off++;
		}
		return off })()`))
	if off > 0 {
		t.Errorf("%d points lie off the map", off)
	}
	shoot(t, b, "map.png")

	// A cluster leads to its list on the page.
	cluster := get(t, b, "find a cluster", chromedp.Evaluate[string](`(() => {
		const a = Array.from(document.querySelectorAll(".worldmap a.point")).find(a => a.dataset.count !== "1");
		return a ? a.getAttribute("href") : "" })()`))
	if cluster != "" {
		_, frag, _ := strings.Cut(cluster, "#")
		get(t, b, "open the cluster", chromedp.Evaluate[bool](`document.querySelector('.worldmap a.point[href="`+cluster+`"]').dispatchEvent(new MouseEvent("click", {bubbles: true, cancelable: true}))`))
		b.do(t, "see the cluster's list", chromedp.WaitVisible(chromedp.CSS(`section#`+frag+` li.event`)))
		if loc := get(t, b, "read the address", chromedp.Location()); !strings.HasSuffix(loc, "#"+frag) {
			t.Errorf("after clicking a cluster the address is %s", loc)
		}
	} else {
		t.Log("the demo map has no cluster of several events")
	}

	// A point of one event leads to the event's page.
	single := get(t, b, "find a single point", chromedp.Evaluate[string](`(() => {
		const a = Array.from(document.querySelectorAll(".worldmap a.point")).find(a => a.dataset.count === "1");
		return a ? a.getAttribute("href") : "" })()`))
	if single == "" {
		t.Fatal("the demo map has no point of a single event")
	}
	get(t, b, "open the event", chromedp.Evaluate[bool](`document.querySelector('.worldmap a.point[href="`+single+`"]').dispatchEvent(new MouseEvent("click", {bubbles: true, cancelable: true}))`))
	b.do(t, "see the event", chromedp.WaitVisible(chromedp.CSS(`mark.evidence`)))
	if loc := get(t, b, "read the address", chromedp.Location()); !strings.HasSuffix(loc, single) {
		t.Errorf("after clicking a point the address is %s, want %s", loc, single)
	}

	// The filters narrow the map.
	b.do(t, "filter the map",
		chromedp.Navigate(base+"/map?pair=JPN&pair=USA"),
		chromedp.WaitVisible(chromedp.CSS(`.worldmap`)),
	)
	if m := get(t, b, "count filtered points", chromedp.Evaluate[int](`document.querySelectorAll(".worldmap a.point").length`)); m > n {
		t.Errorf("the filtered map has %d points, more than the %d of the whole", m, n)
	}
	if d, ex := b.reported(); len(d) > 0 || len(ex) > 0 {
		t.Errorf("the map page raised dialogs %v, exceptions %v", d, ex)
	}
}
