package main

import (
	"context"
	"errors"
)

// runExtract is not written yet; the issue that adds it replaces this file.
func runExtract(ctx context.Context, args []string) error {
	return errors.New("not implemented yet")
}
