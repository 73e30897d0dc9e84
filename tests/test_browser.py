"""The web UI in real headless Chromium (Debian's, driven by Playwright) against `dxsearch serve`."""

from __future__ import annotations

import csv
import io
import socket
import subprocess
import time
import urllib.request
from pathlib import Path

import pytest

from .cli_helpers import dxsearch_command
from .conftest import ARTIFACTS

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run", "--disable-quic"]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(index_dir):
    port = free_port()
    proc = subprocess.Popen([*dxsearch_command(), "serve", "--index", str(index_dir), "--port", str(port)],
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while True:
        try:
            urllib.request.urlopen(base + "/api/stats", timeout=2).read()
            break
        except OSError:
            if proc.poll() is not None or time.monotonic() > deadline:
                proc.kill()
                pytest.fail(f"dxsearch serve did not start: {proc.stdout.read().decode(errors='replace')}")
            time.sleep(0.2)
    yield base
    proc.terminate()
    proc.wait(timeout=10)


@pytest.fixture(scope="module")
def browser():
    if not CHROMIUM.exists():
        pytest.fail("Debian's chromium is missing: apt-get install chromium (./quickstart test does)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture()
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 1000}, accept_downloads=True, locale="ja-JP")
    pg = context.new_page()
    errors: list[str] = []
    pg.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    pg.on("pageerror", lambda e: errors.append(str(e)))
    yield pg
    context.close()
    assert errors == []  # no script errors, no CSP violations


def total(pg) -> int:
    return int(pg.locator("#total").inner_text())


def test_type_a_query_and_see_highlighted_results(server, page):
    page.goto(server + "/")
    for _ in range(10):  # keyboard only: tab past the skip link and the menu to the search box
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.id") == "q":
            break
    assert page.evaluate("document.activeElement.id") == "q"
    page.keyboard.type("通勤手当")
    page.keyboard.press("Enter")
    page.wait_for_url("**/?q=*")
    assert total(page) > 10
    marks = page.locator("ol.hits mark")
    assert marks.count() > 5 and "通勤" in marks.first.inner_text()
    page.screenshot(path=str(ARTIFACTS / "browser-search.png"), full_page=True)


def test_tick_and_untick_facets(server, page):
    page.goto(server + "/?q=RPA")
    before = total(page)
    box = page.locator('.facets input[name="status"][value="実証中"]')
    label_count = int(box.locator("xpath=..").locator(".count").inner_text())
    box.check()  # the page submits itself
    page.wait_for_url("**status=*")
    assert total(page) == label_count < before
    assert page.locator('.facets input[name="status"][value="実証中"]').is_checked()
    assert all(t == "実証中" for t in page.locator("ol.hits .tag.status").all_inner_texts())
    # counts of the ticked facet still show the alternatives
    other = int(page.locator('.facets input[name="status"][value="導入(実施)済"]').locator("xpath=..")
                .locator(".count").inner_text())
    assert other > 0
    # each tick submits the form: wait for that navigation, not for the box (ticked before it leaves)
    with page.expect_navigation():
        page.locator('.facets input[name="status"][value="導入(実施)済"]').check()
    assert page.locator('.facets input[name="status"]:checked').count() == 2
    assert total(page) == label_count + other
    with page.expect_navigation():
        page.locator('.facets input[name="status"][value="実証中"]').uncheck()
    assert page.locator('.facets input[name="status"]:checked').count() == 1
    with page.expect_navigation():
        page.locator('.facets input[name="status"][value="導入(実施)済"]').uncheck()
    assert page.locator('.facets input[name="status"]:checked').count() == 0
    assert total(page) == before


def test_click_the_map_to_filter_by_prefecture(server, page):
    page.goto(server + "/?q=AI-OCR")
    page.locator('svg.japan-map a:has(path[data-pref="香川県"])').click()
    page.wait_for_url("**prefecture=*")
    assert "prefecture=%E9%A6%99%E5%B7%9D%E7%9C%8C" in page.url
    prefs = page.locator("ol.hits .tag.pref").all_inner_texts()
    assert prefs and set(prefs) == {"香川県"}
    assert page.locator('path.pref.selected[data-pref="香川県"]').count() == 1


def test_open_a_case(server, page):
    page.goto(server + "/?q=議事録")
    first = page.locator("ol.hits h2 a").first
    name = first.inner_text()
    first.click()
    page.wait_for_url("**/cases/**")
    assert page.locator("h1").inner_text() == name
    assert page.locator(".key-terms .term").count() > 3
    page.screenshot(path=str(ARTIFACTS / "browser-case.png"), full_page=True)


def test_find_similar_from_pasted_text(server, page):
    page.goto(server + "/similar")
    page.locator("#text").fill("紙の申請書をAI-OCRで読み取って、業務システムへの入力をRPAで自動化したい")
    page.get_by_role("button", name="似ている事例を探す").click()
    page.wait_for_url("**/similar?text=*")
    assert total(page) >= 5
    assert "OCR" in " ".join(page.locator(".key-terms .term").all_inner_texts()).upper()
    page.screenshot(path=str(ARTIFACTS / "browser-similar.png"), full_page=True)


def test_download_the_csv(server, page, tmp_path):
    page.goto(server + "/?q=通勤手当&section=ai_rpa")
    shown = total(page)
    with page.expect_download() as info:
        page.get_by_role("link", name="CSVで保存").click()
    path = tmp_path / "hits.csv"
    info.value.save_as(path)
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    assert len(rows) - 1 == shown and rows[0][0] == "ID"
    assert all(r[1] == "ai_rpa" for r in rows[1:])


def test_overview_and_narrow_screen(server, page, browser):
    page.goto(server + "/overview")
    assert page.locator("svg.japan-map path.pref").count() == 47
    assert page.locator("svg.bar-chart a").count() >= 10
    page.screenshot(path=str(ARTIFACTS / "browser-overview.png"), full_page=True)
    narrow = browser.new_context(viewport={"width": 375, "height": 800}).new_page()
    narrow.goto(server + "/?q=チャットボット")
    width = narrow.evaluate("document.documentElement.scrollWidth")
    assert width <= 380  # nothing runs off a phone screen
    narrow.screenshot(path=str(ARTIFACTS / "browser-narrow.png"), full_page=False)
    narrow.context.close()


def test_japanese_text_renders_with_a_cjk_font(server, page):
    page.goto(server + "/?q=議事録")
    # A missing CJK font renders every kanji as the same-width box; real glyphs differ in ink.
    widths = page.evaluate("""() => {
        const c = document.createElement('canvas').getContext('2d');
        c.font = '20px ' + getComputedStyle(document.body).fontFamily;
        return ['議', '一', 'あ', 'W'].map(ch => c.measureText(ch).width);
    }""")
    assert widths[0] > 15 and widths[3] != widths[0]
    fonts = subprocess.run(["fc-list", ":lang=ja", "family"], capture_output=True, text=True).stdout
    assert fonts.strip(), "no Japanese font installed for Chromium"
