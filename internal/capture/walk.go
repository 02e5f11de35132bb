package capture

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// walkFolder lists the files under dir in lexical order, skipping dot files
// and dot folders (editor and VCS litter). Symbolic links are followed, as
// people assemble corpora as folders of links: a link to a file lists the
// file under the link's name, a link to a folder is walked. Every file and
// folder is taken once, by its real path, so a link back up the tree ends
// (no loop) and a file reached by two names is read once, under the first
// name in walking order. A link that leads nowhere and a subfolder that
// cannot be read are listed too, so that reading them fails with an error
// naming them while the rest of the folder goes on.
func walkFolder(dir string) ([]string, error) {
	real, err := filepath.EvalSymlinks(dir)
	if err != nil {
		return nil, fmt.Errorf("walk folder: %w", err)
	}
	if real, err = filepath.Abs(real); err != nil {
		return nil, fmt.Errorf("walk folder: %w", err)
	}
	w := &walker{seen: map[string]bool{}}
	if err := w.folder(dir, real, true); err != nil {
		return nil, fmt.Errorf("walk folder: %w", err)
	}
	return w.files, nil
}

type walker struct {
	files []string
	seen  map[string]bool // real paths of the folders and files taken
}

// folder lists path, whose real (absolute, link-free) path is real.
func (w *walker) folder(path, real string, root bool) error {
	if w.seen[real] {
		return nil // a loop, or a folder already walked under another name
	}
	w.seen[real] = true
	entries, err := os.ReadDir(path)
	if err != nil {
		if root {
			return err
		}
		w.files = append(w.files, path) // reading it again reports why
		return nil
	}
	for _, e := range entries { // sorted by name
		if strings.HasPrefix(e.Name(), ".") {
			continue
		}
		p := filepath.Join(path, e.Name())
		r := filepath.Join(real, e.Name())
		mode := e.Type()
		if mode&os.ModeSymlink != 0 {
			target, err := filepath.EvalSymlinks(p)
			info, statErr := os.Stat(p)
			if err != nil || statErr != nil {
				w.files = append(w.files, p) // a dangling link: reading it reports why
				continue
			}
			if r, err = filepath.Abs(target); err != nil {
				return err
			}
			mode = info.Mode().Type()
		}
		switch {
		case mode.IsDir():
			if err := w.folder(p, r, false); err != nil {
				return err
			}
		case mode.IsRegular():
			if !w.seen[r] {
				w.seen[r] = true
				w.files = append(w.files, p)
			}
		}
	}
	return nil
}
