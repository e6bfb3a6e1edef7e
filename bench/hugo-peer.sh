#!/usr/bin/env bash
# Builds the same corpus with Hugo, as the yardstick for `iskra export-static`.
#   bench/hugo-peer.sh DATA_DIR OUT
# DATA_DIR holds a corpus (bench/generate-corpus.sh N DATA_DIR); OUT is a new working folder: the
# Hugo site goes to OUT/site, the built copy to OUT/public. Every published article becomes one
# Markdown file (title, date, section, tags and authors in its front matter; the HTML body as is),
# under a minimal theme of our own: an article page, list pages of 20 (home, sections, tags,
# authors) and RSS for each list, as Iskra's static copy has; with RELATED=1, three related
# articles (by shared tags) on each article page. With FEEDS=1, the feeds Iskra's copy has: for
# the home page and every section, tag, author and country (countries become a taxonomy), RSS
# (feed.xml), Atom (atom.xml) and JSON Feed (feed.json), each with the 30 newest articles in full
# (Iskra's iskra.feed.length), where the plain yardstick has Hugo's own RSS (index.xml) of every
# article's summary. EQUIVALENT=1 is both: the pages and feeds Iskra's copy has. Times `hugo` alone
# (the conversion is not counted) and prints its wall clock and peak resident size.
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
countries = {}
for article_id, code in con.execute(
        "SELECT article_id, country_code FROM article_countries ORDER BY article_id, position"):
    countries.setdefault(article_id, []).append(code)
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
        "countries": countries.get(article_id, []),
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

if [ "${FEEDS:-0}" = 1 ] || [ "${EQUIVALENT:-0}" = 1 ]; then
  # Iskra's feeds: three formats under every listing, the 30 newest articles each, in full.
  python3 - "$site/config.toml" <<'PY'
import sys
path = sys.argv[1]
text = open(path, encoding="utf-8").read()
text = text.replace("""[outputs]
  home = ["HTML", "RSS"]
  section = ["HTML", "RSS"]
  taxonomy = ["HTML", "RSS"]
  term = ["HTML", "RSS"]""", """[outputs]
  home = ["HTML", "RSS", "Atom", "JSONFeed"]
  section = ["HTML", "RSS", "Atom", "JSONFeed"]
  taxonomy = ["HTML"]
  term = ["HTML", "RSS", "Atom", "JSONFeed"]
[mediaTypes."application/atom+xml"]
  suffixes = ["xml"]
[mediaTypes."application/feed+json"]
  suffixes = ["json"]
[outputFormats.RSS]
  baseName = "feed"
[outputFormats.Atom]
  mediaType = "application/atom+xml"
  baseName = "atom"
[outputFormats.JSONFeed]
  mediaType = "application/feed+json"
  baseName = "feed"
  isPlainText = true""")
text = text.replace('  author = "authors"\n', '  author = "authors"\n  country = "countries"\n')
text = text.replace('languageCode = "en"\n', 'languageCode = "en"\nrssLimit = 30\n')
open(path, "w", encoding="utf-8").write(text)
PY
  cat > "$site/layouts/partials/feed-pages.html" <<'HTML'
{{ $pages := .Pages }}{{ if .IsHome }}{{ $pages = .Site.RegularPages }}{{ end }}{{ return first 30 $pages.ByDate.Reverse }}
HTML
  cat > "$site/layouts/_default/list.rss.xml" <<'XML'
{{ printf "<?xml version=\"1.0\" encoding=\"UTF-8\"?>" | safeHTML }}
<rss xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" version="2.0">
  <channel>
    <title>{{ .Title }} | {{ .Site.Title }}</title>
    <link>{{ .Permalink }}</link>
    <description>{{ .Title }}</description>
    <language>en</language>
    <generator>Hugo</generator>
    {{ with .OutputFormats.Get "RSS" }}<atom:link xmlns:atom="http://www.w3.org/2005/Atom" href="{{ .Permalink }}" rel="self" type="application/rss+xml" />{{ end }}
    {{ range partial "feed-pages.html" . }}<item>
      <title>{{ .Title }}</title>
      <link>{{ .Permalink }}</link>
      <description>{{ .Description }}</description>
      <content:encoded>{{ printf "<![CDATA[%s]]>" .Content | safeHTML }}</content:encoded>
      <category domain="{{ .CurrentSection.Permalink }}">{{ .CurrentSection.Title }}</category>
      {{ range .Params.tags }}<category domain="{{ "/tags/" | absURL }}{{ . | urlize }}/">{{ . }}</category>
      {{ end }}<pubDate>{{ .Date.Format "Mon, 02 Jan 2006 15:04:05 GMT" }}</pubDate>
      <guid isPermaLink="false">urn:uuid:{{ .File.UniqueID }}</guid>
      {{ range .Params.authors }}<dc:creator>{{ . }}</dc:creator>{{ end }}
    </item>
    {{ end }}
  </channel>
</rss>
XML
  cat > "$site/layouts/_default/list.atom.xml" <<'XML'
{{ printf "<?xml version=\"1.0\" encoding=\"UTF-8\"?>" | safeHTML }}
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>{{ .Title }} | {{ .Site.Title }}</title>
  <link rel="alternate" type="text/html" href="{{ .Permalink }}" />
  {{ with .OutputFormats.Get "Atom" }}<link rel="self" type="application/atom+xml" href="{{ .Permalink }}" />{{ end }}
  <author>
    <name>{{ .Site.Title }}</name>
    <uri>{{ "/" | absURL }}</uri>
  </author>
  <id>{{ .Permalink }}atom.xml</id>
  <updated>{{ now.UTC.Format "2006-01-02T15:04:05Z" }}</updated>
  {{ range partial "feed-pages.html" . }}<entry>
    <title type="text">{{ .Title }}</title>
    <link rel="alternate" type="text/html" href="{{ .Permalink }}" />
    <category term="{{ .CurrentSection.Title }}" label="{{ .CurrentSection.Title }}" scheme="{{ .CurrentSection.Permalink }}" />
    {{ range .Params.tags }}<category term="{{ . }}" label="{{ . }}" scheme="{{ "/tags/" | absURL }}{{ . | urlize }}/" />
    {{ end }}{{ range .Params.authors }}<author>
      <name>{{ . }}</name>
      <uri>{{ "/authors/" | absURL }}{{ . | urlize }}/</uri>
    </author>
    {{ end }}<id>urn:uuid:{{ .File.UniqueID }}</id>
    <updated>{{ .Lastmod.UTC.Format "2006-01-02T15:04:05Z" }}</updated>
    <published>{{ .Date.UTC.Format "2006-01-02T15:04:05Z" }}</published>
    <content type="html">{{ printf "<![CDATA[%s]]>" .Content | safeHTML }}</content>
    <summary type="text">{{ .Description }}</summary>
  </entry>
  {{ end }}
</feed>
XML
  cat > "$site/layouts/_default/list.jsonfeed.json" <<'JSON'
{{- $items := slice -}}
{{- range partial "feed-pages.html" . -}}
{{- $authors := slice -}}
{{- range .Params.authors -}}{{- $authors = $authors | append (dict "name" . "url" (printf "%s%s/" ("/authors/" | absURL) (. | urlize))) -}}{{- end -}}
{{- $items = $items | append (dict "id" (printf "urn:uuid:%s" .File.UniqueID) "url" .Permalink "title" .Title "content_html" .Content "summary" .Description "date_published" (.Date.Format "2006-01-02T15:04:05Z07:00") "date_modified" (.Lastmod.Format "2006-01-02T15:04:05Z07:00") "authors" $authors "tags" (.Params.tags | default slice) "language" "en") -}}
{{- end -}}
{{- dict "version" "https://jsonfeed.org/version/1.1" "title" (printf "%s | %s" .Title .Site.Title) "home_page_url" .Permalink "feed_url" (printf "%sfeed.json" .Permalink) "language" "en" "authors" (slice (dict "name" .Site.Title "url" ("/" | absURL))) "items" $items | jsonify -}}
JSON
fi

related=""
if [ "${RELATED:-0}" = 1 ] || [ "${EQUIVALENT:-0}" = 1 ]; then
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
