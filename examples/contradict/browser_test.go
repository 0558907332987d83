package main

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// browsers are the names Chromium goes by (Debian's package is "chromium").
var browsers = []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "headless-shell"}

// screenshotDir is where TestBrowser leaves its screenshots to be looked at.
var screenshotDir = filepath.Join(os.TempDir(), "contradict-browser")

// hostileText is an article whose every part tries to run a script in the report.
const hostileText = `title <script>window.__pwned=1;document.title="pwned"</script>
source <img src=x onerror="window.__pwned=2">
url javascript:window.__pwned=3
date 2022-07-21

Kremlin spokesman Dmitry Peskov said on Thursday that negotiations with Kyiv <script>window.__pwned=4</script> were still possible, one day after Foreign Minister Sergei Lavrov said such talks "make no sense <img src=x onerror=window.__pwned=5>".
`

// hostilePage is a web page whose text, title, site name and URL try the same once
// decoded from their entities.
const hostilePage = `<!DOCTYPE html><html><head><meta charset="utf-8">
<title>&lt;script&gt;window.__pwned=6&lt;/script&gt;</title>
<meta property="og:site_name" content="&lt;img src=x onerror=window.__pwned=7&gt;">
<link rel="canonical" href="https://example.com/&quot;&gt;&lt;script&gt;window.__pwned=8&lt;/script&gt;">
<meta property="article:published_time" content="2022-07-21T10:00:00Z">
</head><body><article>
<p>Kremlin spokesman Dmitry Peskov said on Thursday that negotiations with Kyiv &lt;script&gt;window.__pwned=9&lt;/script&gt; were still possible.</p>
<p>Foreign Minister Sergei Lavrov said on Wednesday that such talks "make no sense &lt;svg onload=window.__pwned=10&gt;".</p>
</article></body></html>
`

// TestBrowser opens the HTML reports of the seeds and of hostile documents in headless
// Chromium: the conflicts are visible, the filters work, no injected script runs. It saves
// a screenshot of each under screenshotDir.
func TestBrowser(t *testing.T) {
	exe := ""
	for _, name := range browsers {
		if p, err := exec.LookPath(name); err == nil {
			exe = p
			break
		}
	}
	if exe == "" {
		t.Skip("no Chromium installed (apt-get install chromium): the HTML report is not checked in a browser")
	}
	if err := os.MkdirAll(screenshotDir, 0o755); err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	hostile := t.TempDir()
	write(t, filepath.Join(hostile, "hostile.txt"), []byte(hostileText))
	write(t, filepath.Join(hostile, "hostile.html"), []byte(hostilePage))
	reports := map[string][]string{
		"seeds":   {"../../testdata/seeds"},
		"hostile": {hostile},
	}
	for name, args := range reports {
		code, out, errOut := command(t, "", append([]string{"-format", "html"}, args...)...)
		if code != 0 {
			t.Fatalf("%s: exit %d\n%s", name, code, errOut)
		}
		write(t, filepath.Join(dir, name+".html"), []byte(out))
	}

	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(exe), chromedp.Headless, chromedp.NoSandbox, chromedp.DisableGPU, chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck, chromedp.UserDataDir(t.TempDir()), chromedp.WindowSize(1280, 1000),
		chromedp.Flag("disable-background-networking", true), chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true), chromedp.Flag("disable-extensions", true),
	}
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	actx, cancelAlloc := chromedp.NewExecAllocator(ctx, opts...)
	defer cancelAlloc()
	bctx, cancelBrowser := chromedp.NewContext(actx)
	defer cancelBrowser()

	t.Run("seeds", func(t *testing.T) {
		if err := chromedp.Do(bctx, chromedp.Navigate("file://"+filepath.Join(dir, "seeds.html")), chromedp.WaitVisible("#k1")); err != nil {
			t.Fatal(err)
		}
		title := inBrowser(t, bctx, chromedp.Title())
		first := inBrowser(t, bctx, chromedp.Text("#k1"))
		conflicts := inBrowser(t, bctx, chromedp.Evaluate[int](`document.querySelectorAll("article.conflict").length`))
		save(t, "seeds.png", inBrowser(t, bctx, chromedp.FullScreenshot(100)))
		save(t, "seeds-top.png", inBrowser(t, bctx, chromedp.CaptureScreenshot()))
		if err := chromedp.Do(bctx, chromedp.ScrollIntoView("#timelines")); err != nil {
			t.Fatal(err)
		}
		save(t, "seeds-timelines.png", inBrowser(t, bctx, chromedp.CaptureScreenshot()))
		if !strings.HasPrefix(title, "Contradict report: ") || conflicts == 0 {
			t.Errorf("title %q, %d conflicts", title, conflicts)
		}
		for _, s := range []string{"Dmitry Peskov", "Sergei Lavrov", "2022-07-21", "2022-07-20", "make no sense", "Why:"} {
			if !strings.Contains(first, s) {
				t.Errorf("the first conflict does not show %q:\n%s", s, first)
			}
		}
		// The speaker filter keeps Peskov's conflicts only.
		shown := inBrowser(t, bctx, chromedp.Evaluate[int](`(() => {
			const s = document.getElementById("f-speaker");
			s.value = [...s.options].find(o => o.text.startsWith("Dmitry Peskov")).value;
			s.dispatchEvent(new Event("change"));
			return [...document.querySelectorAll("article.conflict")].filter(e => !e.hidden).length;
		})()`))
		count := inBrowser(t, bctx, chromedp.Text("#f-count"))
		if shown == 0 || shown >= conflicts || !strings.HasPrefix(count, "showing ") {
			t.Errorf("filtered on Peskov: %d of %d conflicts shown, %q", shown, conflicts, count)
		}
	})

	t.Run("hostile", func(t *testing.T) {
		err := chromedp.Do(bctx, chromedp.Navigate("file://"+filepath.Join(dir, "hostile.html")), chromedp.WaitVisible("#summary"),
			chromedp.Sleep(300*time.Millisecond)) // time for an onerror or onload to fire
		if err != nil {
			t.Fatal(err)
		}
		pwned := inBrowser(t, bctx, chromedp.Evaluate[bool](`window.__pwned !== undefined`))
		scripts := inBrowser(t, bctx, chromedp.Evaluate[int](`document.scripts.length`))
		title := inBrowser(t, bctx, chromedp.Title())
		body := inBrowser(t, bctx, chromedp.Text("body"))
		save(t, "hostile.png", inBrowser(t, bctx, chromedp.FullScreenshot(100)))
		if pwned || scripts != 1 || !strings.HasPrefix(title, "Contradict report: ") {
			t.Errorf("an injected script ran: window.__pwned set %v, %d scripts, title %q", pwned, scripts, title)
		}
		for _, s := range []string{"<script>window.__pwned=1", `<img src=x onerror="window.__pwned=2">`, "<script>window.__pwned=6</script>"} {
			if !strings.Contains(body, s) {
				t.Errorf("the report does not show %q as text", s)
			}
		}
	})
}

// inBrowser runs a in the browser of ctx, failing t on error.
func inBrowser[T any](t *testing.T, ctx context.Context, a chromedp.Action[T]) T {
	t.Helper()
	v, err := chromedp.Run(ctx, a)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

// save writes a screenshot under screenshotDir and logs where.
func save(t *testing.T, name string, png []byte) {
	t.Helper()
	p := filepath.Join(screenshotDir, name)
	if err := os.WriteFile(p, png, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("screenshot: %s", p)
}
