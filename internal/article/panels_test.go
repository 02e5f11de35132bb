package article

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
)

func TestShowPanels(t *testing.T) {
	tests := []struct {
		name, page string
		shown      []string // text whose element must lose what hides it
		hidden     []string // text that must stay hidden
	}{
		{"tabs", `<div role="tablist"><button role="tab" aria-controls="t1">Audits</button><button role="tab" aria-controls="t2">Training</button></div>
<div id="t1" role="tabpanel">We audit your systems every quarter.</div>
<div id="t2" role="tabpanel" hidden>We train your staff on site.</div>`,
			[]string{"We train your staff"}, nil},
		{"accordion of questions", `<h3><button aria-expanded="false" aria-controls="a1">Do you ship abroad?</button></h3>
<div id="a1" aria-hidden="true" style="display: none">Only to countries of the European Union.</div>`,
			[]string{"Only to countries"}, nil},
		{"a heading that works as a button", `<h3 role="button" aria-controls="p1">Penetration testing</h3><div id="p1" hidden>Our team simulates attacks on your network.</div>`,
			[]string{"Our team simulates"}, nil},
		{"dialogs, menus and unnamed hidden blocks stay hidden", `<button aria-expanded="false" aria-controls="m">Menu</button>
<div id="m" role="menu" hidden>Home About Contact</div>
<button aria-controls="c">Cookie settings</button><div id="c" role="dialog" aria-hidden="true">We use cookies to improve the site.</div>
<div hidden>Sign up to our newsletter for weekly offers.</div>
<a href="#x" aria-controls="x">Read the terms</a><div id="x" hidden>Terms of sale apply.</div>`,
			nil, []string{"Home About", "We use cookies", "Sign up", "Terms of sale"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := html.Parse(strings.NewReader("<html><body>" + tt.page + "</body></html>"))
			if err != nil {
				t.Fatal(err)
			}
			showPanels(doc)
			for _, s := range tt.shown {
				if n := elementWith(doc, s); n == nil || hiddenByAttr(n) {
					t.Errorf("%q is still hidden", s)
				}
			}
			for _, s := range tt.hidden {
				if n := elementWith(doc, s); n == nil || !hiddenByAttr(n) {
					t.Errorf("%q was shown", s)
				}
			}
		})
	}
}

// A popover or a closed dialog is not shown until opened, and its tabs
// with it: the pruned page holds none of it.
func TestPruneClosed(t *testing.T) {
	page := `<html><body><div popover id="push"><div role="tablist"><button role="tab" aria-controls="p">Safari</button></div>
<div id="p" role="tabpanel" hidden>Open Settings and allow notifications.</div></div>
<dialog><p>Choose your region.</p></dialog><dialog open><p>Your basket is saved.</p></dialog>
<p>The library reopens on Monday after repairs.</p></body></html>`
	doc, err := html.Parse(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	pruneInert(doc)
	showPanels(doc)
	got := nodeText(doc)
	for _, gone := range []string{"Open Settings", "Safari", "Choose your region"} {
		if strings.Contains(got, gone) {
			t.Errorf("pruned page holds %q", gone)
		}
	}
	for _, kept := range []string{"Your basket is saved", "The library reopens"} {
		if !strings.Contains(got, kept) {
			t.Errorf("pruned page lost %q", kept)
		}
	}
}

// elementWith gives the innermost element whose text holds s.
func elementWith(n *html.Node, s string) *html.Node {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode {
			if m := elementWith(c, s); m != nil {
				return m
			}
		}
	}
	if n.Type == html.ElementNode && strings.Contains(nodeText(n), s) {
		return n
	}
	return nil
}

func hiddenByAttr(n *html.Node) bool {
	for _, a := range n.Attr {
		if isHiding(a) {
			return true
		}
	}
	return false
}
