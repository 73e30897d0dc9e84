"""Every limit a request is checked against, defined once: the library enforces them, the web
front end and the OpenAPI document read them from here."""

MAX_QUERY_CHARS = 2000  # a search query
MAX_SIMILAR_TEXT_CHARS = 10_000  # a pasted description for similar cases
MAX_PER_PAGE = 100  # hits per page of a search
MAX_SIMILAR = 100  # similar cases in one answer
MAX_PAGE = 10_000  # the deepest page number a request may ask for
SORTS: tuple[str, ...] = ("relevance", "prefecture", "number")
