package main

import (
	"context"
	"errors"
)

// runSearch is not written yet; the issue that adds it replaces this file.
func runSearch(ctx context.Context, args []string) error {
	return errors.New("not implemented yet")
}
