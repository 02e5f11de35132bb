package main

import (
	"context"
	"errors"
)

// runIngest is not written yet; the issue that adds it replaces this file.
func runIngest(ctx context.Context, args []string) error {
	return errors.New("not implemented yet")
}
