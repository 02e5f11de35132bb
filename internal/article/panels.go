package article

import (
	"slices"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Tabs and accordions (a service's offers, a FAQ's answers, a document's
// sections) keep every panel but the open one hidden until its control is
// clicked: the panel is the page's content all the same, and a reader who
// clicks sees it. Both extractors drop hidden elements, so the panels of
// such controls are shown before they run. A panel is told by the markup
// the ARIA tab and accordion patterns prescribe: role "tabpanel", or an id
// that a tab's or an expanding button's aria-controls names. Other hidden
// elements (menus, dialogs, notices, carousel slides) stay hidden.

// showPanels removes what hides the tab and accordion panels under doc: the
// hidden attribute, aria-hidden="true", and display:none in their style.
func showPanels(doc *html.Node) {
	controlled := map[string]bool{}
	var hidden []*html.Node
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			for _, a := range c.Attr {
				switch {
				case a.Key == "aria-controls" && opensPanel(c):
					for _, id := range strings.Fields(a.Val) {
						controlled[id] = true
					}
				case isHiding(a):
					hidden = append(hidden, c)
				}
			}
			walk(c)
		}
	}
	walk(doc)
	for _, n := range hidden {
		if isPanel(n, controlled) {
			n.Attr = slices.DeleteFunc(n.Attr, isHiding)
		}
	}
}

// isHiding reports an attribute that hides its element.
func isHiding(a html.Attribute) bool {
	switch a.Key {
	case "hidden":
		return true
	case "aria-hidden":
		return a.Val == "true"
	case "style":
		s := strings.ReplaceAll(strings.ToLower(a.Val), " ", "")
		return strings.Contains(s, "display:none")
	}
	return false
}

// isPanel reports a tab panel, or an element a tab or an expanding control
// names as what it opens, unless it is a dialog or a menu (a cookie
// notice, a site's menu) rather than a part of the page.
func isPanel(n *html.Node, controlled map[string]bool) bool {
	panel := false
	for _, a := range n.Attr {
		switch a.Key {
		case "role":
			switch a.Val {
			case "tabpanel":
				panel = true
			case "dialog", "alertdialog", "menu", "listbox", "tooltip":
				return false
			}
		case "aria-modal":
			return false
		case "id":
			panel = panel || controlled[a.Val]
		}
	}
	return panel
}

// opensPanel reports a control that opens what it names: a tab, a button,
// or a control that says whether it is expanded.
func opensPanel(n *html.Node) bool {
	if n.DataAtom == atom.Button {
		return true
	}
	for _, a := range n.Attr {
		if a.Key == "aria-expanded" || a.Key == "role" && (a.Val == "tab" || a.Val == "button") {
			return true
		}
	}
	return false
}
