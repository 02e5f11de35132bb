//go:build browser

package e2e

import (
	"context"
	"flag"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"

	"storyline/internal/capture"
	"storyline/internal/pipeline"
	"storyline/internal/sample"
	"storyline/internal/server"
	"storyline/internal/store"
)

var (
	chromiumPath = flag.String("chromium", "/usr/bin/chromium", "the Chromium binary to drive")
	screenshots  = flag.String("screenshots", "", "save PNG screenshots of the timeline, event and actor pages into `dir`")
)

// browser is one headless Chromium tab with what it reported: JavaScript
// dialogs (alert, confirm, prompt) and uncaught exceptions.
type browser struct {
	ctx context.Context

	mu         sync.Mutex
	dialogs    []string
	exceptions []string
}

func startBrowser(t *testing.T) *browser {
	t.Helper()
	if _, err := exec.LookPath(*chromiumPath); err != nil {
		t.Fatalf("Chromium not found at %s: install it (apt-get install -y chromium) or pass -chromium PATH: %v", *chromiumPath, err)
	}
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(*chromiumPath),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.Flag("headless", true),
		chromedp.Flag("no-sandbox", true),
		chromedp.Flag("disable-gpu", true),
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("no-first-run", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.Flag("hide-scrollbars", true),
		chromedp.WindowSize(1280, 860),
	}
	actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancelCtx := chromedp.NewContext(actx)
	t.Cleanup(func() { cancelCtx(); cancelAlloc() })

	b := &browser{ctx: ctx}
	// Starts the browser (no timeout on this first call: it would bound
	// the browser's life) and records dialogs and exceptions.
	err := chromedp.Listen(ctx, func(ev any) {
		switch ev := ev.(type) {
		case *page.EventJavascriptDialogOpening:
			b.mu.Lock()
			b.dialogs = append(b.dialogs, string(ev.Type)+": "+ev.Message)
			b.mu.Unlock()
			// Close it from another goroutine (a listener must not call the
			// browser) so the page goes on and the test can report it.
			go chromedp.Call(ctx, page.HandleJavaScriptDialog, page.HandleJavaScriptDialogParams{Accept: false})
		case *runtime.EventExceptionThrown:
			d := ev.ExceptionDetails
			msg := d.Text
			if d.Exception != nil {
				msg += " " + d.Exception.Description
			}
			b.mu.Lock()
			b.exceptions = append(b.exceptions, msg)
			b.mu.Unlock()
		}
	})
	if err != nil {
		t.Fatalf("start Chromium %s: %v", *chromiumPath, err)
	}
	return b
}

// do runs steps with a time limit.
func (b *browser) do(t *testing.T, what string, steps ...chromedp.Action[chromedp.Void]) {
	t.Helper()
	ctx, cancel := context.WithTimeout(b.ctx, 30*time.Second)
	defer cancel()
	if err := chromedp.Do(ctx, steps...); err != nil {
		t.Fatalf("%s: %v", what, err)
	}
}

// get runs one action that gives a value, with a time limit.
func get[T any](t *testing.T, b *browser, what string, a chromedp.Action[T]) T {
	t.Helper()
	ctx, cancel := context.WithTimeout(b.ctx, 30*time.Second)
	defer cancel()
	v, err := chromedp.Run(ctx, a)
	if err != nil {
		t.Fatalf("%s: %v", what, err)
	}
	return v
}

// await evaluates a condition until it holds, for up to 30 seconds. Unlike
// chromedp.Poll it outlives navigations: an evaluation in a page being
// replaced fails, and is tried again in the new one.
func (b *browser) await(t *testing.T, what, cond string) {
	t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for {
		ctx, cancel := context.WithTimeout(b.ctx, 5*time.Second)
		ok, err := chromedp.Run(ctx, chromedp.Evaluate[bool](cond))
		cancel()
		if err == nil && ok {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("waited 30 s for %s: last %v, %v", what, ok, err)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

func (b *browser) reported() (dialogs, exceptions []string) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return append([]string(nil), b.dialogs...), append([]string(nil), b.exceptions...)
}

// demoServer serves the sample captures, as `storyline serve --demo` does,
// plus the hostile capture the escaping test needs.
func demoServer(t *testing.T) string {
	t.Helper()
	ctx := context.Background()
	st, err := store.Open(ctx, "sqlite:"+filepath.Join(t.TempDir(), "demo.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	src := sample.Open(ctx)
	if _, err := server.Ingest(ctx, st, "sample", src, pipeline.Options{}); err != nil {
		t.Fatal(err)
	}
	src.Close()
	xss := capture.Open(ctx, []string{"../internal/server/testdata/xss.warc"})
	res, err := server.Ingest(ctx, st, "xss.warc", xss, pipeline.Options{})
	xss.Close()
	if err != nil || res.Articles != 1 {
		t.Fatalf("ingest the hostile capture: %+v, %v", res, err)
	}
	srv, err := server.New(st, server.Options{})
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(srv)
	t.Cleanup(ts.Close)
	return ts.URL
}

func shoot(t *testing.T, b *browser, name string) {
	t.Helper()
	if *screenshots == "" {
		return
	}
	png := get(t, b, "screenshot "+name, chromedp.CaptureScreenshot())
	if err := os.WriteFile(filepath.Join(*screenshots, name), png, 0o644); err != nil {
		t.Fatal(err)
	}
}

// The story of the issue: open the timeline of the demo data, filter to
// Japan–United States, open an event, see its evidence highlighted; then the
// actor page with its network, and the pages at phone width.
func TestTimelineEventActor(t *testing.T) {
	base := demoServer(t)
	b := startBrowser(t)

	b.do(t, "open the timeline",
		chromedp.Navigate(base+"/"),
		chromedp.WaitVisible(chromedp.CSS("li.event")),
	)
	if n := get(t, b, "count cards", chromedp.Evaluate[int](`document.querySelectorAll("li.event").length`)); n == 0 {
		t.Fatal("the timeline of the demo data shows no events")
	}

	// Choose the two parties in the filter form, as a user would: the
	// script submits the form when a choice changes (chromedp's SetValue
	// fires the change event), so each choice loads a new page. Wait for
	// each page to load whole: the one before has cards too.
	for _, choice := range []struct{ sel, code string }{{"#party-a", "JPN"}, {"#party-b", "USA"}} {
		b.do(t, "choose "+choice.code, chromedp.SetValue(chromedp.CSS(choice.sel), choice.code))
		b.await(t, "the timeline filtered to "+choice.code, `location.search.includes("pair=`+choice.code+`") && document.readyState === "complete" && document.querySelector("li.event") !== null`)
	}
	location := get(t, b, "read the address", chromedp.Location())
	if !strings.Contains(location, "pair=JPN") || !strings.Contains(location, "pair=USA") {
		t.Fatalf("after filtering the address is %s, want both parties in it", location)
	}
	parties := get(t, b, "read the filtered cards", chromedp.Evaluate[[]string](`Array.from(document.querySelectorAll("li.event")).map(li =>
		Array.from(li.querySelectorAll(".party")).map(a => a.textContent).join("|"))`))
	if len(parties) == 0 {
		t.Fatal("no Japan–United States events on the filtered timeline")
	}
	for _, p := range parties {
		if !strings.Contains(p, "Japan") && !strings.Contains(p, "JPN") {
			t.Errorf("filtered card without a Japanese party: %s", p)
		}
		if !strings.Contains(p, "United States") && !strings.Contains(p, "USA") {
			t.Errorf("filtered card without a US party: %s", p)
		}
	}
	outlets := get(t, b, "read outlet counts", chromedp.Evaluate[[]string](`Array.from(document.querySelectorAll("li.event .outlets")).map(e => e.textContent)`))
	if len(outlets) != len(parties) {
		t.Errorf("%d cards show an outlet count, want all %d", len(outlets), len(parties))
	}
	// Planned and occurred must look different, not only read different.
	styles := get(t, b, "read card styles", chromedp.Evaluate[map[string]string](`(() => {
		const out = {};
		for (const s of ["planned", "occurred"]) {
			const li = document.querySelector("li.event." + s);
			if (li) out[s] = getComputedStyle(li).borderTopStyle + " " + getComputedStyle(li.querySelector(".dot")).backgroundColor;
		}
		return out })()`))
	if p, o := styles["planned"], styles["occurred"]; p != "" && o != "" && p == o {
		t.Errorf("planned and occurred cards look the same: %q", p)
	}
	t.Logf("filtered timeline: %d events; styles %v", len(parties), styles)
	shoot(t, b, "timeline.png")

	// Open the event most outlets report (the first, on a tie), picked and
	// clicked in one call: a card found by one call could be gone by the
	// next if the page were still settling.
	get(t, b, "open the busiest event", chromedp.Poll[string](`(() => {
		let best = null, most = -1;
		for (const li of document.querySelectorAll("li.event")) {
			const n = parseInt(li.querySelector(".outlets").textContent, 10);
			if (n > most) { most = n; best = li; }
		}
		const a = best && best.querySelector("a.heading");
		if (!a) return null;
		a.click();
		return best.dataset.event })()`))
	b.do(t, "see the evidence", chromedp.WaitVisible(chromedp.CSS(`mark.evidence`)))
	heading := get(t, b, "read heading", chromedp.Text(chromedp.CSS(`h1`)))
	mark := get(t, b, "read mark", chromedp.Text(chromedp.CSS(`mark.evidence`)))
	excerpt := get(t, b, "read excerpt", chromedp.Text(chromedp.CSS(`.excerpt`)))
	if strings.TrimSpace(mark) == "" || !strings.Contains(excerpt, mark) || len(excerpt) <= len(mark) {
		t.Errorf("event %q: highlighted %q inside %q; want a sentence highlighted inside the article text", heading, mark, excerpt)
	}
	bg := get(t, b, "read the highlight colour", chromedp.Evaluate[string](`getComputedStyle(document.querySelector("mark.evidence")).backgroundColor`))
	if bg == "" || bg == "rgba(0, 0, 0, 0)" || bg == "transparent" {
		t.Errorf("the evidence mark has no background (%q): the stylesheet did not apply", bg)
	}
	shoot(t, b, "event.png")

	// Back on the filtered timeline, open the party that takes part in the
	// most of its events (a country, usually): its network is the richest.
	b.do(t, "back to the timeline", chromedp.Navigate(location), chromedp.WaitVisible(chromedp.CSS(`li.event`)))
	actorLink := get(t, b, "pick an actor", chromedp.Evaluate[string](`(() => {
		const n = {};
		for (const a of document.querySelectorAll("li.event a.party")) n[a.getAttribute("href")] = (n[a.getAttribute("href")] || 0) + 1;
		return Object.entries(n).sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))[0][0] })()`))
	b.do(t, "open an actor",
		chromedp.Click(chromedp.CSS(`li.event a.party[href="`+actorLink+`"]`)),
		chromedp.WaitVisible(chromedp.CSS(`svg.network-svg`)),
	)
	if n := get(t, b, "count nodes", chromedp.Evaluate[int](`document.querySelectorAll("svg.network-svg g.node").length`)); n < 2 {
		t.Errorf("the actor network draws %d nodes, want the actor and at least one counterpart", n)
	}
	if n := get(t, b, "count actor events", chromedp.Evaluate[int](`document.querySelectorAll("li.event").length`)); n == 0 {
		t.Error("the actor page lists no events")
	}
	shoot(t, b, "actor.png")

	// Phone width: nothing may stick out sideways.
	b.do(t, "phone viewport", chromedp.EmulateViewport(390, 844, chromedp.EmulateScale(2), chromedp.EmulateMobile))
	for _, path := range []string{"/", strings.TrimPrefix(location, base), "/actors", "/search?q=talks", "/map"} {
		b.do(t, "open "+path+" at phone width",
			chromedp.Navigate(base+path),
			chromedp.WaitVisible(chromedp.CSS(`main`)),
		)
		if get(t, b, "measure "+path, chromedp.Evaluate[bool](`document.documentElement.scrollWidth > window.innerWidth + 1`)) {
			t.Errorf("%s overflows sideways at phone width", path)
		}
	}
	if dialogs, exc := b.reported(); len(dialogs)+len(exc) > 0 {
		t.Errorf("dialogs %v, exceptions %v on plain pages", dialogs, exc)
	}
}

// A capture full of <script> tags, attribute injections and a javascript:
// address shows as text, and nothing it carries runs.
func TestHostileCaptureShowsAsText(t *testing.T) {
	base := demoServer(t)
	b := startBrowser(t)

	b.do(t, "open the hostile event",
		chromedp.Navigate(base+"/?q=xss-evidence"),
		chromedp.WaitVisible(chromedp.CSS(`li.event a.heading`)),
		chromedp.Click(chromedp.CSS(`li.event a.heading`)),
		chromedp.WaitVisible(chromedp.CSS(`mark.evidence`)),
	)
	mark := get(t, b, "read mark", chromedp.Text(chromedp.CSS(`mark.evidence`)))
	if !strings.Contains(mark, `<script>alert("xss-evidence")</script>`) || !strings.Contains(mark, `"><img src=x onerror=alert('evidence')>`) {
		t.Errorf("the evidence does not show its markup as text: %q", mark)
	}
	title := get(t, b, "read title", chromedp.Text(chromedp.CSS(`.report .article-title`)))
	if !strings.Contains(title, `<script>alert("title")</script>`) {
		t.Errorf("the article title does not show its markup as text: %q", title)
	}
	rawURI := get(t, b, "read the shown address", chromedp.Text(chromedp.CSS(`.raw-uri code`)))
	if !strings.HasPrefix(rawURI, "javascript:") {
		t.Errorf("the javascript: address is not shown as text: %q", rawURI)
	}
	checkClean(t, b, "event page")

	for _, path := range []string{"/search?q=Macron", "/search?q=%3Cscript%3E", "/?q=%22%3E%3Cimg"} {
		b.do(t, "open "+path, chromedp.Navigate(base+path), chromedp.WaitVisible(chromedp.CSS(`main`)))
		checkClean(t, b, path)
	}
	b.do(t, "open the hostile article",
		chromedp.Navigate(base+"/search?q=Macron"),
		chromedp.WaitVisible(chromedp.CSS(`.hits a.article-title`)),
		chromedp.Click(chromedp.CSS(`.hits a.article-title`)),
		chromedp.WaitVisible(chromedp.CSS(`.article-page .body`)),
	)
	body := get(t, b, "read the article", chromedp.Text(chromedp.CSS(`.article-page .body`)))
	if !strings.Contains(body, `<a href="javascript:alert('link')">agreed</a>`) {
		t.Errorf("the article body does not show its markup as text: %q", body)
	}
	checkClean(t, b, "article page")

	// Give a delayed handler (onerror of a broken image) time to fire.
	b.do(t, "wait", chromedp.Sleep(500*time.Millisecond))
	if dialogs, exc := b.reported(); len(dialogs) > 0 || len(exc) > 0 {
		t.Errorf("the hostile capture ran code: dialogs %v, exceptions %v", dialogs, exc)
	}
}

// checkClean asserts the page holds only the server's own script and no
// element or handler the capture tried to inject.
func checkClean(t *testing.T, b *browser, what string) {
	t.Helper()
	scripts := get(t, b, "count scripts", chromedp.Evaluate[[]string](`Array.from(document.scripts).map(s => s.src)`))
	if len(scripts) != 1 || !strings.HasSuffix(scripts[0], "/static/app.js") {
		t.Errorf("%s: scripts %v, want only /static/app.js", what, scripts)
	}
	injected := get(t, b, "count injected", chromedp.Evaluate[int](
		`document.querySelectorAll("img, iframe, object, embed, style, main svg:not(.network-svg):not(.bar):not([role=img]), [onerror], [onload], [onclick]").length`))
	if injected != 0 {
		t.Errorf("%s: %d injected elements or handlers", what, injected)
	}
	links := get(t, b, "read links", chromedp.Evaluate[[]string](`Array.from(document.querySelectorAll("a[href]")).map(a => a.getAttribute("href"))`))
	for _, l := range links {
		if strings.HasPrefix(strings.ToLower(strings.TrimSpace(l)), "javascript:") {
			t.Errorf("%s links to %s", what, l)
		}
	}
}

// The Japan–United States timeline of the demo draws the quad chart: bars
// of cooperation above the line and of conflict below it, in colours the
// stylesheet gives, each with its month's counts as a tooltip title.
func TestQuadChartRenders(t *testing.T) {
	base := demoServer(t)
	b := startBrowser(t)
	b.do(t, "open the JPN–USA timeline",
		chromedp.Navigate(base+"/?pair=JPN&pair=USA"),
		chromedp.WaitVisible(chromedp.CSS(`figure.quadchart svg`)),
	)
	chart := get(t, b, "measure the chart", chromedp.Evaluate[map[string]any](`(() => {
		const svg = document.querySelector("figure.quadchart svg");
		const box = svg.getBoundingClientRect();
		const rects = Array.from(svg.querySelectorAll("rect"));
		const coop = rects.filter(r => r.getAttribute("class").includes("cooperation"));
		return {
			width: box.width, height: box.height,
			bars: rects.length, coop: coop.length,
			fill: coop.length ? getComputedStyle(coop[0]).fill : "",
			drawn: rects.filter(r => r.getBoundingClientRect().height > 0).length,
			title: svg.querySelector("g.period title") ? svg.querySelector("g.period title").textContent : "",
		} })()`))
	if w, _ := chart["width"].(float64); w < 300 {
		t.Errorf("the chart is %v px wide, want most of the page", chart["width"])
	}
	if n, _ := chart["coop"].(float64); n == 0 {
		t.Errorf("no cooperation bars for Japan–United States: %v", chart)
	}
	if d, _ := chart["drawn"].(float64); d == 0 || d != chart["bars"] {
		t.Errorf("%v of %v bars have a height on screen", chart["drawn"], chart["bars"])
	}
	if fill, _ := chart["fill"].(string); fill == "" || fill == "none" || fill == "rgb(0, 0, 0)" {
		t.Errorf("cooperation bars are filled %q: the stylesheet did not apply", fill)
	}
	if title, _ := chart["title"].(string); !strings.Contains(title, "verbal cooperation") {
		t.Errorf("bar title %q does not say its counts", title)
	}
	t.Logf("quad chart: %v", chart)
	b.do(t, "scroll to the chart", chromedp.ScrollIntoView(chromedp.CSS(`figure.quadchart`)))
	shoot(t, b, "quadchart.png")
	if dialogs, exc := b.reported(); len(dialogs)+len(exc) > 0 {
		t.Errorf("dialogs %v, exceptions %v", dialogs, exc)
	}
}
