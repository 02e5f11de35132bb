// Package e2e holds the end-to-end tests that drive the web UI in a real
// headless Chromium (Debian's chromium package) through chromedp. They are
// behind the "browser" build tag so that `go test ./...` needs no browser;
// scripts/test installs Chromium and runs them:
//
//	go test -tags browser ./e2e/
//
// Without Chromium the tests fail, saying so; they never skip. With
// -screenshots DIR they also save the three main views as PNG files.
package e2e
