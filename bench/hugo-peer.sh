#!/usr/bin/env bash
# Builds the same corpus with Hugo, as the yardstick for `iskra export-static`.
#   bench/hugo-peer.sh DATA_DIR OUT
# DATA_DIR holds a corpus (bench/generate-corpus.sh N DATA_DIR); OUT is a new working folder: the
# Hugo site goes to OUT/site, the built copy to OUT/public. Every published article becomes one
# Markdown file (title, date, section, tags and authors in its front matter; the HTML body as is),
# under a minimal theme of our own: an article page, list pages of 20 (home, sections, tags,
# authors) and RSS for each list, as Iskra's static copy has; with RELATED=1, three related
# articles (by shared tags) on each article page. Times `hugo` alone (the conversion is not
# counted) and prints its wall clock and peak resident size.
#
# Needs hugo (Debian's package: apt-get install -y hugo), python3 and GNU time (/usr/bin/time).
set -euo pipefail

usage() {
  echo "usage: bench/hugo-peer.sh DATA_DIR OUT" >&2
  echo "  DATA_DIR  a data directory with a corpus (bench/generate-corpus.sh N DATA_DIR)" >&2
  echo "  OUT       a folder to create for the Hugo site and its output (must not exist)" >&2
  exit 2
}

[ $# -eq 2 ] || usage
[ -f "$1/iskra.db" ] || { echo "no corpus in $1 (expected $1/iskra.db)" >&2; usage; }
[ ! -e "$2" ] || { echo "$2 exists; give a new folder" >&2; usage; }
for tool in hugo python3 /usr/bin/time; do
  command -v "$tool" >/dev/null 2>&1 || { echo "$tool is missing" >&2; exit 1; }
done
db="$(cd "$1" && pwd)/iskra.db"
mkdir -p "$2"
out="$(cd "$2" && pwd)"
site="$out/site"

echo "Writing the Hugo site to $site…" >&2
python3 - "$db" "$site" <<'PY'
import json, os, sqlite3, sys
from datetime import datetime, timezone

db, site = sys.argv[1], sys.argv[2]
# Read-only: the corpus is never touched.
con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
sections = dict(con.execute("SELECT id, slug FROM sections"))
tags = {}
for article_id, name in con.execute(
        "SELECT t.article_id, g.name FROM article_tags t JOIN tags g ON g.id = t.tag_id"
        " ORDER BY t.article_id, t.position"):
    tags.setdefault(article_id, []).append(name)
authors = {}
for article_id, name in con.execute(
        "SELECT b.article_id, a.name FROM article_authors b JOIN authors a ON a.id = b.author_id"
        " ORDER BY b.article_id, b.position"):
    authors.setdefault(article_id, []).append(name)
for slug in sections.values():
    os.makedirs(os.path.join(site, "content", slug), exist_ok=True)
count = 0
for article_id, slug, title, standfirst, body, section_id, published_at in con.execute(
        "SELECT id, slug, title, standfirst, body, section_id, published_at FROM articles"
        " WHERE status = 'published'"):
    front = {
        "title": title,
        "date": datetime.fromtimestamp(published_at / 1000, timezone.utc).isoformat(),
        "description": standfirst,
        "tags": tags.get(article_id, []),
        "authors": authors.get(article_id, []),
    }
    path = os.path.join(site, "content", sections[section_id], slug + ".md")
    with open(path, "w", encoding="utf-8") as f:
        # JSON front matter: any title or standfirst is written safely as a JSON string.
        f.write(json.dumps(front, ensure_ascii=False) + "\n\n" + body + "\n")
    count += 1
print(f"{count} articles written", file=sys.stderr)
PY

mkdir -p "$site/layouts/_default" "$site/layouts/partials"
cat > "$site/config.toml" <<'TOML'
baseURL = "https://news.example.org/"
title = "Iskra Bench Gazette"
languageCode = "en"
disableKinds = []
paginate = 20
[taxonomies]
  tag = "tags"
  author = "authors"
[markup.goldmark.renderer]
  unsafe = true
# "Related" beside each article (RELATED=1), as Iskra's article page has: Iskra's comes from its
# full-text index, Hugo's from shared tags.
[related]
  includeNewer = true
  threshold = 80
  [[related.indices]]
    name = "tags"
    weight = 100
[outputs]
  home = ["HTML", "RSS"]
  section = ["HTML", "RSS"]
  taxonomy = ["HTML", "RSS"]
  term = ["HTML", "RSS"]
TOML
cat > "$site/layouts/_default/baseof.html" <<'HTML'
<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{{ .Title }} · {{ .Site.Title }}</title>
<link rel="canonical" href="{{ .Permalink }}">
{{ with .OutputFormats.Get "rss" }}<link rel="alternate" type="application/rss+xml" href="{{ .Permalink }}">{{ end }}
</head><body>
<header><a href="/">{{ .Site.Title }}</a>
<nav>{{ range .Site.Sections }}<a href="{{ .RelPermalink }}">{{ .Title }}</a> {{ end }}</nav></header>
<main>{{ block "main" . }}{{ end }}</main>
</body></html>
HTML
cat > "$site/layouts/partials/teaser.html" <<'HTML'
<article><h2><a href="{{ .RelPermalink }}">{{ .Title }}</a></h2>
<p><time datetime="{{ .Date.Format "2006-01-02T15:04:05Z07:00" }}">{{ .Date.Format "2 January 2006" }}</time>
{{ range .Params.authors }}{{ . }} {{ end }}</p>
<p>{{ with .Description }}{{ . }}{{ else }}{{ .Summary }}{{ end }}</p></article>
HTML
cat > "$site/layouts/_default/list.html" <<'HTML'
{{ define "main" }}<h1>{{ .Title }}</h1>
{{ $pages := .Pages }}{{ if .IsHome }}{{ $pages = .Site.RegularPages }}{{ end }}
{{ $paginator := .Paginate $pages.ByDate.Reverse }}
{{ range $paginator.Pages }}{{ partial "teaser.html" . }}{{ end }}
{{ if $paginator.HasNext }}<a rel="next" href="{{ $paginator.Next.URL }}">Older</a>{{ end }}
{{ if $paginator.HasPrev }}<a rel="prev" href="{{ $paginator.Prev.URL }}">Newer</a>{{ end }}
{{ end }}
HTML
cp "$site/layouts/_default/list.html" "$site/layouts/index.html"
cat > "$site/layouts/_default/single.html" <<'HTML'
{{ define "main" }}<article><h1>{{ .Title }}</h1>
<p><time datetime="{{ .Date.Format "2006-01-02T15:04:05Z07:00" }}">{{ .Date.Format "2 January 2006" }}</time>
{{ range .Params.authors }}<a href="{{ "/authors/" | relURL }}{{ . | urlize }}/">{{ . }}</a> {{ end }}</p>
{{ with .Description }}<p class="standfirst">{{ . }}</p>{{ end }}
{{ .Content }}
<p>{{ range .Params.tags }}<a href="{{ "/tags/" | relURL }}{{ . | urlize }}/">{{ . }}</a> {{ end }}</p>
<aside><h2>More from {{ .Section }}</h2>{{ range first 3 .CurrentSection.RegularPages }}<a href="{{ .RelPermalink }}">{{ .Title }}</a> {{ end }}</aside>
RELATED_BLOCK
</article>{{ end }}
HTML

related=""
if [ "${RELATED:-0}" = 1 ]; then
  related='<aside><h2>Related</h2>{{ range first 3 (.Site.RegularPages.Related .) }}<a href="{{ .RelPermalink }}">{{ .Title }}</a> {{ end }}</aside>'
fi
python3 - "$site/layouts/_default/single.html" "$related" <<'PY'
import sys
path, block = sys.argv[1], sys.argv[2]
text = open(path, encoding="utf-8").read().replace("RELATED_BLOCK", block)
open(path, "w", encoding="utf-8").write(text)
PY

cd "$site"
echo "Building with $(hugo version)…" >&2
/usr/bin/time -v hugo --quiet -d "$out/public" 2> "$out/time.txt" || { cat "$out/time.txt" >&2; exit 1; }
files=$(find "$out/public" -type f | wc -l)
wall=$(sed -n 's/^\s*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$out/time.txt")
rss_kb=$(sed -n 's/^\s*Maximum resident set size (kbytes): //p' "$out/time.txt")
cpu=$(awk -F': ' '/User time|System time/ { s += $2 } END { printf "%.1f", s }' "$out/time.txt")
echo "hugo: $files files in $wall (wall clock), CPU ${cpu} s, peak resident size $((rss_kb / 1024)) MB"
