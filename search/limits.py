"""Every limit a request is checked against, defined once: the library enforces them, the web
front end and the OpenAPI document read them from here."""

MAX_QUERY_CHARS = 2000  # a search query
MAX_SIMILAR_TEXT_CHARS = 10_000  # a pasted description for similar cases
MAX_PER_PAGE = 100  # hits per page of a search
MAX_SIMILAR = 100  # similar cases in one answer
MAX_PAGE = 10_000  # the deepest page number a request may ask for
MAX_QUERY_WORDS = 64  # whitespace-separated words of a query that are searched; the rest are ignored
MAX_FILTER_VALUES = 200  # facet values in one request (47 prefectures, 8 regions, … fit many times)
MAX_KEEP_WORDS = 64  # `keep` words (query words searched as text rather than as filters)
MAX_ALTERNATIVE_SEARCHES = 12  # searches tried to find "try this instead" queries for an empty result
SORTS: tuple[str, ...] = ("relevance", "prefecture", "number")
