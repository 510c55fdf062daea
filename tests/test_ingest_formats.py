"""Input formats for ingest: HTML, CSV with a column map, RSS/Atom, gzip, and bad files."""

from __future__ import annotations

import datetime as dt
import gzip
import json

import pytest

from eventwire.errors import InputError, RecordError
from eventwire.ingest.csvfile import parse_csv_map
from eventwire.ingest.feeds import html_fragment_text
from eventwire.ingest.sources import SourceOptions, read_sources
from eventwire.model import Article

BODY = "Iran signed a defence agreement with Russia on Tuesday, officials said in Tehran."

HTML_PAGE = f"""<!DOCTYPE html><html lang="en"><head>
<title>Iran and Russia sign defence pact | Tehran Times</title>
<meta property="og:title" content="Iran and Russia sign defence pact">
<meta property="og:site_name" content="Tehran Times">
<meta property="article:published_time" content="2020-08-25T09:00:00Z">
<link rel="canonical" href="https://tehrantimes.example/news/1">
</head><body>
<nav><a href="/">Home</a> | <a href="/world">World</a> | <a href="/sport">Sport</a></nav>
<article><h1>Iran and Russia sign defence pact</h1>
<p>{BODY}</p>
<p>The agreement covers training, equipment and joint exercises, the defence minister told reporters after the ceremony.</p>
<p>Russia's deputy defence minister said the two countries would hold further talks in Moscow next month.</p>
</article>
<footer>Copyright 2020 Tehran Times. All rights reserved.</footer>
</body></html>"""

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>World Wire</title><language>en</language>
<item><title>Iran and Russia sign pact</title><link>https://wire.example/1</link>
<guid>wire-1</guid><pubDate>Tue, 25 Aug 2020 10:00:00 GMT</pubDate>
<description>&lt;p&gt;Iran signed a defence agreement with Russia.&lt;/p&gt;&lt;p&gt;Talks follow.&lt;/p&gt;</description></item>
<item><title>Empty</title><link>https://wire.example/2</link><description></description></item>
</channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Wire</title>
<entry><title>China visits France</title><id>urn:atom:1</id><link href="https://atom.example/1"/>
<updated>2021-03-02T08:00:00Z</updated><content type="html">China visited France for trade talks.</content></entry>
</feed>"""


def read(paths, **options):
    return list(read_sources([str(p) for p in paths], SourceOptions(**options)))


def only_articles(items):
    return [i for i in items if isinstance(i, Article)]


def test_html_main_text_and_metadata_are_extracted(tmp_path):
    """An HTML page gives its article text (no navigation or footer), title, date, url and site."""
    path = tmp_path / "page.html"
    path.write_text(HTML_PAGE, encoding="utf-8")
    [article] = read([path])
    assert isinstance(article, Article)
    assert BODY in article.text
    assert "Copyright" not in article.text and "Sport" not in article.text
    assert "\n\n" in article.text  # paragraphs stay apart for the coder
    assert article.title == "Iran and Russia sign defence pact"
    assert article.published == dt.date(2020, 8, 25)
    assert article.url == "https://tehrantimes.example/news/1"
    assert article.publisher == "Tehran Times"


def test_broken_html_without_text_is_reported(tmp_path):
    """A page with no main text is one error naming the file."""
    path = tmp_path / "broken.html"
    path.write_text("<html><body><div><script>var x = 1;</script>", encoding="utf-8")
    [error] = read([path])
    assert error == RecordError(str(path), "no main text found in the HTML")


def test_csv_columns_are_mapped(tmp_path):
    """--csv-map names the columns for text, date and id; other fields come by name."""
    path = tmp_path / "news.csv"
    path.write_text(
        'guid,body,published_at,title\n'
        'n1,"Iran signed a deal with Russia.\nTalks follow.",2020-08-25,Deal\n'
        'n2,China visited France.,2021-03-02,Visit\n',
        encoding="utf-8",
    )
    items = read([path], csv_map=parse_csv_map("text=body,date=published_at,id=guid"))
    assert [(a.id, a.published, a.title) for a in items] == [
        ("n1", dt.date(2020, 8, 25), "Deal"), ("n2", dt.date(2021, 3, 2), "Visit")
    ]
    assert items[0].text == "Iran signed a deal with Russia.\nTalks follow."


def test_csv_without_its_text_column_is_one_error(tmp_path):
    """A CSV lacking the text column is reported once, naming the columns it has."""
    path = tmp_path / "news.csv"
    path.write_text("guid,headline\nn1,Something\n", encoding="utf-8")
    [error] = read([path])
    assert error.where == str(path)
    assert error.message == (
        "no 'text' column for the article text (columns: guid, headline); name it with --csv-map text=COLUMN"
    )


def test_csv_map_rejects_unknown_fields():
    """An unknown field in --csv-map is an input error naming the allowed fields."""
    with pytest.raises(InputError, match="'body' is not one of id, text, date"):
        parse_csv_map("body=text")


def test_rss_items_become_articles(tmp_path):
    """RSS items: description as text, link as url, pubDate as date, guid as id, feed title as publisher."""
    path = tmp_path / "wire.rss"
    path.write_text(RSS, encoding="utf-8")
    items = read([path])
    article, empty = items
    assert isinstance(article, Article)
    assert article.text == "Iran signed a defence agreement with Russia.\n\nTalks follow."
    assert (article.id, article.url, article.published) == ("wire-1", "https://wire.example/1", dt.date(2020, 8, 25))
    assert (article.publisher, article.language, article.title) == ("World Wire", "en", "Iran and Russia sign pact")
    assert isinstance(empty, RecordError) and empty.message == "empty text"


def test_atom_entries_become_articles(tmp_path):
    """Atom entries: content as text, updated as date."""
    path = tmp_path / "wire.atom"
    path.write_text(ATOM, encoding="utf-8")
    [article] = read([path])
    assert (article.id, article.text, article.published) == (
        "urn:atom:1", "China visited France for trade talks.", dt.date(2021, 3, 2)
    )


def test_xml_that_is_not_a_feed_is_reported(tmp_path):
    """An .xml file without feed items is one error."""
    path = tmp_path / "data.xml"
    path.write_text("<root><row>1</row></root>", encoding="utf-8")
    [error] = read([path])
    assert error.where == str(path) and error.message.startswith("no items found; not an RSS/Atom feed")


def test_gzipped_files_of_every_format_are_read(tmp_path):
    """.txt.gz, .jsonl.gz, .csv.gz, .html.gz and .rss.gz read like their plain forms."""
    contents = {
        "a.txt.gz": "Russia visited Iran.",
        "b.jsonl.gz": json.dumps({"id": "j", "text": "China visited France."}) + "\n",
        "c.csv.gz": "text\nFrance visited China.\n",
        "d.html.gz": HTML_PAGE,
        "e.rss.gz": RSS,
    }
    for name, text in contents.items():
        with gzip.open(tmp_path / name, "wt", encoding="utf-8") as f:
            f.write(text)
    articles = only_articles(read([tmp_path]))
    assert len(articles) == 5
    assert articles[0].text == "Russia visited Iran."


def test_corrupt_gzip_is_reported(tmp_path):
    """A truncated gzip file is one error naming it."""
    path = tmp_path / "bad.jsonl.gz"
    path.write_bytes(gzip.compress(b'{"text": "x"}\n' * 100)[:40])
    errors = [i for i in read([path]) if isinstance(i, RecordError)]
    assert len(errors) == 1 and errors[0].where == str(path) and "cannot read" in errors[0].message


def test_binary_and_unknown_files(tmp_path):
    """Binary data in a .txt and an explicitly named unknown type are reported, not read."""
    binary = tmp_path / "image.txt"
    binary.write_bytes(b"\x89PNG\x00\x00\x01")
    unknown = tmp_path / "notes.docx"
    unknown.write_bytes(b"PK")
    errors = read([binary, unknown])
    assert errors[0] == RecordError(str(binary), "binary data (NUL bytes), not text")
    assert errors[1].where == str(unknown) and errors[1].message.startswith("unsupported file type")


def test_folders_are_walked_in_order_skipping_hidden_and_unknown(tmp_path):
    """Folders are read recursively in name order; hidden and unknown files are skipped with a warning."""
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "2.txt").write_text("Second article.")
    (tmp_path / "a.txt").write_text("First article.")
    (tmp_path / ".hidden.txt").write_text("Hidden.")
    (tmp_path / "image.png").write_bytes(b"x")
    warnings: list[str] = []
    items = list(read_sources([str(tmp_path)], warn=warnings.append))
    assert [a.text for a in items] == ["First article.", "Second article."]
    assert warnings == [f"warning: {tmp_path}: 1 file(s) of unknown type ignored"]


def test_jsonl_in_cp1252_is_read_with_a_warning(tmp_path):
    """A JSONL file with cp1252 bytes is read, with one warning naming file, line and byte offset."""
    path = tmp_path / "old.jsonl"
    path.write_bytes(('{"text": "R\u00e9sum\u00e9 of talks."}\n').encode("cp1252"))
    warnings: list[str] = []
    [article] = read_sources([str(path)], warn=warnings.append)
    assert article.text == "R\u00e9sum\u00e9 of talks."
    assert warnings == [f"warning: {path}:1: not valid UTF-8 at byte 11, read as cp1252"]


def test_html_fragments_keep_paragraphs():
    """Feed HTML becomes text with blank lines between paragraphs and no tags."""
    assert html_fragment_text("<p>One <b>bold</b> claim.</p><p>Two.</p>") == "One bold claim.\n\nTwo."
    assert html_fragment_text("plain text") == "plain text"
