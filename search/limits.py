"""Every limit a request is checked against, defined once: the library enforces them, the web
front end and the OpenAPI document read them from here."""

MAX_QUERY_CHARS = 2000  # a search query
MAX_SIMILAR_TEXT_CHARS = 10_000  # a pasted description for similar cases
DEFAULT_PER_PAGE = 20  # hits per page of a search when none is asked for
MAX_PER_PAGE = 100  # hits per page of a search
MAX_EXPORT = 10_000  # hits of one `SearchIndex.export()`; `iter_hits` streams any number
DEFAULT_SIMILAR = 10  # similar cases in one answer when none is asked for
MAX_SIMILAR = 100  # similar cases in one answer
CASE_PAGE_SIMILAR = 8  # similar cases on a case's page
CASE_PAGE_ORGANISATIONS = 6  # its prefecture's DX organisations on a case's page (whom to ask): all of
# every prefecture's in the bundled survey (香川県 has 6; five and 「(すべて 6 件)」 read oddly to a trial)
MORE_SIMILAR = 30  # similar cases its link to more of them shows
MAX_PAGE = 10_000  # the deepest page number a request may ask for
MAX_QUERY_WORDS = 64  # whitespace-separated words of a query that are searched; the rest are ignored
MAX_FILTER_VALUES = 200  # facet values in one request (47 prefectures, 8 regions, … fit many times)
MAX_KEEP_WORDS = 64  # `keep` words (query words searched as text rather than as filters)
MAX_RELAXATIONS = 8  # filters of an empty search counted one by one without ("remove X: N cases")
MAX_ALTERNATIVE_SEARCHES = 12  # searches tried to find "try this instead" queries for an empty result
SPARSE_PLACE = 20  # a few-match search says how many cases a place it chose holds when fewer than this (島根県: 2)
SHOWN_WORD_CHARS = 40  # a query word said back (page, CLI) is cut past this: a 2,000-character word filled screens
RELATED_TERMS_SHOWN = 5  # the key terms said to have found the cases like a search's few matches
RELATED_BELOW = 10  # a keyword search with fewer matches than this also lists cases like them
MAX_RELATED = 10  # related cases listed after such a search's matches
MAX_ELSEWHERE = 10  # matches outside the places chosen, listed when the places hold fewer than RELATED_BELOW
NEAR_FIRST = 5  # …of which at most this many of the rest of the places' region come first (`Elsewhere.near`)
REUSE_SHOWN = 3  # matches that can be shared, named in the answer to "can we reuse it"
WHERE_SHOWN = 8  # prefectures named in the answer to "which prefectures" (and those tied with the eighth)
MAX_SUGGEST_CHARS = 50  # the prefix of an as-you-type suggestion
MAX_SUGGESTIONS = 20  # suggestions in one answer
SORTS: tuple[str, ...] = ("relevance", "prefecture", "number")

# Time, for the web server (the library has no time limit unless a call passes `timeout=`).
WEB_TIMEOUT = 2.0  # seconds a page or API request may search for; then partial, or 503
WEB_EXPORT_TIMEOUT = 60.0  # seconds a CSV download may take to score and stream every hit
WEB_EXPORT_CHUNK = 200  # hits made between two looks at the budget and the client while streaming
# CPU seconds after which a request needs a slot for expensive work: above what a normal query
# takes, which grows with the corpus (about 2.5 ms at 594 cases, 6 ms at 100,000): 4 ms + 0.07 ms
# per 1,000 cases (`search.budget.expensive_after`)
EXPENSIVE_AFTER = 0.004
EXPENSIVE_AFTER_PER_1000_CASES = 0.00007
EXPENSIVE_SLOTS = 1  # requests doing expensive work at once: Python runs one thread at a time anyway
SERVER_THREADS = 16  # requests answered at once: more than the slots, so ones waiting at the gate leave room
RETRY_AFTER = 5  # seconds a 503 for an exhausted budget asks the client to wait
HEADER_TIMEOUT = 10.0  # seconds a connection may take to send a request's headers, or stay idle
CONNECTION_LIMIT = 1000  # open connections (fewer when the process may not open that many files)
MAX_LOGGED_CHARS = 300  # of a request line in the server's access log: the rest is counted, not written
JANOME_TOKENIZERS = 4  # Janome tokenizers a process keeps (10 MB each): threads beyond take turns
REGEX_BATCH = 256  # cases whose characters are checked between two looks at the time budget
