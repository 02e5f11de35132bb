package main

import (
	"context"
	"errors"
)

// runExport is not written yet; the issue that adds it replaces this file.
func runExport(ctx context.Context, args []string) error {
	return errors.New("not implemented yet")
}
